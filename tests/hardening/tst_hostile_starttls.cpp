// Items 1, 3 and 4: STARTTLS stripping and injection (the 2021 "NO STARTTLS" findings).
// With STARTTLS required, a server that does not advertise it, refuses it, answers it with
// '+', or closes the connection ends the session before any credential is sent; bytes after
// the tagged OK (same segment or a later one, before the handshake) abort; untagged data before
// STARTTLS is ignored and the capabilities are read again over TLS.

#include "imap/Client.h"
#include "imap/ListReply.h"
#include "imap/MailboxState.h"
#include "support/ScriptedClientTest.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Imap;
using TestSupport::ScriptedImapServer;
using TestSupport::TestCertificates;

namespace {
constexpr int kWait = 5000;
const QString kPassword = QStringLiteral("hunter2-very-secret");
} // namespace

class TestHostileStartTls : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

    // STARTTLS required, and a hanging server fails the connection within the test's wait.
    ConnectionSettings settings()
    {
        ConnectionSettings s = ScriptedClientTest::settings(ConnectionSettings::Security::StartTls);
        s.greetingTimeout = std::chrono::seconds(3);
        s.tlsHandshakeTimeout = std::chrono::seconds(3);
        return s;
    }

    // Starts the client with credentials already queued (the most tempting moment to leak
    // them) and waits for the connection to fail.
    bool failsWithoutCredentials(const QString &script, ConnectionError::Kind *kind)
    {
        if (!listen(script)) {
            return false;
        }
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        QSignalSpy connected(m_client.get(), &Client::connected);
        m_client->connectToHost(settings());
        Reply *login = m_client->login(QStringLiteral("alice"), kPassword);
        Reply *auth = m_client->authenticate(QStringLiteral("alice"), kPassword);
        if (!errors.wait(kWait) && errors.isEmpty()) {
            qWarning() << "no error";
            return false;
        }
        if (!QTest::qWaitFor([&] { return login->isFinished() && auth->isFinished(); }, kWait)) {
            qWarning() << "queued commands did not finish";
            return false;
        }
        QTest::qWait(50);
        *kind = m_client->lastError().kind;
        const QByteArray wire = m_server->received();
        if (wire.contains(kPassword.toUtf8()) || wire.contains("LOGIN") ||
            wire.contains("AUTHENTICATE")) {
            qWarning() << "credentials went out:" << wire;
            return false;
        }
        if (!connected.isEmpty() || m_client->isEncrypted() || login->isOk() || auth->isOk()) {
            qWarning() << "the session went on";
            return false;
        }
        return m_client->state() == Client::State::Disconnected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestCertificates::available()) {
            QSKIP(qPrintable(TestCertificates::errorString()));
        }
    }
    void init() { createClient(Timers::Real); }
    void cleanup() { destroyClient(); }

    // Item 1.
    void startTlsUnusable_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("kind");
        QTest::newRow("not advertised")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nHANG\n")
            << int(ConnectionError::Kind::StartTlsUnavailable);
        QTest::newRow("not advertised, asked")
            << QStringLiteral("S: * OK hi\nC: $c CAPABILITY\n"
                              "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: $c OK\nHANG\n")
            << int(ConnectionError::Kind::StartTlsUnavailable);
        QTest::newRow("refused NO") << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                                                      "C: $t STARTTLS\nS: $t NO not today\nHANG\n")
                                    << int(ConnectionError::Kind::StartTlsRefused);
        QTest::newRow("refused BAD")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nS: $t BAD what\nHANG\n")
            << int(ConnectionError::Kind::StartTlsRefused);
        QTest::newRow("answered with +")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nS: + go ahead\nHANG\n")
            << int(ConnectionError::Kind::ProtocolError);
        QTest::newRow("closed") << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                                                  "C: $t STARTTLS\nCLOSE\n")
                                << int(ConnectionError::Kind::ConnectionLost);
        QTest::newRow("reset") << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                                                 "C: $t STARTTLS\nRST\n")
                               << int(ConnectionError::Kind::Network);
        QTest::newRow("BYE instead")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nS: * BYE no TLS here\nCLOSE\n")
            << int(ConnectionError::Kind::ServerBye);
    }
    void startTlsUnusable()
    {
        QFETCH(QString, script);
        QFETCH(int, kind);
        ConnectionError::Kind actual = ConnectionError::Kind::None;
        QVERIFY(failsWithoutCredentials(script, &actual));
        // The exact kind matters less than failing closed; the ones we know must match, and
        // a closed connection may be reported as lost or as a network error.
        const auto expected = ConnectionError::Kind(kind);
        const bool lostEitherWay = (expected == ConnectionError::Kind::ConnectionLost ||
                                    expected == ConnectionError::Kind::Network ||
                                    expected == ConnectionError::Kind::ServerBye) &&
                                   (actual == ConnectionError::Kind::ConnectionLost ||
                                    actual == ConnectionError::Kind::Network ||
                                    actual == ConnectionError::Kind::ServerBye ||
                                    actual == ConnectionError::Kind::StartTlsRefused);
        QVERIFY2(actual == expected || lostEitherWay ||
                     (expected == ConnectionError::Kind::ProtocolError &&
                      actual == ConnectionError::Kind::StartTlsRefused),
                 qPrintable(ConnectionError::kindName(actual)));
    }

    // Item 3.
    void bytesAfterStartTlsOk_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("same segment")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\n"
                              "R: A0001 OK go\\r\\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] x\\r\\n\n"
                              "HANG\n");
        QTest::newRow("same segment, partial line")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nR: A0001 OK go\\r\\n* \nHANG\n");
        QTest::newRow("same segment, tagged")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nR: A0001 OK go\\r\\nA0002 OK [CAPABILITY "
                              "IMAP4rev1] fake\\r\\n\nHANG\n");
        QTest::newRow("following segment")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nS: $t OK go\n"
                              "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\nHANG\n");
        QTest::newRow("following segment after a pause")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nS: $t OK go\nW: 100\n"
                              "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\nHANG\n");
    }
    void bytesAfterStartTlsOk()
    {
        QFETCH(QString, script);
        QVERIFY(listen(script));
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        QSignalSpy connected(m_client.get(), &Client::connected);
        m_client->connectToHost(settings());
        Reply *login = m_client->login(QStringLiteral("alice"), kPassword);
        QVERIFY(errors.wait(kWait) || !errors.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(login->isFinished(), kWait);
        // Before the handshake the bytes are an injection; once the client has started the
        // handshake they break it instead. Either way: closed, unencrypted, nothing sent.
        const auto kind = m_client->lastError().kind;
        QVERIFY2(kind == ConnectionError::Kind::StartTlsInjection ||
                     kind == ConnectionError::Kind::TlsHandshake,
                 qPrintable(ConnectionError::kindName(kind)));
        QVERIFY(connected.isEmpty());
        QVERIFY(!m_client->isEncrypted());
        QVERIFY(!login->isOk());
        QVERIFY(!m_server->received().contains(kPassword.toUtf8()));
        QVERIFY(!m_client->hasCapability("AUTH=PLAIN"));
    }

    // Item 4.
    void untaggedBeforeStartTlsIgnored()
    {
        QVERIFY(m_server->setScript(
            QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS X-BEFORE] hi\n"
                           "C: $t STARTTLS\n"
                           "S: * LIST () \"/\" Injected\n"
                           "S: * STATUS INBOX (MESSAGES 666)\n"
                           "S: * 5 EXISTS\n"
                           "S: * 1 FETCH (FLAGS (\\Seen))\n"
                           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN X-INJECTED\n"
                           "S: * OK [ALERT] Your account is suspended; call +1 555 0100\n"
                           "S: $t OK begin TLS\n"
                           "STARTTLS\n"
                           "C: $c CAPABILITY\n"
                           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN X-AFTER\n"
                           "S: $c OK\n")));
        QVERIFY(m_server->listen());
        QSignalSpy connected(m_client.get(), &Client::connected);
        QSignalSpy alerts(m_client.get(), &Client::alertReceived);
        m_client->connectToHost(settings());
        QVERIFY(connected.wait(kWait));
        QVERIFY(m_client->isEncrypted());
        QVERIFY(m_client->hasCapability("X-AFTER"));
        QVERIFY(!m_client->hasCapability("X-INJECTED"));
        QVERIFY(!m_client->hasCapability("X-BEFORE"));
        QCOMPARE(alerts.count(), 0);
        QCOMPARE(m_client->mailboxState()->exists(), 0u);
        QVERIFY2(m_server->waitForFinished(kWait), qPrintable(m_server->errorString()));
    }
};

QTEST_GUILESS_MAIN(TestHostileStartTls)
#include "tst_hostile_starttls.moc"
