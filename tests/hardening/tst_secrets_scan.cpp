// Item 22: after a full session, no password, token or base64 PLAIN/XOAUTH2 blob appears in
// what the program writes: the --trace output (and stdout) of lettertray-imap, and the
// library's own debug log and trace signals. (Config files and the keychain are scanned after
// a full notifier session by dovecot_mailmonitor, tests/notifier/tst_mailmonitor.cpp.)

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/Reply.h"
#include "support/ScriptedImapServer.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtTest/QTest>

using namespace Hardening;
using namespace Imap;
using TestSupport::ScriptedImapServer;

namespace {

const QByteArray kUser = "alice";
const QByteArray kPassword = "Tr0ub4dor&3-horse";
const QByteArray kToken = "ya29.a0AfH6SMBx-secret-token-value";

// Every form a secret could leak in.
QList<QByteArray> secretForms()
{
    const QByteArray plain = '\0' + kUser + '\0' + kPassword;
    const QByteArray xoauth = "user=" + kUser + "\x01" + "auth=Bearer " + kToken + "\x01\x01";
    return {kPassword, kToken, plain.toBase64(), kPassword.toBase64(), xoauth.toBase64(),
            QByteArray("Bearer ") + kToken, kPassword.toPercentEncoding(),
            // Base64 is aligned in thirds: a secret inside a longer blob shows as one of these.
            plain.toBase64().mid(4, 16), xoauth.toBase64().mid(8, 24)};
}

QString leakIn(const QByteArray &text)
{
    for (const QByteArray &form : secretForms()) {
        if (!form.isEmpty() && text.contains(form)) {
            return QString::fromLatin1(form);
        }
    }
    return {};
}

QList<QByteArray> s_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_log.append(message.toUtf8());
}

} // namespace

class TestSecretsScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliTraceHasNoSecrets_data()
    {
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QString>("exchange");
        QTest::newRow("LOGIN") << QStringList()
                               << QStringLiteral(
                                      "C: $t LOGIN $*\nS: $t OK [CAPABILITY IMAP4rev1] in\n");
        QTest::newRow("AUTHENTICATE PLAIN SASL-IR")
            << QStringList{QStringLiteral("--auth"), QStringLiteral("PLAIN")}
            << QStringLiteral("C: $t AUTHENTICATE PLAIN $*\nS: $t OK in\n");
        QTest::newRow("AUTHENTICATE XOAUTH2")
            << QStringList{QStringLiteral("--auth"), QStringLiteral("XOAUTH2")}
            << QStringLiteral("C: $t AUTHENTICATE XOAUTH2 $*\nS: $t OK in\n");
        QTest::newRow("wrong password")
            << QStringList()
            << QStringLiteral("C: $t LOGIN $*\nS: $t NO [AUTHENTICATIONFAILED] no\n");
    }
    void cliTraceHasNoSecrets()
    {
#ifndef LETTERTRAY_IMAP_CLI
        QSKIP("lettertray-imap is not built in this configuration");
#else
        QFETCH(QStringList, extraArgs);
        QFETCH(QString, exchange);
        ScriptedImapServer server;
        QVERIFY(server.setScript(
            QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2] hi\n") +
            exchange + QStringLiteral("C: $x $*\nS: * BYE bye\nS: $x OK\n")));
        QVERIFY(server.listen());
        const bool oauth = extraArgs.contains(QStringLiteral("XOAUTH2"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LT_SECRET"), QString::fromLatin1(oauth ? kToken : kPassword));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lettertray.*=true"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(LETTERTRAY_IMAP_CLI),
                  QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"), QString::number(server.port()),
                              QStringLiteral("--security"), QStringLiteral("plain"),
                              QStringLiteral("--user"), QString::fromLatin1(kUser),
                              QStringLiteral("--password-env"), QStringLiteral("LT_SECRET"),
                              QStringLiteral("--trace")} +
                      extraArgs + QStringList{QStringLiteral("login")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 20000);
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        // The secret did go to the server (so the scan below looks at a real exchange).
        QVERIFY2(!leakIn(server.received()).isEmpty() || server.received().contains("AUTHENTICATE"),
                 server.received().constData());
        QVERIFY2(err.contains("LOGIN") || err.contains("AUTHENTICATE"), err.constData());
        QVERIFY2(leakIn(out).isEmpty(), qPrintable(leakIn(out)));
        QVERIFY2(leakIn(err).isEmpty(),
                 qPrintable(leakIn(err) + QLatin1Char('\n') + QString::fromUtf8(err)));
#endif
    }

    void libraryLogAndTraceHaveNoSecrets_data()
    {
        QTest::addColumn<QByteArray>("capabilities");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::newRow("LOGIN") << QByteArray("IMAP4rev1") << QByteArray();
        QTest::newRow("LOGIN literal") << QByteArray("IMAP4rev1 LITERAL+") << QByteArray();
        QTest::newRow("PLAIN SASL-IR")
            << QByteArray("IMAP4rev1 SASL-IR AUTH=PLAIN") << QByteArray("PLAIN");
        QTest::newRow("PLAIN challenge")
            << QByteArray("IMAP4rev1 AUTH=PLAIN") << QByteArray("PLAIN");
        QTest::newRow("LOGIN mechanism")
            << QByteArray("IMAP4rev1 AUTH=LOGIN") << QByteArray("LOGIN");
        QTest::newRow("XOAUTH2") << QByteArray("IMAP4rev1 SASL-IR AUTH=XOAUTH2")
                                 << QByteArray("XOAUTH2");
        QTest::newRow("OAUTHBEARER")
            << QByteArray("IMAP4rev1 SASL-IR AUTH=OAUTHBEARER") << QByteArray("OAUTHBEARER");
    }
    void libraryLogAndTraceHaveNoSecrets()
    {
        QFETCH(QByteArray, capabilities);
        QFETCH(QByteArray, mechanism);
        const bool oauth = mechanism.contains("OAUTH");
        // Passwords with characters that force quoting or a literal.
        const QByteArray secret =
            oauth ? kToken : kPassword + (capabilities.contains("LITERAL+") ? "\xc3\xa4" : "");
        FakeTransport transport;
        RecordingServer server(&transport);
        QByteArray authTag;
        server.setResponder([&authTag](const ClientCommand &c) -> QByteArray {
            if (c.text.endsWith(" AUTHENTICATE PLAIN") || c.text.endsWith(" AUTHENTICATE LOGIN")) {
                authTag = c.tag;
                return c.text.endsWith("PLAIN") ? QByteArray("+ \r\n")
                                                : QByteArray("+ VXNlcm5hbWU6\r\n");
            }
            if (!c.text.contains(' ')) { // a SASL answer line
                if (c.text == QByteArray("YWxpY2U=")) {
                    return "+ UGFzc3dvcmQ6\r\n";
                }
                return authTag + " OK done\r\n";
            }
            if (c.text.endsWith(" LOGOUT")) {
                return "* BYE bye\r\n" + c.tag + " OK done\r\n";
            }
            if (c.text.contains(" AUTHENTICATE ") || c.text.contains(" LOGIN ") ||
                c.text.contains(" SELECT ")) {
                return c.tag + " OK done\r\n";
            }
            return {};
        });
        QList<QByteArray> trace;
        Client client;
        client.setTraceEnabled(true);
        connect(&client, &Client::traceSent, this,
                [&trace](const QByteArray &l) { trace.append(l); });
        connect(&client, &Client::traceReceived, this,
                [&trace](const QByteArray &l) { trace.append(l); });
        QLoggingCategory::setFilterRules(QStringLiteral("lettertray.*=true"));
        s_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const bool ready =
            connectOver(&client, &transport, "* OK [CAPABILITY " + capabilities + "] hi\r\n");
        Reply *auth = mechanism.isEmpty()
                          ? client.login(QString::fromLatin1(kUser), QString::fromUtf8(secret))
                          : client.authenticate(QString::fromLatin1(kUser),
                                                QString::fromUtf8(secret), mechanism);
        const bool finished = waitFor([auth] { return auth->isFinished(); });
        Reply *logout = client.logout();
        waitFor([logout] { return logout->isFinished(); }, 1000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ready);
        QVERIFY(finished);
        QVERIFY2(auth->isOk(), qPrintable(auth->errorString()));
        QVERIFY(!trace.isEmpty());
        QVERIFY(!s_log.isEmpty());
        // The wire carried the secret; the log and the trace did not.
        const QByteArray wire = transport.written();
        QVERIFY(wire.contains(secret) || !leakIn(wire).isEmpty() || wire.contains("AUTHENTICATE"));
        for (const QByteArray &line : std::as_const(trace)) {
            QVERIFY2(leakIn(line).isEmpty() && !line.contains(secret), line.constData());
        }
        for (const QByteArray &line : std::as_const(s_log)) {
            QVERIFY2(leakIn(line).isEmpty() && !line.contains(secret), line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretsScan)
#include "tst_secrets_scan.moc"
