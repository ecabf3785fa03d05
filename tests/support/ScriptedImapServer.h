#pragma once

#include "support/ImapScript.h"
#include "support/TestCertificates.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

namespace TestSupport {

class ScriptedSession;

// An IMAP server that plays a script, for conversation tests of the client.
//
// It listens on 127.0.0.1 on an ephemeral port in the test's own thread and event loop, so a
// test needs no network and no threads:
//
//     ScriptedImapServer server;
//     server.setScript(R"(
//         S: * OK [CAPABILITY IMAP4rev1] ready
//         C: $tag LOGIN alice secret
//         S: $tag OK logged in
//     )");
//     QVERIFY(server.listen());
//     client.connectToHost(QStringLiteral("127.0.0.1"), server.port());
//     ...
//     QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
//
// Script language: one directive per line. Leading indentation, empty lines and lines starting
// with '#' are ignored. Trailing spaces are data ("S: + " sends "+ \r\n").
//
//   S: text          send text + CRLF. $name is replaced by what a C: line bound; $$ is '$'.
//   R: bytes         send bytes as they are, no CRLF added. Escapes: \r \n \t \0 \s (space)
//                    \\ and \xHH. For broken servers, partial lines and literal data.
//   C: text          the client must send exactly text + CRLF next. $name (letters, digits, _)
//                    matches one or more printable characters other than space ( ) { } " \ and
//                    binds them: "C: $tag LOGIN a b" accepts any tag, "S: $tag OK" answers it.
//                    A later C: line may bind the same name again. $$ matches '$'.
//                    $* at the end of a line matches the rest of it, whatever it is
//                    ("C: $tag ID $*"); nothing is bound.
//                    Literals: the client sends "{5}" + CRLF, waits for "+", then the data, so
//                      C: $tag LOGIN {5}
//                      S: + go on
//                      C: alice secret
//                    matches; literal data that itself holds CRLF is matched with CR:.
//   CR: bytes        the client must send exactly these bytes next (escapes as in R:, no CRLF
//                    added).
//   W: ms            wait, then go on (nothing is read meanwhile; bytes the client sends queue).
//   SPLIT: n [ms]    from now on every S:/R: is written in n-byte pieces, each a separate
//                    write + flush with a pause of ms (default 20) between them, so the client
//                    sees the pieces in separate reads. "SPLIT: off" ends it. Each S:/R: line
//                    is always a write of its own, so R: lines with W: between them also force
//                    a boundary exactly where the script says.
//   TLS / STARTTLS   the server starts the TLS handshake (after the client's STARTTLS and the
//                    tagged OK, or at any point a test wants); the script goes on once it has
//                    succeeded. Bytes the client sent before the handshake are an error.
//   TLS-REJECTED     the server starts the handshake and the client must abort it (e.g. because
//                    it rejects the certificate). Ends this connection's script.
//   CLOSE            close the connection gracefully (after everything written was sent).
//   RST              abort the connection with a TCP reset (SO_LINGER 0). A reset discards
//                    what the client has not read yet, so put a C: or W: before it when the
//                    client must see the lines before; a reset right after accept can also
//                    reach a Qt client before it noticed it was connected.
//   HANG             keep the connection open and send nothing more; ends the script.
//   ACCEPT           the lines after it are the script of the next accepted connection
//                    (reconnection tests). Each connection binds its own variables.
//
// With setImplicitTls(true), every connection starts with TLS (unless its script starts with
// TLS-REJECTED), like port 993. The certificate is TestCertificates::server() unless
// setIdentity() chose another; clients trust TestCertificates::ca().
//
// Failures (the client sent other bytes than expected, closed the connection early, sent data
// after the end of the script, or an extra connection came) stop the conversation, abort the
// connection and are reported by errorString() with the script line and the expected and actual
// bytes. finished() is true only when every connection's script ran to its end without failure.
class ScriptedImapServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedImapServer(QObject *parent = nullptr);
    ~ScriptedImapServer() override;

    // Parses the script; returns false (and sets errorString()) on a syntax error.
    bool setScript(const QString &script);
    void setImplicitTls(bool on) { m_implicitTls = on; }
    void setIdentity(const TestIdentity &identity) { m_identity = identity; }

    // Listens on 127.0.0.1 (ephemeral port unless given). Fails on a script syntax error.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }

    bool finished() const;
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const;
    // Waits (running the event loop) until finished() or a failure, at most timeoutMs.
    bool waitForFinished(int timeoutMs = 5000);

    int connectionCount() const { return m_accepted; }
    // Everything the clients sent, in order, for messages and extra assertions.
    QByteArray received() const { return m_received; }

Q_SIGNALS:
    void scriptFinished();
    void scriptFailed(const QString &error);

private:
    class Listener;
    void accept(qintptr descriptor);
    void sessionDone();
    void sessionFailed(const QString &error);

    Listener *m_listener;
    QList<QList<ImapScriptStep>> m_scripts;
    QList<QPointer<ScriptedSession>> m_sessions;
    TestIdentity m_identity;
    QString m_error;
    QByteArray m_received;
    bool m_parsed = false;
    bool m_implicitTls = false;
    int m_accepted = 0;
    int m_done = 0;

    friend class ScriptedSession;
};

} // namespace TestSupport
