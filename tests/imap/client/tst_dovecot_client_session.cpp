// A whole session against the real Dovecot the test harness starts (scripts/lib/session.sh):
// implicit TLS and STARTTLS, LOGIN and AUTHENTICATE, select, append, fetch, store, search,
// expunge, and IDLE woken by a delivery from another connection.

#include "imap/AppendReply.h"
#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/MailboxState.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"
#include "support/DovecotFixture.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Imap;
using Security = ConnectionSettings::Security;
using TestSupport::DovecotFixture;

namespace {
constexpr int kWait = 10000;
}

#define WAIT_OK(reply)                                                                             \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), kWait);                                    \
        QVERIFY2((reply)->isOk(), qPrintable((reply)->errorString()));                             \
    } while (false)

class TestDovecotClientSession : public QObject
{
    Q_OBJECT

private:
    DovecotFixture m_dovecot;

    ConnectionSettings settings(Security security) const
    {
        ConnectionSettings s;
        s.host = m_dovecot.host();
        s.security = security;
        s.port = security == Security::ImplicitTls ? m_dovecot.imapsPort() : m_dovecot.imapPort();
        s.caCertificates = m_dovecot.caCertificates();
        s.useSystemCaCertificates = false;
        s.peerVerifyName = QStringLiteral("localhost");
        return s;
    }

private Q_SLOTS:
    void initTestCase() { LETTERTRAY_REQUIRE(m_dovecot.status()); }

    void session_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::newRow("implicit TLS, LOGIN") << int(Security::ImplicitTls) << QByteArray();
        QTest::newRow("implicit TLS, PLAIN") << int(Security::ImplicitTls) << QByteArray("PLAIN");
        QTest::newRow("STARTTLS, PLAIN") << int(Security::StartTls) << QByteArray("PLAIN");
        QTest::newRow("implicit TLS, SCRAM-SHA-256")
            << int(Security::ImplicitTls) << QByteArray("SCRAM-SHA-256");
        QTest::newRow("STARTTLS, SCRAM-SHA-1")
            << int(Security::StartTls) << QByteArray("SCRAM-SHA-1");
    }
    void session()
    {
        QFETCH(int, security);
        QFETCH(QByteArray, mechanism);
        const DovecotFixture::User user = m_dovecot.createUser(QStringLiteral("client"));
        QVERIFY2(!user.name.isEmpty(), qPrintable(m_dovecot.errorString()));

        Client client;
        QSignalSpy connected(&client, &Client::connected);
        QSignalSpy errors(&client, &Client::errorOccurred);
        client.connectToHost(settings(Security(security)));
        QVERIFY2(connected.wait(kWait), qPrintable(client.lastError().message));
        QVERIFY(client.isEncrypted());

        Reply *login = mechanism.isEmpty()
                           ? client.login(user.name, user.password)
                           : client.authenticate(user.name, user.password, mechanism);
        WAIT_OK(login);
        QCOMPARE(client.state(), Client::State::Authenticated);

        const QByteArray message =
            DovecotFixture::sampleMessage(QStringLiteral("hello from the test"));
        AppendReply *append = client.append(QStringLiteral("INBOX"), message, {"\\Flagged"});
        WAIT_OK(append);
        QVERIFY(append->uid() > 0); // Dovecot has UIDPLUS

        SelectReply *select = client.select(QStringLiteral("INBOX"));
        WAIT_OK(select);
        QCOMPARE(select->exists(), 1u);
        QVERIFY(select->uidValidity() > 0);
        QCOMPARE(client.state(), Client::State::Selected);

        FetchReply *fetch =
            client.uidFetch(Wire::SequenceSet::all(), {"UID", "FLAGS", "ENVELOPE", "BODY.PEEK[]"});
        WAIT_OK(fetch);
        QCOMPARE(fetch->messages().size(), 1);
        const Wire::Fetch fetched = fetch->messages().first();
        QCOMPARE(fetched.uid, std::optional<quint32>(append->uid()));
        QVERIFY(fetched.envelope);
        QCOMPARE(fetched.envelope->subject, QByteArray("hello from the test"));
        QVERIFY(fetched.flags && fetched.flags->contains("\\Flagged"));
        QCOMPARE(fetched.extras->sections.size(), 1);
        QCOMPARE(fetched.extras->sections.first().data, message);

        FetchReply *store = client.store(Wire::SequenceSet::single(1), Client::StoreMode::Add,
                                         {"\\Seen", "\\Deleted"});
        WAIT_OK(store);
        QCOMPARE(store->messages().size(), 1);
        QVERIFY(store->messages().first().flags->contains("\\Deleted"));

        SearchReply *search = client.uidSearch({Wire::CommandArgument::atom("DELETED")});
        WAIT_OK(search);
        QCOMPARE(search->numbers(), QList<quint32>{append->uid()});

        QSignalSpy expunged(client.mailboxState(), &MailboxState::messageExpunged);
        Reply *expunge = client.expunge();
        WAIT_OK(expunge);
        QCOMPARE(expunged.count(), 1);
        QCOMPARE(client.mailboxState()->exists(), 0u);

        // IDLE, woken by a delivery through another connection (doveadm).
        IdleReply *idle = client.idle();
        QSignalSpy started(idle, &IdleReply::started);
        QVERIFY(started.wait(kWait));
        QSignalSpy exists(client.mailboxState(), &MailboxState::existsChanged);
        QElapsedTimer latency;
        latency.start();
        QVERIFY2(
            m_dovecot.deliver(user.name, DovecotFixture::sampleMessage(QStringLiteral("pushed"))),
            qPrintable(m_dovecot.errorString()));
        QVERIFY(exists.wait(kWait));
        // Informational: delivery (doveadm run included) to the push arriving over IDLE.
        qInfo("IDLE push %lld ms after the delivery started", qint64(latency.elapsed()));
        QCOMPARE(client.mailboxState()->exists(), 1u);
        idle->stop();
        WAIT_OK(idle);

        Reply *logout = client.logout();
        WAIT_OK(logout);
        QCOMPARE(errors.count(), 0);
    }

    // Issue 9 W4: separately issued UID STOREs of different messages and STATUS of different
    // folders are all on the wire at once (rule 2 by response key), and Dovecot's answers
    // reach the right replies.
    void pipelinedUidStoresAndStatus()
    {
        constexpr int kMessages = 100;
        constexpr int kFolders = 10;
        const DovecotFixture::User user = m_dovecot.createUser(QStringLiteral("pipeline"));
        QVERIFY2(!user.name.isEmpty(), qPrintable(m_dovecot.errorString()));
        Client client;
        QSignalSpy connected(&client, &Client::connected);
        QSignalSpy errors(&client, &Client::errorOccurred);
        client.connectToHost(settings(Security::ImplicitTls));
        QVERIFY2(connected.wait(kWait), qPrintable(client.lastError().message));
        Reply *login = client.login(user.name, user.password);
        WAIT_OK(login);

        QList<Reply *> setup;
        for (int i = 0; i < kMessages; ++i) {
            setup.append(client.append(QStringLiteral("INBOX"), DovecotFixture::sampleMessage(
                                                                    QStringLiteral("m%1").arg(i))));
        }
        for (int i = 0; i < kFolders; ++i) {
            setup.append(client.create(QStringLiteral("f%1").arg(i)));
        }
        for (Reply *reply : std::as_const(setup)) {
            WAIT_OK(reply);
        }
        SelectReply *select = client.select(QStringLiteral("INBOX"));
        WAIT_OK(select);
        QCOMPARE(select->exists(), quint32(kMessages));
        FetchReply *uids = client.uidFetch(Wire::SequenceSet::all(), {"UID"});
        WAIT_OK(uids);
        QCOMPARE(uids->messages().size(), kMessages);

        client.setTraceEnabled(true);
        int storesSent = 0;
        connect(&client, &Client::traceSent, this, [&storesSent](const QByteArray &line) {
            storesSent += line.contains(" UID STORE ") ? 1 : 0;
        });
        QList<FetchReply *> stores;
        for (const Wire::Fetch &message : uids->messages()) {
            stores.append(client.uidStore(Wire::SequenceSet::single(*message.uid),
                                          Client::StoreMode::Add, {"\\Seen"}));
        }
        int sentWhenTheFirstFinished = 0;
        connect(stores.first(), &Reply::finished, this,
                [&] { sentWhenTheFirstFinished = storesSent; });
        QList<StatusReply *> statuses;
        for (int i = 0; i < kFolders; ++i) {
            statuses.append(client.status(QStringLiteral("f%1").arg(i), {"MESSAGES", "UIDNEXT"}));
        }
        for (int i = 0; i < kMessages; ++i) {
            FetchReply *store = stores.at(i);
            WAIT_OK(store);
            const quint32 uid = *uids->messages().at(i).uid;
            QCOMPARE(store->messages().size(), 1);
            QCOMPARE(store->messages().first().uid, std::optional<quint32>(uid));
            QVERIFY(store->messages().first().flags->contains("\\Seen"));
        }
        QCOMPARE(sentWhenTheFirstFinished, kMessages); // all on the wire before any answer
        for (int i = 0; i < kFolders; ++i) {
            WAIT_OK(statuses.at(i));
            QCOMPARE(statuses.at(i)->status().mailbox, QStringLiteral("f%1").arg(i).toUtf8());
            QCOMPARE(statuses.at(i)->status().messages, std::optional<quint32>(0));
        }

        FetchReply *check = client.uidFetch(Wire::SequenceSet::all(), {"FLAGS"});
        WAIT_OK(check);
        QCOMPARE(check->messages().size(), kMessages);
        for (const Wire::Fetch &message : check->messages()) {
            QVERIFY(message.flags && message.flags->contains("\\Seen"));
        }
        Reply *logout = client.logout();
        WAIT_OK(logout);
        QCOMPARE(errors.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDovecotClientSession)
#include "tst_dovecot_client_session.moc"
