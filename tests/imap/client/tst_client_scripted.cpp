// Conversations between Imap::Client and the scripted server: the exact bytes the client sends
// and how it reacts to each server behaviour. The whole suite runs twice: once with the
// server's bytes as written, once split into 3-byte pieces (every scenario must hold for any
// split of the stream).

#include "imap/AppendReply.h"
#include "imap/CapabilityReply.h"
#include "imap/Client.h"
#include "imap/EnableReply.h"
#include "imap/FakeClock.h"
#include "imap/FetchReply.h"
#include "imap/IdReply.h"
#include "imap/IdleReply.h"
#include "imap/ListReply.h"
#include "imap/MailboxState.h"
#include "imap/RawReply.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"
#include "support/ScriptedClientTest.h"

#include <QtCore/QBuffer>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Imap;
using namespace std::chrono_literals;
using TestSupport::ScriptedImapServer;
using TestSupport::TestCertificates;
using Security = ConnectionSettings::Security;

namespace {
bool s_split = false;
constexpr int kWait = 5000;
// What a client asks after an authentication OK that carried no [CAPABILITY] code.
const QString kCapability =
    QStringLiteral("C: $c CAPABILITY\nS: * CAPABILITY IMAP4rev1\nS: $c OK\n");
const QString kGreeting =
    QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 IDLE UNSELECT ID ENABLE] ready\n");
} // namespace

#define WAIT_FINISHED(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), kWait)
#define SERVER_DONE()                                                                              \
    QVERIFY2(m_server->waitForFinished(kWait), qPrintable(m_server->errorString()))

class TestClientScripted : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

    // The second run of the suite has the server send its bytes in 3-byte pieces.
    bool listen(QString script)
    {
        if (s_split) {
            script.prepend(QStringLiteral("SPLIT: 3 1\n"));
        }
        return ScriptedClientTest::listen(script);
    }

    // Connects over plaintext and waits for the session to be ready.
    bool connectPlain(const QString &script, bool allowCleartextPasswords = true)
    {
        if (!listen(script)) {
            return false;
        }
        ConnectionSettings s = settings(); // the port is known once the server listens
        s.allowCleartextPasswords = allowCleartextPasswords;
        return connectWith(s, kWait);
    }

    bool waitError(ConnectionError::Kind kind)
    {
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        if (m_client->lastError().kind == kind) {
            return true;
        }
        if (!errors.wait(kWait)) {
            qWarning() << "no error; state" << m_client->state();
            return false;
        }
        if (m_client->lastError().kind != kind) {
            qWarning() << "error was" << int(m_client->lastError().kind)
                       << m_client->lastError().message;
            return false;
        }
        return true;
    }

    // Connects to a server that accepts and then says nothing. On the fake clock, nothing
    // fails until the timeout is reached, and then the connection fails with a timeout, once.
    // Fails the test (QTest::currentTestFailed()) otherwise.
    void expectTimeoutFromSilentServer(const ConnectionSettings &s,
                                       std::chrono::milliseconds timeout)
    {
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        m_client->connectToHost(s);
        QTRY_VERIFY(m_server->connectionCount() == 1);
        QTest::qWait(50);
        m_clock->advance(timeout - 1s);
        QCOMPARE(errors.count(), 0);
        m_clock->advance(1s);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::Timeout);
    }

private Q_SLOTS:
    void init() { createClient(); }
    void cleanup() { destroyClient(); }

    // --- greetings -------------------------------------------------------------------------

    void greetingOkWithCapability()
    {
        QVERIFY(connectPlain(kGreeting));
        QCOMPARE(m_client->state(), Client::State::NotAuthenticated);
        QVERIFY(m_client->hasCapability("idle"));
    }

    // Qt reads ahead of the client up to this bound (TLS: once as received, once decrypted).
    // While the event loop is held up (a slow body sink), what the server sends meanwhile waits
    // in the kernel, not in the process: with 1 MiB, W3's RSS growth jumped to 3.4-4.2 MiB in 3
    // of 18 runs of a 100 MB FETCH; with 256 KiB it stayed under 1 MiB in all 18.
    void readAheadIsBounded()
    {
        QVERIFY(connectPlain(kGreeting));
        auto *socket = m_client->findChild<QAbstractSocket *>();
        QVERIFY(socket);
        QVERIFY(socket->readBufferSize() > 0); // 0 would be unbounded
        QVERIFY(socket->readBufferSize() <= 256 * 1024);
    }

    void greetingOkWithoutCapabilityAsksForIt()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * OK hello\n"
                                            "C: $t CAPABILITY\n"
                                            "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                            "S: $t OK done\n")));
        QVERIFY(m_client->hasCapability("AUTH=PLAIN"));
        SERVER_DONE();
    }

    void greetingPreauth()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] welcome back\n")));
        QCOMPARE(m_client->state(), Client::State::Authenticated);
    }

    void greetingFailures_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("kind");
        QTest::newRow("BYE") << QStringLiteral("S: * BYE too busy\nCLOSE\n")
                             << int(ConnectionError::Kind::GreetingRejected);
        QTest::newRow("NO") << QStringLiteral("S: * NO go away\nHANG\n")
                            << int(ConnectionError::Kind::GreetingRejected);
        QTest::newRow("garbage") << QStringLiteral("S: HTTP/1.1 400 Bad Request\nHANG\n")
                                 << int(ConnectionError::Kind::InvalidGreeting);
        QTest::newRow("tagged") << QStringLiteral("S: A1 OK what\nHANG\n")
                                << int(ConnectionError::Kind::InvalidGreeting);
        QTest::newRow("closed") << QStringLiteral("CLOSE\n")
                                << int(ConnectionError::Kind::InvalidGreeting);
    }
    void greetingFailures()
    {
        QFETCH(QString, script);
        QFETCH(int, kind);
        QVERIFY(listen(script));
        auto *early = m_client->noop(); // queued before the greeting: fails with the connection
        m_client->connectToHost(settings());
        QVERIFY(waitError(ConnectionError::Kind(kind)));
        QCOMPARE(m_client->state(), Client::State::Disconnected);
        WAIT_FINISHED(early);
    }

    void noGreetingTimesOut()
    {
        QVERIFY(listen(QStringLiteral("HANG\n")));
        ConnectionSettings s = settings();
        s.greetingTimeout = 10s;
        expectTimeoutFromSilentServer(s, s.greetingTimeout);
    }

    // A TCP connect that never completes, on the fake clock: a SOCKS5 proxy that accepts the
    // connection and never answers keeps the socket in ConnectingState (no network needed).
    // The connect timeout fails the connection, and every command issued meanwhile, at once.
    void connectTimesOut()
    {
        QTcpServer silentProxy;
        QVERIFY(silentProxy.listen(QHostAddress::LocalHost));
        ConnectionSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 143;
        s.security = Security::Plaintext;
        s.proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"),
                                silentProxy.serverPort());
        s.connectTimeout = 20s;
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        m_client->connectToHost(s);
        Reply *noop = m_client->noop(); // queued until the session is ready
        QTRY_VERIFY_WITH_TIMEOUT(silentProxy.hasPendingConnections(), kWait);
        QTest::qWait(50);
        QCOMPARE(m_client->state(), Client::State::Connecting);
        m_clock->advance(19s);
        QCOMPARE(errors.count(), 0);
        QVERIFY(!noop->isFinished());
        m_clock->advance(1s);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::Timeout);
        QVERIFY2(m_client->lastError().message.contains(QLatin1String("connecting")),
                 qPrintable(m_client->lastError().message));
        QCOMPARE(m_client->state(), Client::State::Disconnected);
        QCOMPARE(noop->status(), Reply::Status::Timeout);
    }

    // After the tagged STARTTLS OK the server never answers the ClientHello.
    void startTlsHandshakeTimesOut()
    {
        QVERIFY(listen(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                                      "C: $s STARTTLS\n"
                                      "S: $s OK begin TLS\n"
                                      "HANG\n")));
        ConnectionSettings s = settings(Security::StartTls);
        s.tlsHandshakeTimeout = 15s;
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        m_client->connectToHost(s);
        Reply *noop = m_client->noop();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->received().contains("STARTTLS"), kWait);
        QTest::qWait(100);
        QCOMPARE(errors.count(), 0);
        m_clock->advance(14s);
        QCOMPARE(errors.count(), 0);
        m_clock->advance(1s);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::Timeout);
        QVERIFY(m_client->lastError().message.contains(QStringLiteral("TLS")));
        QCOMPARE(noop->status(), Reply::Status::Timeout);
    }

    // --- TLS -------------------------------------------------------------------------------

    void implicitTls()
    {
        if (!TestCertificates::available()) {
            QSKIP(qPrintable(TestCertificates::errorString()));
        }
        m_server->setImplicitTls(true);
        QVERIFY(listen(kGreeting));
        QVERIFY(connectWith(settings(Security::ImplicitTls), kWait));
        QVERIFY(m_client->isEncrypted());
    }

    void untrustedCertificateFailsClosedWithFingerprint()
    {
        if (!TestCertificates::available()) {
            QSKIP(qPrintable(TestCertificates::errorString()));
        }
        m_server->setImplicitTls(true);
        m_server->setIdentity(TestCertificates::selfSigned());
        QVERIFY(listen(QStringLiteral("TLS-REJECTED\n")));
        m_client->connectToHost(settings(Security::ImplicitTls));
        QVERIFY(waitError(ConnectionError::Kind::CertificateRejected));
        const ConnectionError error = m_client->lastError();
        QCOMPARE(error.leafSha256.toHex(), TestCertificates::selfSigned().sha256());
        QVERIFY(!error.certificateChain.isEmpty());
        QVERIFY(!error.sslErrors.isEmpty());
        QVERIFY(error.message.contains(error.leafFingerprint()));
    }

    void pinnedCertificateIsTrusted()
    {
        if (!TestCertificates::available()) {
            QSKIP(qPrintable(TestCertificates::errorString()));
        }
        m_server->setImplicitTls(true);
        m_server->setIdentity(TestCertificates::selfSigned());
        QVERIFY(listen(kGreeting));
        ConnectionSettings s = settings(Security::ImplicitTls);
        s.pinnedSha256 = QByteArray::fromHex(TestCertificates::selfSigned().sha256());
        QVERIFY(connectWith(s, kWait));
    }

    void pinMismatchFailsEvenForAValidChain()
    {
        if (!TestCertificates::available()) {
            QSKIP(qPrintable(TestCertificates::errorString()));
        }
        m_server->setImplicitTls(true);
        QVERIFY(listen(QStringLiteral("S: * OK hi\nHANG\n")));
        ConnectionSettings s = settings(Security::ImplicitTls);
        s.pinnedSha256 = QByteArray::fromHex(TestCertificates::otherServer().sha256());
        m_client->connectToHost(s);
        QVERIFY(waitError(ConnectionError::Kind::PinMismatch));
    }

    void tlsHandshakeTimesOut()
    {
        // A server that accepts the connection but never answers the ClientHello.
        QVERIFY(listen(QStringLiteral("HANG\n")));
        ConnectionSettings s = settings(Security::ImplicitTls);
        s.tlsHandshakeTimeout = 15s;
        expectTimeoutFromSilentServer(s, s.tlsHandshakeTimeout);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(m_client->lastError().message.contains(QStringLiteral("TLS")));
    }

    void startTlsUpgradesAndRereadsCapabilities()
    {
        if (!TestCertificates::available()) {
            QSKIP(qPrintable(TestCertificates::errorString()));
        }
        QVERIFY(listen(
            QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED X-BEFORE] hi\n"
                           "C: $t STARTTLS\n"
                           "S: $t OK begin TLS\n"
                           "STARTTLS\n"
                           "C: $c CAPABILITY\n"
                           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN X-AFTER\n"
                           "S: $c OK\n")));
        QVERIFY(connectWith(settings(Security::StartTls), kWait));
        QVERIFY(m_client->isEncrypted());
        QVERIFY(m_client->hasCapability("X-AFTER"));
        QVERIFY(!m_client->hasCapability("X-BEFORE"));
        QVERIFY(!m_client->hasCapability("LOGINDISABLED"));
        SERVER_DONE();
    }

    void startTlsFailures_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("kind");
        QTest::newRow("not offered") << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] hi\nHANG\n")
                                     << int(ConnectionError::Kind::StartTlsUnavailable);
        QTest::newRow("refused") << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                                                   "C: $t STARTTLS\nS: $t NO not today\nHANG\n")
                                 << int(ConnectionError::Kind::StartTlsRefused);
        QTest::newRow("injected bytes")
            << QStringLiteral(
                   "S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                   "C: $t STARTTLS\n"
                   "R: A0001 OK go\\r\\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] evil\\r\\n\n"
                   "HANG\n")
            << int(ConnectionError::Kind::StartTlsInjection);
        QTest::newRow("preauth") << QStringLiteral(
                                        "S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] hi\nHANG\n")
                                 << int(ConnectionError::Kind::PreauthNotAllowed);
    }
    void startTlsFailures()
    {
        QFETCH(QString, script);
        QFETCH(int, kind);
        QVERIFY(listen(script));
        m_client->connectToHost(settings(Security::StartTls));
        if (s_split && qstrcmp(QTest::currentDataTag(), "injected bytes") == 0) {
            // Split, the injected bytes may arrive after the handshake began; they then break
            // the handshake instead. Either way the connection fails closed, unencrypted.
            QSignalSpy errors(m_client.get(), &Client::errorOccurred);
            QVERIFY(errors.wait(kWait));
            QVERIFY(m_client->lastError().kind == ConnectionError::Kind::StartTlsInjection ||
                    m_client->lastError().kind == ConnectionError::Kind::TlsHandshake);
            QVERIFY(!m_client->isEncrypted());
            return;
        }
        QVERIFY(waitError(ConnectionError::Kind(kind)));
        QVERIFY(!m_client->isEncrypted());
    }

    // --- authentication --------------------------------------------------------------------

    void loginQuotesAndLiterals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("atoms") << QStringLiteral("alice") << QStringLiteral("secret")
                               << QStringLiteral("C: $t LOGIN alice secret\n");
        QTest::newRow("quote and backslash")
            << QStringLiteral("alice") << QStringLiteral("pa\"ss\\word")
            << QStringLiteral("C: $t LOGIN alice \"pa\\\"ss\\\\word\"\n");
        QTest::newRow("spaces") << QStringLiteral("a b") << QStringLiteral("c d")
                                << QStringLiteral("C: $t LOGIN \"a b\" \"c d\"\n");
        QTest::newRow("8-bit user")
            << QStringLiteral("j\u00fcrgen") << QStringLiteral("pw")
            << QStringLiteral("C: $t LOGIN {7}\nS: + go\nC: j\u00fcrgen pw\n");
    }
    void loginQuotesAndLiterals()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QVERIFY(connectPlain(kGreeting + expected +
                             QStringLiteral("S: $t OK [CAPABILITY IMAP4rev1 IDLE] welcome\n")));
        Reply *login = m_client->login(user, password);
        WAIT_FINISHED(login);
        QVERIFY2(login->isOk(), qPrintable(login->errorString() + m_server->errorString()));
        QCOMPARE(m_client->state(), Client::State::Authenticated);
        SERVER_DONE();
    }

    void loginFailureIsReportedWithCodeAndNotRetried()
    {
        QVERIFY(connectPlain(
            kGreeting + QStringLiteral("C: $t LOGIN alice wrong\n"
                                       "S: $t NO [AUTHENTICATIONFAILED] Invalid credentials\n")));
        Reply *login = m_client->login(QStringLiteral("alice"), QStringLiteral("wrong"));
        WAIT_FINISHED(login);
        QCOMPARE(login->status(), Reply::Status::No);
        QCOMPARE(login->responseCode().kind, Wire::ResponseCode::Kind::AuthenticationFailed);
        QCOMPARE(m_client->state(), Client::State::NotAuthenticated);
        SERVER_DONE(); // nothing more was sent (a retry would fail the script)
    }

    void cleartextPasswordRefused_data()
    {
        QTest::addColumn<QString>("greeting");
        QTest::addColumn<bool>("allow");
        QTest::newRow("plaintext not allowed") << kGreeting << false;
        QTest::newRow("LOGINDISABLED")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED] hi\n") << true;
    }
    void cleartextPasswordRefused()
    {
        QFETCH(QString, greeting);
        QFETCH(bool, allow);
        QVERIFY(connectPlain(greeting, allow));
        Reply *login = m_client->login(QStringLiteral("alice"), QStringLiteral("secret"));
        WAIT_FINISHED(login);
        QCOMPARE(login->status(), Reply::Status::RefusedByPolicy);
        QVERIFY(!m_server->received().contains("secret"));
    }

    void authenticateMechanisms_data()
    {
        QTest::addColumn<QString>("capabilities");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<int>("status");
        const int ok = int(Reply::Status::Ok);
        // base64("\0alice\0secret") = AGFsaWNlAHNlY3JldA==
        QTest::newRow("PLAIN SASL-IR")
            << QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN") << QStringLiteral("alice")
            << QStringLiteral("secret") << QByteArray()
            << QStringLiteral("C: $t AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==\nS: $t OK\n") +
                   kCapability
            << ok;
        QTest::newRow("PLAIN challenge")
            << QStringLiteral("IMAP4rev1 AUTH=PLAIN") << QStringLiteral("alice")
            << QStringLiteral("secret") << QByteArray()
            << QStringLiteral(
                   "C: $t AUTHENTICATE PLAIN\nS: + \nC: AGFsaWNlAHNlY3JldA==\nS: $t OK\n") +
                   kCapability
            << ok;
        QTest::newRow("LOGIN") << QStringLiteral("IMAP4rev1 AUTH=LOGIN") << QStringLiteral("alice")
                               << QStringLiteral("secret") << QByteArray("LOGIN")
                               << QStringLiteral(
                                      "C: $t AUTHENTICATE LOGIN\nS: + VXNlcm5hbWU6\nC: YWxpY2U=\n"
                                      "S: + UGFzc3dvcmQ6\nC: c2VjcmV0\nS: $t OK\n") +
                                      kCapability
                               << ok;
        // RFC 2195's example exchange.
        QTest::newRow("CRAM-MD5")
            << QStringLiteral("IMAP4rev1 AUTH=CRAM-MD5") << QStringLiteral("tim")
            << QStringLiteral("tanstaaftanstaaf") << QByteArray()
            << QStringLiteral("C: $t AUTHENTICATE CRAM-MD5\n"
                              "S: + PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
                              "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\nS: $t OK\n") +
                   kCapability
            << ok;
        // An OAuth failure: the server sends its error JSON as a challenge, the client answers
        // with an empty line, and the NO follows.
        QTest::newRow("XOAUTH2 error JSON")
            << QStringLiteral("IMAP4rev1 SASL-IR AUTH=XOAUTH2") << QStringLiteral("alice")
            << QStringLiteral("tok") << QByteArray("XOAUTH2")
            << QStringLiteral(
                   "C: $t AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sBAQ==\n"
                   "S: + eyJzdGF0dXMiOiI0MDEifQ==\nC: \n"
                   "S: $t NO [AUTHENTICATIONFAILED] invalid token\n")
            << int(Reply::Status::No);
        QTest::newRow("refused") << QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN")
                                 << QStringLiteral("alice") << QStringLiteral("secret")
                                 << QByteArray()
                                 << QStringLiteral("C: $t AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==\n"
                                                   "S: $t NO [AUTHENTICATIONFAILED] no\n")
                                 << int(Reply::Status::No);
        QTest::newRow("mechanism not offered")
            << QStringLiteral("IMAP4rev1 AUTH=PLAIN") << QStringLiteral("alice")
            << QStringLiteral("secret") << QByteArray("SCRAM-SHA-256") << QString()
            << int(Reply::Status::RefusedByPolicy);
    }
    void authenticateMechanisms()
    {
        QFETCH(QString, capabilities);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QByteArray, mechanism);
        QFETCH(QString, exchange);
        QFETCH(int, status);
        QVERIFY(connectPlain(QStringLiteral("S: * OK [CAPABILITY %1] hi\n").arg(capabilities) +
                             exchange));
        Reply *auth = m_client->authenticate(user, secret, mechanism);
        WAIT_FINISHED(auth);
        QVERIFY2(int(auth->status()) == status,
                 qPrintable(auth->errorString() + QLatin1Char(' ') + m_server->errorString()));
        QCOMPARE(m_client->state(), status == int(Reply::Status::Ok)
                                        ? Client::State::Authenticated
                                        : Client::State::NotAuthenticated);
        SERVER_DONE(); // and nothing more: a failed authentication is never retried
    }

    void passwordMechanismRefusedInCleartext()
    {
        QVERIFY(connectPlain(
            QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=LOGIN] hi\n"), false));
        Reply *auth = m_client->authenticate(QStringLiteral("alice"), QStringLiteral("secret"));
        WAIT_FINISHED(auth);
        QCOMPARE(auth->status(), Reply::Status::RefusedByPolicy);
        QVERIFY(!m_server->received().contains("AUTHENTICATE"));
    }

    // --- state rules -----------------------------------------------------------------------

    void commandsInTheWrongStateFailLocally()
    {
        QVERIFY(connectPlain(
            kGreeting + QStringLiteral("C: $t LOGIN alice secret\nS: $t OK\n"
                                       "C: $c CAPABILITY\nS: * CAPABILITY IMAP4rev1\nS: $c OK\n")));
        FetchReply *early = m_client->fetch(Wire::SequenceSet::single(1), {"FLAGS"});
        Reply *login = m_client->login(QStringLiteral("alice"), QStringLiteral("secret"));
        Reply *again = m_client->login(QStringLiteral("alice"), QStringLiteral("secret"));
        FetchReply *beforeSelect = m_client->fetch(Wire::SequenceSet::single(1), {"FLAGS"});
        WAIT_FINISHED(beforeSelect);
        QCOMPARE(early->status(), Reply::Status::NotAllowedInState);
        QVERIFY(login->isOk());
        QCOMPARE(again->status(), Reply::Status::NotAllowedInState);
        QCOMPARE(beforeSelect->status(), Reply::Status::NotAllowedInState);
        SERVER_DONE();
    }

    void capabilityMissingFailsLocally()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n")));
        IdleReply *idle = m_client->idle();
        WAIT_FINISHED(idle);
        QCOMPARE(idle->status(), Reply::Status::CapabilityMissing);
        QVERIFY(!m_server->received().contains("IDLE"));
    }

    // --- scheduling ------------------------------------------------------------------------

    void asyncCommandsArePipelined()
    {
        QVERIFY(connectPlain(
            QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                           "C: $s SELECT INBOX\n"
                           "S: * 2 EXISTS\nS: * OK [UIDVALIDITY 7] ok\nS: $s OK [READ-WRITE] done\n"
                           "C: $a UID FETCH 1:* (FLAGS)\n"
                           "C: $b LIST \"\" \"*\"\n"
                           "C: $c STATUS Sent (MESSAGES)\n"
                           "S: * STATUS Sent (MESSAGES 4)\n"
                           "S: * LIST () \"/\" INBOX\n"
                           "S: * 1 FETCH (UID 5 FLAGS (\\Seen))\n"
                           "S: $c OK\nS: $b OK\nS: $a OK\n")));
        SelectReply *select = m_client->select(QStringLiteral("INBOX"));
        FetchReply *fetch = m_client->uidFetch(Wire::SequenceSet::all(), {"FLAGS"});
        ListReply *list = m_client->list(QString(), QStringLiteral("*"));
        StatusReply *status = m_client->status(QStringLiteral("Sent"), {"MESSAGES"});
        WAIT_FINISHED(fetch);
        QVERIFY2(select->isOk(), qPrintable(select->errorString() + m_server->errorString()));
        QCOMPARE(select->exists(), 2u);
        QCOMPARE(select->uidValidity(), 7u);
        QVERIFY2(fetch->isOk(), qPrintable(m_server->errorString()));
        QCOMPARE(fetch->messages().size(), 1);
        QCOMPARE(fetch->messages().first().uid, std::optional<quint32>(5));
        QTRY_VERIFY(list->isFinished() && status->isFinished());
        QCOMPARE(list->mailboxes().size(), 1);
        QCOMPARE(status->status().messages, std::optional<quint32>(4));
        SERVER_DONE();
    }

    void tenFetchesRunInOrder()
    {
        QString script = QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                        "C: $s SELECT INBOX\nS: * 10 EXISTS\nS: $s OK\n");
        for (int i = 1; i <= 10; ++i) {
            script += QStringLiteral("C: $t FETCH %1 (FLAGS)\nS: * %1 FETCH (FLAGS ())\nS: $t OK\n")
                          .arg(i);
        }
        QVERIFY(connectPlain(script));
        m_client->select(QStringLiteral("INBOX"));
        QList<FetchReply *> fetches;
        for (quint32 i = 1; i <= 10; ++i) {
            fetches.append(m_client->fetch(Wire::SequenceSet::single(i), {"FLAGS"}));
        }
        WAIT_FINISHED(fetches.last());
        for (int i = 0; i < 10; ++i) {
            QVERIFY(fetches[i]->isOk());
            QCOMPARE(fetches[i]->messages().size(), 1);
            QCOMPARE(fetches[i]->messages().first().sequence, quint32(i + 1));
        }
        SERVER_DONE();
    }

    void tenSearchesRunInOrderBesideAnUnsolicitedFlagUpdate()
    {
        QString script = QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                        "C: $s SELECT INBOX\nS: * 10 EXISTS\nS: $s OK\n"
                                        "C: $f UID FETCH 1:* (FLAGS)\n"
                                        "S: * 1 FETCH (UID 7 FLAGS ())\n"
                                        "S: * 2 FETCH (FLAGS (\\Seen))\n" // unsolicited: no UID
                                        "S: $f OK\n");
        for (int i = 1; i <= 10; ++i) {
            script += QStringLiteral("C: $t UID SEARCH UID %1\nS: * SEARCH %1\nS: $t OK\n").arg(i);
        }
        QVERIFY(connectPlain(script));
        m_client->select(QStringLiteral("INBOX"));
        FetchReply *fetch = m_client->uidFetch(Wire::SequenceSet::all(), {"FLAGS"});
        QList<SearchReply *> searches;
        for (int i = 1; i <= 10; ++i) {
            searches.append(m_client->uidSearch(
                {Wire::CommandArgument::atom("UID"), Wire::CommandArgument::number(quint64(i))}));
        }
        WAIT_FINISHED(searches.last());
        QVERIFY(fetch->isOk());
        QCOMPARE(fetch->messages().size(), 1); // the unsolicited update is not a result
        for (int i = 0; i < 10; ++i) {
            QVERIFY(searches[i]->isOk());
            QCOMPARE(searches[i]->numbers(), QList<quint32>{quint32(i + 1)});
        }
        SERVER_DONE();
    }

    // Rule 2 by response key (issue 9 W4): STATUS commands of different mailboxes are all on
    // the wire before the first answer (the server answers nothing until it has all four),
    // and each reply gets its own mailbox's data whatever order the server answers in.
    void statusOfDifferentMailboxesIsPipelinedAndRoutedByName()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $a STATUS A (MESSAGES)\n"
                                            "C: $b STATUS B (MESSAGES)\n"
                                            "C: $i STATUS inbox (MESSAGES)\n"
                                            "C: $r STATUS \"Raw\" (MESSAGES)\n"
                                            "S: * STATUS Raw (MESSAGES 4)\n"
                                            "S: * STATUS INBOX (MESSAGES 3)\n"
                                            "S: * STATUS B (MESSAGES 2)\n"
                                            "S: $b OK\n"
                                            "S: * STATUS Other (MESSAGES 9)\n"
                                            "S: * STATUS A (MESSAGES 1)\n"
                                            "S: $i OK\nS: $r OK\nS: $a OK\n")));
        QList<Wire::StatusData> unclaimed;
        connect(m_client.get(), &Client::responseReceived, this,
                [&unclaimed](const Wire::Response &response) {
                    if (const auto *status = response.get<Wire::StatusData>();
                        status && status->mailbox == "Other") {
                        unclaimed.append(*status);
                    }
                });
        StatusReply *a = m_client->status(QStringLiteral("A"), {"MESSAGES"});
        StatusReply *b = m_client->status(QStringLiteral("B"), {"MESSAGES"});
        StatusReply *inbox = m_client->status(QStringLiteral("inbox"), {"MESSAGES"});
        RawReply *raw = m_client->raw("STATUS \"Raw\" (MESSAGES)");
        WAIT_FINISHED(a);
        QTRY_VERIFY(b->isFinished() && inbox->isFinished() && raw->isFinished());
        QVERIFY2(a->isOk() && b->isOk() && inbox->isOk() && raw->isOk(),
                 qPrintable(m_server->errorString()));
        QCOMPARE(a->status().mailbox, QByteArray("A"));
        QCOMPARE(a->status().messages, std::optional<quint32>(1));
        QCOMPARE(b->status().mailbox, QByteArray("B"));
        QCOMPARE(b->status().messages, std::optional<quint32>(2));
        // INBOX in the server's spelling is the inbox the client asked about.
        QCOMPARE(inbox->status().mailbox, QByteArray("INBOX"));
        QCOMPARE(inbox->status().messages, std::optional<quint32>(3));
        QCOMPARE(raw->responses().size(), 1);
        QCOMPARE(raw->responses().first().get<Wire::StatusData>()->mailbox, QByteArray("Raw"));
        // A mailbox nobody asked about (NOTIFY-style data) is not any command's.
        QCOMPARE(unclaimed.size(), 1);
        SERVER_DONE();
    }

    // The same for UID STORE: each reply gets exactly the FETCH of its own UIDs, wherever the
    // UID item stands; a FETCH of a UID in nobody's set, or without UID, goes to no reply but
    // still updates the mailbox state and its signals, as unsolicited data does.
    void uidStoresArePipelinedAndRoutedByUid()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $s SELECT INBOX\nS: * 9 EXISTS\nS: $s OK\n"
                                            "C: $a UID STORE 5 +FLAGS (\\Seen)\n"
                                            "C: $b UID STORE 6 +FLAGS (\\Seen)\n"
                                            "C: $c UID STORE 7:9 +FLAGS (\\Seen)\n"
                                            "S: * 3 FETCH (FLAGS (\\Seen) UID 7)\n"
                                            "S: * 2 FETCH (UID 6 FLAGS (\\Seen))\n"
                                            "S: * 8 FETCH (UID 12 FLAGS (\\Flagged))\n"
                                            "S: * 4 FETCH (FLAGS (\\Deleted))\n"
                                            "S: $b OK\n"
                                            "S: * 1 FETCH (UID 5 FLAGS (\\Seen))\n"
                                            "S: $a OK\n"
                                            "S: * 5 FETCH (UID 9 FLAGS (\\Seen))\n"
                                            "S: $c OK\n")));
        MailboxState *state = m_client->mailboxState();
        QSignalSpy flags(state, &MailboxState::flagsChanged);
        int unsolicitedSeen = 0;
        connect(m_client.get(), &Client::responseReceived, this,
                [&unsolicitedSeen](const Wire::Response &response) {
                    if (const auto *fetch = response.get<Wire::Fetch>();
                        fetch && (!fetch->uid || *fetch->uid == 12)) {
                        ++unsolicitedSeen;
                    }
                });
        m_client->select(QStringLiteral("INBOX"));
        FetchReply *a =
            m_client->uidStore(Wire::SequenceSet::single(5), Client::StoreMode::Add, {"\\Seen"});
        FetchReply *b =
            m_client->uidStore(Wire::SequenceSet::single(6), Client::StoreMode::Add, {"\\Seen"});
        FetchReply *c =
            m_client->uidStore(Wire::SequenceSet::range(7, 9), Client::StoreMode::Add, {"\\Seen"});
        WAIT_FINISHED(c);
        QVERIFY2(a->isOk() && b->isOk() && c->isOk(), qPrintable(m_server->errorString()));
        auto uidsOf = [](const FetchReply *reply) {
            QList<quint32> uids;
            for (const Wire::Fetch &message : reply->messages()) {
                uids.append(message.uid.value_or(0));
            }
            return uids;
        };
        QCOMPARE(uidsOf(a), QList<quint32>{5});
        QCOMPARE(uidsOf(b), QList<quint32>{6});
        QCOMPARE(uidsOf(c), (QList<quint32>{7, 9}));
        // Every FETCH's flags reached the mailbox state, the unclaimed two included.
        QCOMPARE(flags.count(), 6);
        QVERIFY(std::any_of(flags.cbegin(), flags.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toUInt() == 8 && args.at(1).toUInt() == 12 &&
                   args.at(2).value<QByteArrayList>() == QByteArrayList{"\\Flagged"};
        }));
        QCOMPARE(unsolicitedSeen, 2);
        SERVER_DONE();
    }

    // A UID FETCH that streams literals to a body sink runs alone among the commands that
    // collect FETCH data: its literal streams before the UID that would tell whose it is, so a
    // UID STORE of another UID waits for it instead of being pipelined beside it.
    void bodySinkFetchIsNotPipelinedBesideOtherUidCommands()
    {
        const QByteArray body = QByteArray("0123456789").repeated(20);
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $s SELECT INBOX\nS: * 9 EXISTS\nS: $s OK\n"
                                            "C: $f UID FETCH 9 (BODY.PEEK[])\n"
                                            "R: * 9 FETCH (BODY[] {%1}\\r\\n%2 UID 9)\\r\\n\n"
                                            "S: $f OK\n"
                                            "C: $t UID STORE 5 +FLAGS (\\Seen)\n"
                                            "S: * 1 FETCH (UID 5 FLAGS (\\Seen))\n"
                                            "S: $t OK\n")
                                 .arg(body.size())
                                 .arg(QString::fromLatin1(body))));
        m_client->setTraceEnabled(true);
        QByteArrayList sent;
        connect(m_client.get(), &Client::traceSent, this,
                [&sent](const QByteArray &line) { sent.append(line); });
        m_client->select(QStringLiteral("INBOX"));
        FetchReply *fetch = m_client->uidFetch(Wire::SequenceSet::single(9), {"BODY.PEEK[]"});
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        fetch->setBodySink(&sink, 100);
        FetchReply *store =
            m_client->uidStore(Wire::SequenceSet::single(5), Client::StoreMode::Add, {"\\Seen"});
        bool storeSentDuringFetch = true;
        connect(fetch, &FetchReply::messageReceived, this, [&] {
            storeSentDuringFetch = std::any_of(sent.cbegin(), sent.cend(), [](const QByteArray &l) {
                return l.contains("UID STORE");
            });
        });
        WAIT_FINISHED(store);
        QVERIFY2(fetch->isOk() && store->isOk(), qPrintable(m_server->errorString()));
        QVERIFY(!storeSentDuringFetch);
        QCOMPARE(sink.data(), body);
        QCOMPARE(store->messages().size(), 1);
        SERVER_DONE();
    }

    void sequenceNumbersNeverPipelinedWithExpunge()
    {
        // Sent together, FETCH 1 and EXPUNGE would race; the EXPUNGE must wait for the FETCH
        // (the script fails if the client sends EXPUNGE before "$f OK").
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $s SELECT INBOX\nS: * 3 EXISTS\nS: $s OK\n"
                                            "C: $f FETCH 1 (FLAGS)\n"
                                            "W: 100\n"
                                            "S: * 1 FETCH (FLAGS (\\Deleted))\nS: $f OK\n"
                                            "C: $e EXPUNGE\nS: * 1 EXPUNGE\nS: $e OK\n"
                                            "C: $u UID FETCH 1:* (FLAGS)\nC: $x EXPUNGE\n"
                                            "S: $u OK\nS: $x OK\n")));
        m_client->select(QStringLiteral("INBOX"));
        m_client->fetch(Wire::SequenceSet::single(1), {"FLAGS"});
        Reply *expunge = m_client->expunge();
        FetchReply *uidFetch = m_client->uidFetch(Wire::SequenceSet::all(), {"FLAGS"});
        Reply *expunge2 = m_client->expunge();
        WAIT_FINISHED(expunge2);
        QVERIFY(expunge->isOk());
        QVERIFY(uidFetch->isOk());
        QCOMPARE(m_client->mailboxState()->exists(), 2u);
        SERVER_DONE();
    }

    // --- unsolicited data ------------------------------------------------------------------

    void unsolicitedDataDuringAndAfterCommands()
    {
        QVERIFY(connectPlain(
            QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                           "C: $s SELECT INBOX\nS: * 3 EXISTS\nS: $s OK\n"
                           "C: $n NOOP\n"
                           "S: * 4 EXISTS\nS: * 2 EXPUNGE\nS: * 1 FETCH (FLAGS (\\Seen))\n"
                           "S: $n OK\n"
                           "W: 50\n"
                           "S: * 5 EXISTS\n"
                           "S: * OK [ALERT] maintenance tonight\n"
                           "S: * OK [ALERT] maintenance tonight\n"
                           "C: $m NOOP\nS: $m OK\n")));
        MailboxState *state = m_client->mailboxState();
        QSignalSpy exists(state, &MailboxState::existsChanged);
        QSignalSpy expunged(state, &MailboxState::messageExpunged);
        QSignalSpy flags(state, &MailboxState::flagsChanged);
        QSignalSpy alerts(m_client.get(), &Client::alertReceived);
        m_client->select(QStringLiteral("INBOX"));
        Reply *noop = m_client->noop();
        WAIT_FINISHED(noop);
        QCOMPARE(state->exists(), 3u);
        QCOMPARE(expunged.count(), 1);
        QCOMPARE(flags.count(), 1);
        // After the command: the push is applied with no command running.
        QTRY_COMPARE_WITH_TIMEOUT(state->exists(), 5u, kWait);
        QTRY_COMPARE(alerts.count(), 1);
        Reply *noop2 = m_client->noop();
        WAIT_FINISHED(noop2);
        QCOMPARE(alerts.count(), 1); // once per distinct text
        SERVER_DONE();
    }

    // --- failures --------------------------------------------------------------------------

    void unknownTagClosesTheConnection()
    {
        QVERIFY(connectPlain(kGreeting + QStringLiteral("C: $t NOOP\nS: Z999 OK who?\nHANG\n")));
        Reply *noop = m_client->noop();
        WAIT_FINISHED(noop);
        QCOMPARE(noop->status(), Reply::Status::ProtocolError);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::ProtocolError);
        QCOMPARE(m_client->state(), Client::State::Disconnected);
    }

    // A completion the grammar rejects (COPYUID beyond 32 bits) still ends its command at once,
    // as a protocol error, instead of leaving it pending until the inactivity timeout.
    void unparsableCompletionFailsItsCommandAtOnce()
    {
        QVERIFY(connectPlain(kGreeting +
                             QStringLiteral("C: $t NOOP\nS: $t OK [COPYUID 1 1:4294967296 2] ok\n"
                                            "HANG\n")));
        Reply *noop = m_client->noop();
        WAIT_FINISHED(noop);
        QCOMPARE(noop->status(), Reply::Status::ProtocolError);
        QVERIFY(noop->errorString().contains(QStringLiteral("could not be parsed")));
        QCOMPARE(m_client->state(), Client::State::Disconnected);
    }

    void unexpectedContinuationClosesTheConnection()
    {
        QVERIFY(connectPlain(kGreeting + QStringLiteral("C: $t NOOP\nS: + what\nHANG\n")));
        Reply *noop = m_client->noop();
        WAIT_FINISHED(noop);
        QCOMPARE(noop->status(), Reply::Status::ProtocolError);
    }

    void dropMidLiteralFailsAllPending()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $s SELECT INBOX\nS: * 1 EXISTS\nS: $s OK\n"
                                            "C: $f UID FETCH 1 (BODY[])\nC: $l LIST \"\" \"*\"\n"
                                            "R: * 1 FETCH (UID 1 BODY[] {100}\\r\\nFrom: a\\r\\n\n"
                                            "RST\n")));
        m_client->select(QStringLiteral("INBOX"));
        FetchReply *fetch = m_client->uidFetch(Wire::SequenceSet::single(1), {"BODY[]"});
        ListReply *list = m_client->list(QString(), QStringLiteral("*"));
        Reply *queued = m_client->logout();
        WAIT_FINISHED(fetch);
        QCOMPARE(fetch->status(), Reply::Status::ConnectionLost);
        QCOMPARE(list->status(), Reply::Status::ConnectionLost);
        QCOMPARE(queued->status(), Reply::Status::ConnectionLost);
        Reply *after = m_client->noop();
        WAIT_FINISHED(after);
        QCOMPARE(after->status(), Reply::Status::ConnectionLost);
    }

    void byeMidSessionFailsEverything()
    {
        QVERIFY(connectPlain(kGreeting +
                             QStringLiteral("C: $t NOOP\nS: * BYE shutting down\nCLOSE\n")));
        Reply *noop = m_client->noop();
        Reply *queued = m_client->login(QStringLiteral("a"), QStringLiteral("b"));
        WAIT_FINISHED(noop);
        QCOMPARE(noop->status(), Reply::Status::ConnectionLost);
        QVERIFY(noop->text().contains(QStringLiteral("shutting down")));
        QCOMPARE(queued->status(), Reply::Status::ConnectionLost);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::ServerBye);
    }

    void logoutClosesCleanly()
    {
        QVERIFY(connectPlain(kGreeting + QStringLiteral("C: $t LOGOUT\nS: * BYE bye\nS: $t OK\n")));
        QSignalSpy disconnected(m_client.get(), &Client::disconnected);
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        Reply *logout = m_client->logout();
        WAIT_FINISHED(logout);
        QVERIFY(logout->isOk());
        QTRY_COMPARE(disconnected.count(), 1);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(m_client->state(), Client::State::Disconnected);
    }

    void inactivityTimeout()
    {
        QVERIFY(listen(kGreeting + QStringLiteral("C: $t NOOP\nHANG\n")));
        ConnectionSettings s = settings();
        s.inactivityTimeout = 60s;
        QVERIFY(connectWith(s, kWait));
        Reply *noop = m_client->noop();
        QTRY_VERIFY(m_server->received().contains("NOOP"));
        QTest::qWait(20);
        m_clock->advance(59s);
        QVERIFY(!noop->isFinished());
        m_clock->advance(1s);
        QCOMPARE(noop->status(), Reply::Status::Timeout);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::Timeout);
    }

    // A response the parser cannot read is skipped and the session goes on, but it is never
    // dropped silently: the commands on the wire list it, and the client signals it (also
    // when no command runs).
    void malformedUntaggedIsReportedOnTheRunningCommand()
    {
        QVERIFY(connectPlain(kGreeting + QStringLiteral("C: $t NOOP\n"
                                                        "S: * 3 FETCH (\n"
                                                        "S: $t OK done\n"
                                                        "C: $u NOOP\n"
                                                        "S: $u OK fine\n"
                                                        "W: 50\n"
                                                        "S: * 4 FETCH (UID\n"
                                                        "C: $v NOOP\n"
                                                        "S: $v OK\n")));
        QSignalSpy warnings(m_client.get(), &Client::protocolWarning);
        Reply *noop = m_client->noop();
        WAIT_FINISHED(noop);
        QVERIFY(noop->isOk());
        QCOMPARE(noop->protocolWarnings().size(), 1);
        QVERIFY2(noop->protocolWarnings().first().contains(QLatin1String("skipped")),
                 qPrintable(noop->protocolWarnings().first()));
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.first().first().toString(), noop->protocolWarnings().first());
        Reply *clean = m_client->noop();
        WAIT_FINISHED(clean);
        QVERIFY(clean->protocolWarnings().isEmpty());
        // Between commands: only the signal can tell.
        QTRY_COMPARE_WITH_TIMEOUT(warnings.count(), 2, kWait);
        QCOMPARE(m_client->state(), Client::State::NotAuthenticated);
        Reply *last = m_client->noop();
        WAIT_FINISHED(last);
        QVERIFY(last->isOk());
        QVERIFY(last->protocolWarnings().isEmpty());
        SERVER_DONE();
    }

    // A multi-MB BODY[] from a real socket, in 64 KiB segments: the body sink receives the
    // exact bytes as they come, and the reply keeps none of them.
    void bodySinkReceivesALargeLiteral()
    {
        const QByteArray pattern = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const QByteArray body =
            pattern.repeated(3 * 1024 * 1024 / pattern.size() + 1).left(3 * 1024 * 1024 + 17);
        QVERIFY(connectPlain(QStringLiteral("SPLIT: 65536 1\n"
                                            "S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $s SELECT INBOX\n"
                                            "S: * 1 EXISTS\n"
                                            "S: $s OK [READ-WRITE] selected\n"
                                            "C: $f FETCH 1 (UID BODY.PEEK[])\n"
                                            "R: * 1 FETCH (UID 9 BODY[] {%1}\\r\\n%2)\\r\\n\n"
                                            "S: $f OK done\n")
                                 .arg(body.size())
                                 .arg(QString::fromLatin1(body))));
        SelectReply *select = m_client->select(QStringLiteral("INBOX"));
        WAIT_FINISHED(select);
        QVERIFY(select->isOk());
        FetchReply *fetch = m_client->fetch(Wire::SequenceSet::single(1), {"UID", "BODY.PEEK[]"});
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        fetch->setBodySink(&sink, 1024 * 1024);
        QSignalSpy messages(fetch, &FetchReply::messageReceived);
        QTRY_VERIFY_WITH_TIMEOUT(fetch->isFinished(), 20000);
        QVERIFY2(fetch->isOk(), qPrintable(fetch->errorString()));
        QVERIFY(sink.data() == body);
        QCOMPARE(messages.count(), 1);
        const Wire::Fetch message = fetch->messages().first();
        QCOMPARE(message.uid.value_or(0), 9u);
        QVERIFY(message.extras->sections.first().streamedToSink);
        QVERIFY(message.extras->sections.first().data.isEmpty());
        QCOMPARE(message.extras->sections.first().size, qint64(body.size()));
        SERVER_DONE();
    }

    void deadlineFailsOnlyThatCommand()
    {
        QVERIFY(connectPlain(kGreeting + QStringLiteral("C: $t NOOP\nW: 200\nS: $t OK late\n"
                                                        "C: $u NOOP\nS: $u OK\n")));
        Reply *slow = m_client->noop();
        slow->setDeadline(5s);
        QTRY_VERIFY(m_server->received().contains("NOOP"));
        m_clock->advance(5s);
        QCOMPARE(slow->status(), Reply::Status::Timeout);
        QTest::qWait(300); // the late OK arrives and is discarded
        QCOMPARE(m_client->state(), Client::State::NotAuthenticated);
        Reply *next = m_client->noop();
        WAIT_FINISHED(next);
        QVERIFY(next->isOk());
        SERVER_DONE();
    }

    void abortQueuedAndInFlight()
    {
        QVERIFY(connectPlain(
            QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                           "C: $s SELECT INBOX\nS: * 1 EXISTS\nS: $s OK\n"
                           "C: $a UID FETCH 1 (FLAGS)\n"
                           "W: 100\n"
                           "S: * 1 FETCH (UID 1 FLAGS ())\nS: $a OK\n"
                           "C: $b UID FETCH 1 (UID)\nS: * 1 FETCH (UID 1)\nS: $b OK\n")));
        m_client->select(QStringLiteral("INBOX"));
        FetchReply *first = m_client->uidFetch(Wire::SequenceSet::single(1), {"FLAGS"});
        FetchReply *never = m_client->uidFetch(Wire::SequenceSet::single(1), {"RFC822.SIZE"});
        never->abort(); // queued: never sent
        QCOMPARE(never->status(), Reply::Status::Aborted);
        QTRY_VERIFY(m_server->received().contains("UID FETCH 1 (FLAGS)"));
        first->abort(); // on the wire: finished at once, late answer discarded
        QCOMPARE(first->status(), Reply::Status::Aborted);
        FetchReply *next = m_client->uidFetch(Wire::SequenceSet::single(1), {"UID"});
        WAIT_FINISHED(next);
        QVERIFY(next->isOk());
        QCOMPARE(next->messages().size(), 1);
        QVERIFY(!m_server->received().contains("RFC822.SIZE"));
        SERVER_DONE();
    }

    // --- IDLE ------------------------------------------------------------------------------

    void idlePushesAndDone()
    {
        QVERIFY(connectPlain(
            QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
                           "C: $s SELECT INBOX\nS: * 1 EXISTS\nS: $s OK\n"
                           "C: $i IDLE\nS: + idling\n"
                           "S: * 2 EXISTS\nS: * OK still here\nS: * 1 FETCH (FLAGS (\\Seen))\n"
                           "C: DONE\nS: $i OK IDLE terminated\n")));
        m_client->select(QStringLiteral("INBOX"));
        IdleReply *idle = m_client->idle();
        QSignalSpy started(idle, &IdleReply::started);
        QSignalSpy pushes(idle, &IdleReply::pushReceived);
        QVERIFY(started.wait(kWait));
        QTRY_COMPARE_WITH_TIMEOUT(pushes.count(), 3, kWait);
        QCOMPARE(m_client->mailboxState()->exists(), 2u);
        idle->stop();
        WAIT_FINISHED(idle);
        QVERIFY(idle->isOk());
        SERVER_DONE();
    }

    void idleRenewsOnTheClock()
    {
        QVERIFY(listen(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
                                      "C: $i IDLE\nS: + idling\n"
                                      "C: DONE\nS: * 3 EXISTS\nS: $i OK\n"
                                      "C: $j IDLE\nS: + idling again\n"
                                      "C: DONE\nS: $j OK\n")));
        ConnectionSettings s = settings();
        QVERIFY(connectWith(s, kWait));
        IdleReply *idle = m_client->idle();
        QSignalSpy pushes(idle, &IdleReply::pushReceived);
        QTRY_VERIFY_WITH_TIMEOUT(idle->isIdling(), kWait);
        m_clock->advance(28min);
        QVERIFY(idle->isIdling());
        m_clock->advance(1min); // 29 minutes: DONE + IDLE
        QTRY_COMPARE_WITH_TIMEOUT(idle->renewalCount(), 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(idle->isIdling(), kWait);
        QCOMPARE(pushes.count(), 1); // the push in the gap was not lost
        QVERIFY(!idle->isFinished());
        idle->stop();
        WAIT_FINISHED(idle);
        QVERIFY(idle->isOk());
        SERVER_DONE();
    }

    void commandDuringIdleSuspendsAndResumes()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
                                            "C: $i IDLE\nS: + idling\n"
                                            "C: DONE\nS: $i OK\n"
                                            "C: $n NOOP\nS: $n OK\n"
                                            "C: $j IDLE\nS: + idling\n"
                                            "C: DONE\nS: $j OK\n")));
        IdleReply *idle = m_client->idle();
        QTRY_VERIFY_WITH_TIMEOUT(idle->isIdling(), kWait);
        Reply *noop = m_client->noop();
        WAIT_FINISHED(noop);
        QVERIFY(noop->isOk());
        QTRY_VERIFY_WITH_TIMEOUT(idle->isIdling(), kWait); // resumed
        idle->stop();
        WAIT_FINISHED(idle);
        QVERIFY(idle->isOk());
        SERVER_DONE();
    }

    void idleRefused()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
                                            "C: $i IDLE\nS: $i NO not now\n")));
        IdleReply *idle = m_client->idle();
        WAIT_FINISHED(idle);
        QCOMPARE(idle->status(), Reply::Status::No);
        SERVER_DONE();
    }

    void appendSendsTheLiteralAfterTheContinuation()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 UIDPLUS] hi\n"
                                            "C: $a APPEND Drafts (\\Seen) {11}\n"
                                            "S: + ready\n"
                                            "CR: Hello\\r\\nBye!\\r\\n\n"
                                            "S: $a OK [APPENDUID 38505 3955] done\n")));
        AppendReply *append =
            m_client->append(QStringLiteral("Drafts"), "Hello\r\nBye!", {"\\Seen"});
        WAIT_FINISHED(append);
        QVERIFY2(append->isOk(), qPrintable(append->errorString() + m_server->errorString()));
        QCOMPARE(append->uidValidity(), 38505u);
        QCOMPARE(append->uid(), 3955u);
        SERVER_DONE();
    }

    void literalRefusedByTheServer()
    {
        // The server answers NO instead of "+": the literal is never sent and the connection
        // goes on with the next command.
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $a APPEND Drafts {5}\n"
                                            "S: $a NO [TOOBIG] too big\n"
                                            "C: $n NOOP\nS: $n OK\n")));
        AppendReply *append = m_client->append(QStringLiteral("Drafts"), "Hello");
        Reply *noop = m_client->noop();
        WAIT_FINISHED(noop);
        QCOMPARE(append->status(), Reply::Status::No);
        QVERIFY(noop->isOk());
        SERVER_DONE();
    }

    void idAndEnable()
    {
        QVERIFY(connectPlain(
            QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 ID ENABLE CONDSTORE] hi\n"
                           "C: $i ID (\"name\" \"lettertray\")\n"
                           "S: * ID (\"name\" \"Dovecot\")\nS: $i OK\n"
                           "C: $e ENABLE CONDSTORE\n"
                           "S: * ENABLED CONDSTORE\nS: $e OK\n")));
        IdReply *id = m_client->id({{"name", "lettertray"}});
        EnableReply *enable = m_client->enable({"CONDSTORE"});
        WAIT_FINISHED(enable);
        QVERIFY(id->isOk());
        QCOMPARE(id->serverId().size(), 1);
        QCOMPARE(id->serverId().first().second, QByteArray("Dovecot"));
        QCOMPARE(enable->enabled(), QByteArrayList{"CONDSTORE"});
        QCOMPARE(m_client->enabledCapabilities(), QByteArrayList{"CONDSTORE"});
        SERVER_DONE();
    }

    void closeAndFailedSelectLeaveSelectedState()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                            "C: $s SELECT INBOX\nS: * 2 EXISTS\nS: $s OK\n"
                                            "C: $c CLOSE\nS: $c OK\n"
                                            "C: $t SELECT INBOX\nS: * 2 EXISTS\nS: $t OK\n"
                                            "C: $u SELECT Nope\nS: $u NO no such mailbox\n")));
        m_client->select(QStringLiteral("INBOX"));
        Reply *close = m_client->close();
        WAIT_FINISHED(close);
        QCOMPARE(m_client->state(), Client::State::Authenticated);
        QVERIFY(!m_client->mailboxState()->isSelected());
        SelectReply *again = m_client->select(QStringLiteral("INBOX"));
        SelectReply *missing = m_client->select(QStringLiteral("Nope"));
        WAIT_FINISHED(missing);
        QVERIFY(again->isOk());
        QCOMPARE(missing->status(), Reply::Status::No);
        QCOMPARE(m_client->state(), Client::State::Authenticated); // RFC 9051 §6.3.2
        SERVER_DONE();
    }

    void byeDuringIdleFailsItAtOnce()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
                                            "C: $i IDLE\nS: + idling\n"
                                            "S: * BYE server shutting down\nHANG\n")));
        IdleReply *idle = m_client->idle();
        WAIT_FINISHED(idle);
        QCOMPARE(idle->status(), Reply::Status::ConnectionLost);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::ServerBye);
    }

    void proxyFromTheSettingsIsUsed()
    {
        // The server is reachable directly, but the settings name a SOCKS5 proxy that does
        // not exist: the connection must fail, proving the proxy is what the socket used.
        QVERIFY(listen(kGreeting));
        QTcpServer unused;
        QVERIFY(unused.listen(QHostAddress::LocalHost));
        const quint16 deadPort = unused.serverPort();
        unused.close();
        ConnectionSettings s = settings();
        s.proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), deadPort);
        m_client->connectToHost(s);
        QVERIFY(waitError(ConnectionError::Kind::Network));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void clientInAWorkerThread()
    {
        QVERIFY(listen(kGreeting + QStringLiteral("C: $t NOOP\nS: $t OK\n")));
        QThread worker;
        worker.start();
        auto *client = new Client; // no clock of this thread's: the real one
        client->moveToThread(&worker);
        QSignalSpy connected(client, &Client::connected);
        QAtomicInt noopOk = 0;
        connect(client, &Client::connected, client, [client, &noopOk] {
            // Runs in the worker thread, where the client lives.
            Reply *noop = client->noop();
            connect(noop, &Reply::finished, noop, [noop, &noopOk] {
                noopOk = noop->isOk() ? 1 : 2;
                noop->deleteLater();
            });
        });
        const ConnectionSettings s = settings();
        QMetaObject::invokeMethod(client, [client, s] { client->connectToHost(s); });
        QVERIFY(connected.wait(kWait));
        QTRY_COMPARE_WITH_TIMEOUT(noopOk.loadRelaxed(), 1, kWait);
        QMetaObject::invokeMethod(client, &QObject::deleteLater);
        worker.quit();
        QVERIFY(worker.wait(kWait));
        SERVER_DONE();
    }

    void rawCommandCollectsItsData()
    {
        QVERIFY(connectPlain(
            QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                           "C: $t XLIST \"\" *\nS: * XLIST () \"/\" INBOX\nS: $t OK\n")));
        RawReply *raw = m_client->raw("XLIST \"\" *");
        RawReply *refused = m_client->raw("NOOP\r\nA1 LOGOUT");
        WAIT_FINISHED(raw);
        QVERIFY(raw->isOk());
        QCOMPARE(raw->responses().size(), 1);
        WAIT_FINISHED(refused);
        QCOMPARE(refused->status(), Reply::Status::InvalidArgument);
        SERVER_DONE();
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestClientScripted test;
    int result = QTest::qExec(&test, argc, argv);
    s_split = true; // again, with the server's bytes in 3-byte pieces
    result |= QTest::qExec(&test, argc, argv);
    return result;
}

#include "tst_client_scripted.moc"
