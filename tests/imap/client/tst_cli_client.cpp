// lettertray-imap as scripts use it: JSON lines, the summary object, exit codes 0/1/2 and a
// --trace that never shows a secret, against the scripted server.

#include "support/ScriptDeflate.h"
#include "support/ScriptedImapServer.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using TestSupport::Deflater;
using TestSupport::escapedScriptBytes;
using TestSupport::ScriptedImapServer;

namespace {

const QString kGreeting = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN] ready\n");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty()) {
                result.append(QJsonDocument::fromJson(line).object());
            }
        }
        return result;
    }
};
} // namespace

class TestCliClient : public QObject
{
    Q_OBJECT

private:
    static QString program()
    {
        return qEnvironmentVariable("LETTERTRAY_BINARY_DIR") +
               QStringLiteral("/bin/lettertray-imap");
    }

    // Runs the tool while this thread's event loop serves the scripted server.
    static Run run(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TEST_PASSWORD"), QStringLiteral("s3cr\"et"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program(), arguments);
        if (!stdinData.isEmpty()) {
            process.write(stdinData);
        }
        process.closeWriteChannel();
        Run result;
        if (!finished.wait(15000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QStringList plain(const ScriptedImapServer &server) const
    {
        return {QStringLiteral("--host"),     QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),     QString::number(server.port()),
                QStringLiteral("--security"), QStringLiteral("plain")};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(program()), qPrintable(program())); }

    void capabilityPrintsJsonAndSummary()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(kGreeting + QStringLiteral("C: $t CAPABILITY\n"
                                                            "S: * CAPABILITY IMAP4rev1 IDLE\n"
                                                            "S: $t OK done\n"
                                                            "C: $l LOGOUT\nS: * BYE\nS: $l OK\n")));
        QVERIFY(server.listen());
        const Run r = run(plain(server) << QStringLiteral("capability"));
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> lines = r.lines();
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.last().value(QStringLiteral("kind")).toString(), QStringLiteral("summary"));
        QCOMPARE(lines.last().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
        QVERIFY(r.out.contains("\"IDLE\""));
    }

    void loginFailureExitsOneAndTraceHidesThePassword()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(kGreeting + QStringLiteral("C: $t LOGIN alice \"s3cr\\\"et\"\n"
                                                            "S: $t NO [AUTHENTICATIONFAILED] bad\n"
                                                            "C: $l LOGOUT\nS: $l OK\n")));
        QVERIFY(server.listen());
        const Run r =
            run(plain(server) << QStringLiteral("--user") << QStringLiteral("alice")
                              << QStringLiteral("--password-env") << QStringLiteral("TEST_PASSWORD")
                              << QStringLiteral("--trace") << QStringLiteral("login"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("LOGIN alice <redacted>"));
        QVERIFY(!r.err.contains("s3cr"));
        QVERIFY(!r.out.contains("s3cr"));
        QVERIFY(r.err.contains("AUTHENTICATIONFAILED"));
    }

    // --compress: COMPRESS=DEFLATE right after login, then the command and LOGOUT deflated.
    void compressAfterLogin()
    {
        Deflater toServer;
        Deflater toClient;
        const QByteArray capability = toServer("A0003 CAPABILITY\r\n");
        const QByteArray capabilityAnswer =
            toClient("* CAPABILITY IMAP4rev1 COMPRESS=DEFLATE X-SQUEEZED\r\nA0003 OK done\r\n");
        const QByteArray logout = toServer("A0004 LOGOUT\r\n");
        const QByteArray logoutAnswer = toClient("* BYE bye\r\nA0004 OK\r\n");
        ScriptedImapServer server;
        QVERIFY(server.setScript(
            QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] ready\n"
                           "C: A0001 LOGIN alice \"s3cr\\\"et\"\n"
                           "S: A0001 OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] in\n"
                           "C: A0002 COMPRESS DEFLATE\n"
                           "S: A0002 OK DEFLATE active\n"
                           "CR: %1\nR: %2\nCR: %3\nR: %4\n")
                .arg(escapedScriptBytes(capability), escapedScriptBytes(capabilityAnswer),
                     escapedScriptBytes(logout), escapedScriptBytes(logoutAnswer))));
        QVERIFY(server.listen());
        const Run r =
            run(plain(server) << QStringLiteral("--user") << QStringLiteral("alice")
                              << QStringLiteral("--password-env") << QStringLiteral("TEST_PASSWORD")
                              << QStringLiteral("--compress") << QStringLiteral("capability"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"X-SQUEEZED\"")); // inflated and parsed
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
    }

    void passwordFromStdinWithSaslPlain()
    {
        ScriptedImapServer server;
        // base64("\0alice\0pw") = AGFsaWNlAHB3
        QVERIFY(server.setScript(kGreeting +
                                 QStringLiteral("C: $t AUTHENTICATE PLAIN\nS: + \nC: AGFsaWNlAHB3\n"
                                                "S: $t OK\n"
                                                "C: $c CAPABILITY\nC: $n NOOP\n"
                                                "S: * CAPABILITY IMAP4rev1\nS: $c OK\nS: $n OK\n"
                                                "C: $l LOGOUT\nS: $l OK\n")));
        QVERIFY(server.listen());
        const Run r = run(plain(server) << QStringLiteral("--user") << QStringLiteral("alice")
                                        << QStringLiteral("--password-stdin")
                                        << QStringLiteral("--auth") << QStringLiteral("PLAIN")
                                        << QStringLiteral("--trace") << QStringLiteral("login"),
                          "pw\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.err.contains("AGFsaWNlAHB3"));
    }

    void localErrorsExitTwo()
    {
        // Nothing listens on this port any more.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Run refused =
            run({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QString::number(port), QStringLiteral("capability")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.isEmpty());

        // The default is TLS: a plaintext server is not spoken to in cleartext.
        ScriptedImapServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK hi\nHANG\n")));
        QVERIFY(server.listen());
        const Run tls =
            run({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QString::number(server.port()), QStringLiteral("capability")});
        QCOMPARE(tls.exitCode, 2);
    }

    void rawLinesArePipelined()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                                "C: $a NOOP\nC: $b LIST \"\" *\n"
                                                "S: * LIST () \"/\" INBOX\nS: $b OK\nS: $a OK\n"
                                                "C: $l LOGOUT\nS: $l OK\n")));
        QVERIFY(server.listen());
        const Run r = run(plain(server) << QStringLiteral("raw") << QStringLiteral("NOOP")
                                        << QStringLiteral("LIST \"\" *"));
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err) + server.errorString()));
        QVERIFY(r.out.contains("\"INBOX\""));
    }

    void idleExitsAfterCountPushes()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
                                                "C: $s SELECT INBOX\nS: * 1 EXISTS\nS: $s OK\n"
                                                "C: $i IDLE\nS: + idling\nW: 50\nS: * 2 EXISTS\n"
                                                "C: DONE\nS: $i OK\n"
                                                "C: $l LOGOUT\nS: $l OK\n")));
        QVERIFY(server.listen());
        const Run r = run(plain(server) << QStringLiteral("idle") << QStringLiteral("INBOX")
                                        << QStringLiteral("--count") << QStringLiteral("1"));
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err) + server.errorString()));
        QVERIFY(r.out.contains("\"EXISTS\""));
    }
};

QTEST_GUILESS_MAIN(TestCliClient)
#include "tst_cli_client.moc"
