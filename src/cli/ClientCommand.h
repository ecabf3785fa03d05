#pragma once

#include "imap/Client.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>

class QCommandLineParser;
class QTimer;

namespace Cli {

// One run of `lettertray-imap COMMAND ...` against a server: connect, log in, run the command,
// print every response as a JSON line (the `parse` schema) and a final summary object, and
// exit 0 (OK), 1 (NO/BAD from the server) or 2 (local error: connection, TLS, policy, timeout).
class ClientCommand : public QObject
{
    Q_OBJECT

public:
    // Adds the connection options (--host, --port, --security, ...) to the parser.
    static void addOptions(QCommandLineParser &parser);
    static bool handles(const QString &command);
    // Runs the command; returns the process exit status (spins the application's event loop).
    static int run(const QCommandLineParser &parser, const QStringList &arguments);

private:
    ClientCommand(const QCommandLineParser &parser, const QStringList &arguments);
    int exec();
    void start();
    // --compress: COMPRESS=DEFLATE after login when the server offers it, then runCommand().
    void afterLogin();
    void runCommand();
    void finishWith(Imap::Reply *reply);
    void failLocal(const QString &message);
    void done(int status);
    bool readPassword();

    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    QString m_command;
    Imap::Client m_client;
    QString m_password;
    bool m_printResponses = false;
    int m_exitStatus = -1;
    int m_pushes = 0;
};

} // namespace Cli
