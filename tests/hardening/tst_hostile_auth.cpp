// Items 19 and 20: credentials never go out in cleartext unless the user chose plaintext
// (AUTH=PLAIN offered without TLS, LOGINDISABLED), and a SCRAM server cannot make the client
// burn CPU with an absurd iteration count.

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/Reply.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

using namespace Hardening;
using namespace Imap;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("s3cr3t-pw");
// base64("\0alice\0s3cr3t-pw") and base64("s3cr3t-pw") (AUTH=LOGIN's password step)
const QByteArray kPlainBase64 = QByteArray("\0alice\0s3cr3t-pw", 16).toBase64();
const QByteArray kPasswordBase64 = QByteArray("s3cr3t-pw").toBase64();

bool leaked(const QByteArray &wire)
{
    return wire.contains("s3cr3t-pw") || wire.contains(kPlainBase64) ||
           wire.contains(kPasswordBase64);
}

} // namespace

class TestHostileAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCleartextCredentials_data()
    {
        QTest::addColumn<QByteArray>("capabilities");
        QTest::addColumn<bool>("allowCleartext");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::newRow("AUTH=PLAIN offered, cleartext not chosen")
            << QByteArray("IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN") << false << QByteArray();
        QTest::newRow("AUTH=PLAIN named, cleartext not chosen")
            << QByteArray("IMAP4rev1 AUTH=PLAIN") << false << QByteArray("PLAIN");
        QTest::newRow("AUTH=LOGIN named, cleartext not chosen")
            << QByteArray("IMAP4rev1 AUTH=LOGIN") << false << QByteArray("LOGIN");
        QTest::newRow("LOGINDISABLED, cleartext chosen")
            << QByteArray("IMAP4rev1 LOGINDISABLED") << true << QByteArray();
        QTest::newRow("LOGINDISABLED and AUTH=PLAIN, cleartext not chosen")
            << QByteArray("IMAP4rev1 LOGINDISABLED AUTH=PLAIN") << false << QByteArray();
    }
    void noCleartextCredentials()
    {
        QFETCH(QByteArray, capabilities);
        QFETCH(bool, allowCleartext);
        QFETCH(QByteArray, mechanism);
        FakeTransport transport;
        RecordingServer server(&transport);
        server.setResponder(
            [](const ClientCommand &c) -> QByteArray { return c.tag + " OK fine\r\n"; });
        Client client;
        ConnectionSettings settings = plainSettings();
        settings.allowCleartextPasswords = allowCleartext;
        bool ready = false;
        connect(&client, &Client::connected, this, [&ready] { ready = true; });
        client.connectToDevice(&transport, settings);
        transport.serverSend("* OK [CAPABILITY " + capabilities + "] hi\r\n");
        QVERIFY(waitFor([&] { return ready; }));

        Reply *login = client.login(kUser, kPassword);
        QVERIFY(waitFor([login] { return login->isFinished(); }));
        QCOMPARE(login->status(), Reply::Status::RefusedByPolicy);
        if (capabilities.contains("AUTH=")) {
            Reply *auth = client.authenticate(kUser, kPassword, mechanism);
            QVERIFY(waitFor([auth] { return auth->isFinished(); }));
            QCOMPARE(auth->status(), Reply::Status::RefusedByPolicy);
        }
        waitFor([] { return false; }, 20);
        QVERIFY2(!leaked(transport.written()), transport.written().constData());
        QVERIFY(!transport.written().contains("LOGIN "));
        QVERIFY(!transport.written().contains("AUTHENTICATE"));
        QCOMPARE(client.state(), Client::State::NotAuthenticated);
    }

    // The control: when the user chose plaintext, LOGIN goes out (so the test above can fail).
    void plaintextWhenChosen()
    {
        FakeTransport transport;
        RecordingServer server(&transport);
        server.setResponder(
            [](const ClientCommand &c) -> QByteArray { return c.tag + " OK fine\r\n"; });
        Client client;
        QVERIFY(connectOver(&client, &transport, "* OK [CAPABILITY IMAP4rev1] hi\r\n"));
        Reply *login = client.login(kUser, kPassword);
        QVERIFY(waitFor([login] { return login->isFinished(); }));
        QVERIFY(login->isOk());
        QVERIFY(transport.written().contains("LOGIN alice s3cr3t-pw"));
    }

    void scramIterationCap_data()
    {
        QTest::addColumn<QByteArray>("iterations");
        QTest::newRow("10^9") << QByteArray("1000000000");
        QTest::newRow("2^31-1") << QByteArray("2147483647");
        QTest::newRow("2^32") << QByteArray("4294967296");
        QTest::newRow("0") << QByteArray("0");
        QTest::newRow("-1") << QByteArray("-1");
        QTest::newRow("empty") << QByteArray("");
    }
    void scramIterationCap()
    {
        QFETCH(QByteArray, iterations);
        FakeTransport transport;
        RecordingServer server(&transport);
        QByteArray clientNonce;
        QByteArray authTag;
        QByteArray clientFinal;
        server.setResponder([&](const ClientCommand &c) -> QByteArray {
            if (c.text.contains("AUTHENTICATE SCRAM-SHA-256 ")) {
                authTag = c.tag;
                const QByteArray first =
                    QByteArray::fromBase64(c.text.mid(c.text.lastIndexOf(' ') + 1));
                const qsizetype r = first.indexOf(",r=");
                clientNonce = first.mid(r + 3);
                const QByteArray serverFirst = "r=" + clientNonce +
                                               "srvNonce,s=" + QByteArray("salt").toBase64() +
                                               ",i=" + iterations;
                return "+ " + serverFirst.toBase64() + "\r\n";
            }
            if (!authTag.isEmpty() && !c.text.contains(' ')) {
                if (c.text != "*") {
                    clientFinal = QByteArray::fromBase64(c.text);
                }
                return authTag + " NO [AUTHENTICATIONFAILED] no\r\n";
            }
            return {};
        });
        Client client;
        QVERIFY(connectOver(&client, &transport,
                            "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=SCRAM-SHA-256] hi\r\n"));
        QElapsedTimer timer;
        timer.start();
        Reply *auth = client.authenticate(kUser, kPassword, "SCRAM-SHA-256");
        QVERIFY(waitFor([&] { return !clientNonce.isEmpty() || auth->isFinished(); }));
        QVERIFY(!clientNonce.isEmpty());
        QVERIFY(waitFor([auth] { return auth->isFinished(); }, 20000));
        qInfo("refused after %lld ms: %s", qint64(timer.elapsed()),
              qPrintable(auth->errorString()));
        QVERIFY(!auth->isOk());
        QVERIFY2(timer.elapsed() < 5000, "the client computed the iterations");
        // No client-final message (with a proof computed over the absurd count) went out.
        QVERIFY2(clientFinal.isEmpty(), clientFinal.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileAuth)
#include "tst_hostile_auth.moc"
