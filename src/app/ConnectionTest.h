#pragma once

#include "imap/Client.h"
#include "imap/ConnectionError.h"
#include "notifier/Account.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace App {

// One folder on the server as the folder picker shows it.
struct ServerFolder
{
    QString name;       // decoded (mUTF-7 / UTF-8), as the server spells it
    QString specialUse; // "\\Sent", "\\Trash", ... or empty
    bool selectable = true;
};

struct ConnectionTestResult
{
    bool ok = false;
    QString message;             // one sentence for the user
    QList<ServerFolder> folders; // when ok
    Imap::ConnectionError error; // when the connection failed (certificate details included)
    bool certificateProblem() const
    {
        return error.kind == Imap::ConnectionError::Kind::CertificateRejected ||
               error.kind == Imap::ConnectionError::Kind::PinMismatch;
    }
};

// "Test connection" in the account dialog: connects with the account's settings, logs in,
// lists the folders and logs out. Asynchronous; finished() comes exactly once per start().
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const Notifier::Account &account, const QString &password);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

    static QString describe(const Imap::ConnectionError &error);

Q_SIGNALS:
    void progress(const QString &message);
    void finished(const App::ConnectionTestResult &result);

private:
    void login();
    void listFolders();
    void finish(ConnectionTestResult result);

    QPointer<Imap::Client> m_client;
    Notifier::Account m_account;
    QString m_password;
};

} // namespace App

Q_DECLARE_METATYPE(App::ConnectionTestResult)
