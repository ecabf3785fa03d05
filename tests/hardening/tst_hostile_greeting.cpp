// Items 2, 5, 6 and 7, and the greeting faults: PREAUTH while STARTTLS is required, untagged
// data before login, server text in a pre-TLS greeting, REFERRAL codes, and bad or missing
// greetings.

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/FakeClock.h"
#include "imap/ListReply.h"
#include "imap/MailboxState.h"
#include "imap/SelectReply.h"
#include "support/ScriptedClientTest.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Imap;
using namespace std::chrono_literals;

namespace {
constexpr int kWait = 5000;
} // namespace

class TestHostileGreeting : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { createClient(); }
    void cleanup() { destroyClient(); }

    // Item 2.
    void preauthWhileStartTlsRequired_data()
    {
        QTest::addColumn<QString>("greeting");
        QTest::newRow("with STARTTLS")
            << QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] hi\n");
        QTest::newRow("without capability") << QStringLiteral("S: * PREAUTH hi\n");
        QTest::newRow("IMAP4rev2") << QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev2] hi\n");
    }
    void preauthWhileStartTlsRequired()
    {
        QFETCH(QString, greeting);
        QVERIFY(listen(greeting + QStringLiteral("HANG\n")));
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        QSignalSpy connected(m_client.get(), &Client::connected);
        m_client->connectToHost(settings(ConnectionSettings::Security::StartTls));
        SelectReply *select = m_client->select(QStringLiteral("INBOX"));
        QVERIFY(errors.wait(kWait));
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::PreauthNotAllowed);
        QTRY_VERIFY(select->isFinished());
        QVERIFY(!select->isOk());
        QVERIFY(connected.isEmpty());
        QCOMPARE(m_client->state(), Client::State::Disconnected);
        QTest::qWait(20);
        QVERIFY(m_server->received().isEmpty()); // not even SELECT went out in cleartext
    }

    // Item 5: a plaintext session (chosen explicitly) where the server pushes data before the
    // login completes. None of it may end up in the mailbox state or a listing.
    void untaggedBeforeLoginIgnored()
    {
        QVERIFY(listen(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] hi\n"
                                      "S: * LIST () \"/\" Injected\n"
                                      "S: * 3 EXISTS\n"
                                      "S: * 1 FETCH (UID 9 FLAGS (\\Seen))\n"
                                      "C: $a LOGIN alice secret\n"
                                      "S: * LIST () \"/\" AlsoInjected\n"
                                      "S: * 7 EXISTS\n"
                                      "S: * 2 FETCH (FLAGS (\\Deleted))\n"
                                      "S: $a OK [CAPABILITY IMAP4rev1] logged in\n"
                                      "C: $l LIST \"\" \"*\"\n"
                                      "S: * LIST () \"/\" INBOX\n"
                                      "S: $l OK\n"
                                      "C: $s SELECT INBOX\n"
                                      "S: * 1 EXISTS\n"
                                      "S: $s OK [READ-WRITE] ok\n")));
        QSignalSpy responses(m_client.get(), &Client::responseReceived);
        QVERIFY(connectWith(settings(ConnectionSettings::Security::Plaintext), kWait));
        MailboxState *state = m_client->mailboxState();
        QSignalSpy exists(state, &MailboxState::existsChanged);
        QSignalSpy flags(state, &MailboxState::flagsChanged);
        Reply *login = m_client->login(QStringLiteral("alice"), QStringLiteral("secret"));
        ListReply *list = m_client->list(QString(), QStringLiteral("*"));
        SelectReply *select = m_client->select(QStringLiteral("INBOX"));
        QTRY_VERIFY_WITH_TIMEOUT(select->isFinished(), kWait);
        QVERIFY(login->isOk());
        QVERIFY(list->isOk());
        QCOMPARE(list->mailboxes().size(), 1);
        QCOMPARE(list->mailboxes().first().mailbox, QByteArray("INBOX"));
        QCOMPARE(flags.count(), 0);
        QCOMPARE(state->exists(), 1u); // the selected mailbox's own EXISTS only
        for (const auto &args : exists) {
            QCOMPARE(args.at(0).toUInt(), 1u);
        }
        QCOMPARE(state->uidAt(1), 0u); // the UID 9 pushed before login is not remembered
        QVERIFY2(m_server->waitForFinished(kWait), qPrintable(m_server->errorString()));
    }

    // Item 6: before TLS, the server's words are an attacker's words. No text from a BYE or
    // ALERT in a plaintext greeting reaches the user; the error is generic.
    void serverTextBeforeTls_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("BYE") << QStringLiteral(
            "S: * BYE Your mailbox is locked. Visit http://evil.example/unlock\nCLOSE\n");
        QTest::newRow("NO") << QStringLiteral(
            "S: * NO Your mailbox is locked. Visit http://evil.example/unlock\nHANG\n");
        QTest::newRow("ALERT then no STARTTLS") << QStringLiteral(
            "S: * OK [ALERT] Your mailbox is locked. Visit http://evil.example/unlock\n"
            "C: $c CAPABILITY\nS: * CAPABILITY IMAP4rev1\nS: $c OK\nHANG\n");
        QTest::newRow("ALERT before STARTTLS refused") << QStringLiteral(
            "S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: $t STARTTLS\n"
            "S: * OK [ALERT] Your mailbox is locked. Visit http://evil.example/unlock\n"
            "S: $t NO Your mailbox is locked. Visit http://evil.example/unlock\nHANG\n");
        QTest::newRow("BYE after STARTTLS") << QStringLiteral(
            "S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: $t STARTTLS\n"
            "S: * BYE Your mailbox is locked. Visit http://evil.example/unlock\nCLOSE\n");
    }
    void serverTextBeforeTls()
    {
        QFETCH(QString, script);
        QVERIFY(listen(script));
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        QSignalSpy alerts(m_client.get(), &Client::alertReceived);
        m_client->connectToHost(settings(ConnectionSettings::Security::StartTls));
        Reply *noop = m_client->noop();
        QVERIFY(errors.wait(kWait) || !errors.isEmpty());
        QTRY_VERIFY(noop->isFinished());
        QCOMPARE(alerts.count(), 0);
        const ConnectionError error = m_client->lastError();
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(!error.message.contains(QStringLiteral("evil.example")),
                 qPrintable(error.message));
        QVERIFY2(!error.message.contains(QStringLiteral("locked")), qPrintable(error.message));
        QVERIFY2(!noop->errorString().contains(QStringLiteral("evil.example")),
                 qPrintable(noop->errorString()));
    }

    // Item 7: [REFERRAL] (RFC 2221) is never followed: no second connection, the reply just
    // fails with the server's status.
    void referralNeverFollowed_data()
    {
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<bool>("login");
        QTest::newRow("LOGIN")
            << QStringLiteral("C: $a LOGIN alice secret\n"
                              "S: $a NO [REFERRAL IMAP://alice;AUTH=*@127.0.0.1:1/] go there\n")
            << true;
        QTest::newRow("SELECT")
            << QStringLiteral("C: $a LOGIN alice secret\nS: $a OK [CAPABILITY IMAP4rev1] in\n"
                              "C: $s SELECT INBOX\n"
                              "S: $s NO [REFERRAL IMAP://alice@127.0.0.1:1/INBOX] moved\n")
            << false;
        QTest::newRow("untagged OK")
            << QStringLiteral("C: $a LOGIN alice secret\n"
                              "S: * OK [REFERRAL IMAP://127.0.0.1:1/] try there\n"
                              "S: $a OK [CAPABILITY IMAP4rev1] in\n"
                              "C: $s SELECT INBOX\nS: $s OK\n")
            << false;
    }
    void referralNeverFollowed()
    {
        QFETCH(QString, exchange);
        QFETCH(bool, login);
        QVERIFY(listen(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 LOGIN-REFERRALS "
                                      "MAILBOX-REFERRALS] hi\n") +
                       exchange));
        QSignalSpy connected(m_client.get(), &Client::connected);
        m_client->connectToHost(settings(ConnectionSettings::Security::Plaintext));
        QVERIFY(connected.wait(kWait));
        Reply *loginReply = m_client->login(QStringLiteral("alice"), QStringLiteral("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(loginReply->isFinished(), kWait);
        if (login) {
            QCOMPARE(loginReply->status(), Reply::Status::No);
            QCOMPARE(loginReply->responseCode().kind, Wire::ResponseCode::Kind::Referral);
        } else {
            SelectReply *select = m_client->select(QStringLiteral("INBOX"));
            QTRY_VERIFY_WITH_TIMEOUT(select->isFinished(), kWait);
        }
        QVERIFY2(m_server->waitForFinished(kWait), qPrintable(m_server->errorString()));
        QTest::qWait(50);
        QCOMPARE(m_server->connectionCount(), 1);
        QCOMPARE(connected.count(), 1);
    }

    // Fault list: bad or missing greetings.
    void badGreetings_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::newRow("HTTP") << QByteArray("HTTP/1.1 400 Bad Request\r\n");
        QTest::newRow("SMTP") << QByteArray("220 mail.example ESMTP\r\n");
        QTest::newRow("tagged") << QByteArray("A0001 OK hi\r\n");
        QTest::newRow("continuation") << QByteArray("+ hi\r\n");
        QTest::newRow("empty line") << QByteArray("\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        QTest::newRow("EXISTS") << QByteArray("* 3 EXISTS\r\n");
        QTest::newRow("unterminated") << QByteArray("* OK [CAPABILITY IMAP4rev1");
        QTest::newRow("closed at once") << QByteArray();
    }
    void badGreetings()
    {
        QFETCH(QByteArray, greeting);
        Hardening::FakeTransport transport;
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        QSignalSpy connected(m_client.get(), &Client::connected);
        ConnectionSettings s = Hardening::plainSettings();
        s.greetingTimeout = 10s;
        m_client->connectToDevice(&transport, s);
        Reply *queued = m_client->noop();
        transport.serverSend(greeting);
        if (greeting.isEmpty() || !greeting.endsWith('\n')) {
            transport.serverClose();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), kWait);
        QVERIFY(connected.isEmpty());
        QTRY_VERIFY(queued->isFinished());
        QVERIFY(queued->isLocalError());
        QCOMPARE(m_client->state(), Client::State::Disconnected);
        QVERIFY(transport.written().isEmpty());
    }

    void missingGreetingTimesOut()
    {
        Hardening::FakeTransport transport;
        FakeClock &clock = *m_clock;
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        ConnectionSettings s = Hardening::plainSettings();
        s.greetingTimeout = 30s;
        m_client->connectToDevice(&transport, s);
        transport.serverSend("* O"); // a start, then silence
        clock.advance(29s);
        QCOMPARE(errors.count(), 0);
        clock.advance(1s);
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestHostileGreeting)
#include "tst_hostile_greeting.moc"
