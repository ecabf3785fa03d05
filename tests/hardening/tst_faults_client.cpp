// Fault tests of the client: drops in the middle of a literal of a pipelined FETCH (FIN and
// RST), a server that goes silent mid-response, one byte a second against an overall
// deadline, BYE mid-session, IDLE renewal at 29 minutes and a NAT that silently drops an
// idling connection (both on the fake clock), EXPUNGE/EXISTS inside a FETCH and between
// pipelined STOREs, tagged responses out of order, a hundred repeated ALERTs, and a session
// transcript split at every byte.

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/FakeClock.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/ListReply.h"
#include "imap/MailboxState.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"
#include "support/ScriptedImapServer.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Hardening;
using namespace Imap;
using namespace std::chrono_literals;
using TestSupport::ScriptedImapServer;

namespace {

constexpr int kWait = 5000;

// A selected session over the fake transport on a fake clock; the test plays the server.
struct Session
{
    FakeClock clock;
    FakeTransport transport;
    RecordingServer server{&transport};
    Client client;

    bool open(quint32 exists = 3, ConnectionSettings settings = plainSettings())
    {
        client.setClock(&clock);
        server.setResponder([exists](const ClientCommand &c) -> QByteArray {
            if (c.text.contains(" SELECT ")) {
                QByteArray r = "* " + QByteArray::number(exists) + " EXISTS\r\n";
                for (quint32 i = 1; i <= exists; ++i) {
                    r += "* " + QByteArray::number(i) + " FETCH (UID " +
                         QByteArray::number(i * 10) + ")\r\n";
                }
                return r + c.tag + " OK [READ-WRITE] selected\r\n";
            }
            return {};
        });
        bool ready = false;
        QObject::connect(&client, &Client::connected, [&ready] { ready = true; });
        client.connectToDevice(&transport, settings);
        transport.serverSend("* PREAUTH [CAPABILITY IMAP4rev1 IDLE UIDPLUS] hi\r\n");
        if (!waitFor([&] { return ready; })) {
            return false;
        }
        SelectReply *select = client.select(QStringLiteral("INBOX"));
        return waitFor([select] { return select->isFinished(); }) && select->isOk();
    }
    bool sent(int n)
    {
        return waitFor([this, n] { return server.commands().size() >= n; });
    }
    QByteArray tagOf(int index) const { return server.commands().value(index).tag; }
};

} // namespace

class TestFaultsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropMidLiteralOfPipelinedFetch_data()
    {
        QTest::addColumn<QString>("drop");
        QTest::newRow("FIN") << QStringLiteral("CLOSE");
        QTest::newRow("RST") << QStringLiteral("RST");
    }
    void dropMidLiteralOfPipelinedFetch()
    {
        QFETCH(QString, drop);
        ScriptedImapServer server;
        QVERIFY(server.setScript(
            QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                           "C: $s SELECT INBOX\nS: * 2 EXISTS\nS: $s OK\n"
                           "C: $f UID FETCH 1:2 (BODY.PEEK[])\n"
                           "C: $l LIST \"\" \"*\"\n"
                           "C: $t STATUS Sent (MESSAGES)\n"
                           "S: * LIST () \"/\" INBOX\n"
                           "R: * 1 FETCH (UID 1 BODY[] {5000}\\r\\nFrom: a@b\\r\\nSubject: half\n"
                           "W: 50\n") +
            drop + QStringLiteral("\n")));
        QVERIFY(server.listen());
        Client client;
        ConnectionSettings s = plainSettings();
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        QSignalSpy connected(&client, &Client::connected);
        QSignalSpy disconnected(&client, &Client::disconnected);
        client.connectToHost(s);
        QVERIFY(connected.wait(kWait));
        client.select(QStringLiteral("INBOX"));
        FetchReply *fetch = client.uidFetch(Wire::SequenceSet::range(1, 2), {"BODY.PEEK[]"});
        QSignalSpy messages(fetch, &FetchReply::messageReceived);
        ListReply *list = client.list(QString(), QStringLiteral("*"));
        StatusReply *status = client.status(QStringLiteral("Sent"), {"MESSAGES"});
        Reply *queued = client.noop();
        QTRY_VERIFY_WITH_TIMEOUT(fetch->isFinished(), kWait);
        for (Reply *r : {static_cast<Reply *>(fetch), static_cast<Reply *>(list),
                         static_cast<Reply *>(status), queued}) {
            QVERIFY(r->isFinished());
            QCOMPARE(r->status(), Reply::Status::ConnectionLost);
        }
        QCOMPARE(messages.count(), 0); // the half message was not delivered as complete
        QCOMPARE(client.state(), Client::State::Disconnected);
        QTRY_COMPARE(disconnected.count(), 1);
        QVERIFY(client.lastError().isError());
    }

    void silentServerMidResponse()
    {
        Session s;
        ConnectionSettings settings = plainSettings();
        settings.inactivityTimeout = 60s;
        QVERIFY(s.open(3, settings));
        FetchReply *fetch = s.client.uidFetch(Wire::SequenceSet::all(), {"BODY.PEEK[]"});
        Reply *queued = s.client.noop();
        QVERIFY(s.sent(2));
        s.transport.serverSend("* 1 FETCH (UID 10 BODY[] {100}\r\nFrom: a");
        s.clock.advance(59s);
        QVERIFY(!fetch->isFinished());
        s.clock.advance(1s);
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
        QCOMPARE(fetch->status(), Reply::Status::Timeout);
        QVERIFY(waitFor([queued] { return queued->isFinished(); }));
        QVERIFY(queued->isLocalError());
        QCOMPARE(s.client.lastError().kind, ConnectionError::Kind::Timeout);
        QCOMPARE(s.client.state(), Client::State::Disconnected);
    }

    // One byte a second keeps the inactivity timer happy forever; the caller's overall
    // deadline still ends the command.
    void byteASecondHitsOverallDeadline()
    {
        Session s;
        ConnectionSettings settings = plainSettings();
        settings.inactivityTimeout = 5s;
        QVERIFY(s.open(3, settings));
        FetchReply *fetch = s.client.uidFetch(Wire::SequenceSet::all(), {"BODY.PEEK[]"});
        fetch->setDeadline(30s);
        QVERIFY(s.sent(2));
        const QByteArray trickle = "* 1 FETCH (UID 10 BODY[] {1000}\r\n" + QByteArray(1000, 'x');
        int seconds = 0;
        for (; seconds < 60 && !fetch->isFinished(); ++seconds) {
            s.transport.serverSend(trickle.mid(seconds, 1));
            s.clock.advance(1s);
            QCoreApplication::processEvents();
        }
        QVERIFY(fetch->isFinished());
        QCOMPARE(fetch->status(), Reply::Status::Timeout);
        QVERIFY2(seconds <= 31, qPrintable(QString::number(seconds)));
        QVERIFY2(seconds >= 29, qPrintable(QString::number(seconds)));
    }

    void byeMidSession()
    {
        Session s;
        QVERIFY(s.open());
        QSignalSpy disconnected(&s.client, &Client::disconnected);
        FetchReply *fetch = s.client.uidFetch(Wire::SequenceSet::all(), {"FLAGS"});
        ListReply *list = s.client.list(QString(), QStringLiteral("*"));
        Reply *queued = s.client.logout();
        QVERIFY(s.sent(3));
        s.transport.serverSend("* 1 FETCH (UID 10 FLAGS ())\r\n* BYE server shutting down\r\n");
        s.transport.serverClose();
        QVERIFY(waitFor([queued] { return queued->isFinished(); }));
        QCOMPARE(fetch->status(), Reply::Status::ConnectionLost);
        QCOMPARE(list->status(), Reply::Status::ConnectionLost);
        QVERIFY(queued->isLocalError());
        QCOMPARE(s.client.lastError().kind, ConnectionError::Kind::ServerBye);
        QCOMPARE(disconnected.count(), 1);
        Reply *after = s.client.noop();
        QVERIFY(waitFor([after] { return after->isFinished(); }));
        QCOMPARE(after->status(), Reply::Status::ConnectionLost);
    }

    void idleRenewalAt29Minutes()
    {
        Session s;
        QVERIFY(s.open());
        s.server.setResponder([](const ClientCommand &c) -> QByteArray {
            if (c.text.endsWith(" IDLE")) {
                return "+ idling\r\n";
            }
            return {};
        });
        IdleReply *idle = s.client.idle();
        QSignalSpy pushes(idle, &IdleReply::pushReceived);
        for (int round = 0; round < 3; ++round) {
            QVERIFY(waitFor([idle] { return idle->isIdling(); }));
            const int commands = int(s.server.commands().size());
            s.clock.advance(28min + 59s);
            QCoreApplication::processEvents();
            QCOMPARE(s.server.commands().size(), commands); // no DONE yet
            s.clock.advance(1s);
            QVERIFY(s.sent(commands + 1));
            QCOMPARE(s.server.commands().last().text, QByteArray("DONE"));
            // A push in the gap, then the old IDLE's completion.
            const QByteArray idleTag = s.server.commands().at(commands - 1).tag;
            s.transport.serverSend("* " + QByteArray::number(4 + round) + " EXISTS\r\n" + idleTag +
                                   " OK IDLE terminated\r\n");
            QVERIFY(waitFor([idle, round] { return idle->renewalCount() == round + 1; }));
        }
        QVERIFY(waitFor([idle] { return idle->isIdling(); }));
        QCOMPARE(pushes.count(), 3);
        QCOMPARE(s.client.mailboxState()->exists(), 6u);
        QVERIFY(!idle->isFinished());
    }

    // A NAT box forgets the connection: nothing arrives and nothing the client sends gets an
    // answer. The renewal's DONE then meets silence and the inactivity timeout ends the
    // connection: detected within idleRenewal + inactivityTimeout.
    void natSilentDropDetected()
    {
        Session s;
        ConnectionSettings settings = plainSettings();
        settings.idleRenewal = 10min;
        settings.inactivityTimeout = 1min;
        QVERIFY(s.open(3, settings));
        s.server.setResponder([](const ClientCommand &c) -> QByteArray {
            return c.text.endsWith(" IDLE") ? QByteArray("+ idling\r\n") : QByteArray();
        });
        QSignalSpy errors(&s.client, &Client::errorOccurred);
        IdleReply *idle = s.client.idle();
        QVERIFY(waitFor([idle] { return idle->isIdling(); }));
        s.server.setResponder(
            [](const ClientCommand &) -> QByteArray { return QByteArray(); }); // dropped
        qint64 elapsedSeconds = 0;
        while (errors.isEmpty() && elapsedSeconds < 3600) {
            s.clock.advance(10s);
            elapsedSeconds += 10;
            QCoreApplication::processEvents();
        }
        QCOMPARE(errors.count(), 1);
        QCOMPARE(s.client.lastError().kind, ConnectionError::Kind::Timeout);
        QVERIFY2(elapsedSeconds <= 11 * 60 + 10, qPrintable(QString::number(elapsedSeconds)));
        QVERIFY(idle->isFinished());
        QVERIFY(idle->isLocalError());
    }

    void expungeAndExistsInsideFetch()
    {
        Session s;
        QVERIFY(s.open(3));
        MailboxState *state = s.client.mailboxState();
        QCOMPARE(state->uidAt(3), 30u);
        FetchReply *fetch = s.client.fetch(Wire::SequenceSet::range(1, 3), {"UID", "FLAGS"});
        QVERIFY(s.sent(2));
        s.transport.serverSend("* 1 FETCH (UID 10 FLAGS ())\r\n"
                               "* 2 EXPUNGE\r\n" // UID 20 goes; 30 becomes seq 2
                               "* 2 FETCH (UID 30 FLAGS (\\Seen))\r\n"
                               "* 4 EXISTS\r\n" // two new: seq 3 and 4
                               "* 3 FETCH (UID 40 FLAGS ())\r\n" +
                               s.tagOf(1) + " OK done\r\n");
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
        QVERIFY(fetch->isOk());
        QCOMPARE(state->exists(), 4u);
        QCOMPARE(state->uidAt(1), 10u);
        QCOMPARE(state->uidAt(2), 30u);
        QCOMPARE(state->uidAt(3), 40u);
        QCOMPARE(fetch->messages().size(), 3);
    }

    void expungeBetweenPipelinedStores()
    {
        Session s;
        QVERIFY(s.open(3));
        MailboxState *state = s.client.mailboxState();
        QSignalSpy expunged(state, &MailboxState::messageExpunged);
        FetchReply *a =
            s.client.uidStore(Wire::SequenceSet::single(10), Client::StoreMode::Add, {"\\Seen"});
        FetchReply *b =
            s.client.uidStore(Wire::SequenceSet::single(30), Client::StoreMode::Add, {"\\Flagged"});
        // UID STOREs collect FETCH data: they run one after the other, each answered with
        // untagged data and an EXPUNGE that arrives in between.
        QVERIFY(s.sent(2));
        s.transport.serverSend("* 1 FETCH (UID 10 FLAGS (\\Seen))\r\n* 2 EXPUNGE\r\n" + s.tagOf(1) +
                               " OK stored\r\n");
        QVERIFY(waitFor([a] { return a->isFinished(); }));
        QVERIFY(s.sent(3));
        s.transport.serverSend("* 2 FETCH (UID 30 FLAGS (\\Flagged))\r\n* 3 EXISTS\r\n" +
                               s.tagOf(2) + " OK stored\r\n");
        QVERIFY(waitFor([b] { return b->isFinished(); }));
        QVERIFY(a->isOk() && b->isOk());
        QCOMPARE(expunged.count(), 1);
        QCOMPARE(state->exists(), 3u);
        QCOMPARE(state->uidAt(2), 30u);
        QCOMPARE(b->messages().size(), 1);
        QCOMPARE(b->messages().first().uid.value_or(0), 30u);
    }

    void taggedResponsesOutOfOrder()
    {
        Session s;
        QVERIFY(s.open(3));
        FetchReply *fetch = s.client.uidFetch(Wire::SequenceSet::all(), {"FLAGS"});
        ListReply *list = s.client.list(QString(), QStringLiteral("*"));
        StatusReply *status = s.client.status(QStringLiteral("Sent"), {"MESSAGES"});
        QVERIFY(s.sent(4)); // pipelined
        const QByteArray f = s.tagOf(1), l = s.tagOf(2), t = s.tagOf(3);
        QVERIFY(f == fetch->tag() && l == list->tag() && t == status->tag());
        s.transport.serverSend("* STATUS Sent (MESSAGES 4)\r\n" + t +
                               " OK status\r\n"
                               "* LIST () \"/\" Sent\r\n" +
                               l +
                               " OK list\r\n"
                               "* 1 FETCH (UID 10 FLAGS ())\r\n" +
                               f + " OK fetch\r\n");
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
        QVERIFY(fetch->isOk() && list->isOk() && status->isOk());
        QCOMPARE(fetch->text(), QStringLiteral("fetch"));
        QCOMPARE(list->text(), QStringLiteral("list"));
        QCOMPARE(status->text(), QStringLiteral("status"));
        QCOMPARE(list->mailboxes().size(), 1);
        QCOMPARE(fetch->messages().size(), 1);
        QCOMPARE(s.client.state(), Client::State::Selected);
    }

    void hundredRepeatedAlerts()
    {
        Session s;
        QVERIFY(s.open());
        QSignalSpy alerts(&s.client, &Client::alertReceived);
        QByteArray burst;
        for (int i = 0; i < 100; ++i) {
            burst += "* OK [ALERT] Maintenance tonight at 22:00\r\n";
        }
        s.transport.serverSend(burst);
        Reply *noop = s.client.noop();
        QVERIFY(s.sent(2));
        s.transport.serverSend("* NO [ALERT] Maintenance tonight at 22:00\r\n" + s.tagOf(1) +
                               " OK [ALERT] Maintenance tonight at 22:00\r\n");
        QVERIFY(waitFor([noop] { return noop->isFinished(); }));
        QCOMPARE(alerts.count(), 1);
        s.transport.serverSend("* OK [ALERT] Something else\r\n");
        QVERIFY(waitFor([&] { return alerts.count() == 2; }));
    }

    // The same transcript split into two pieces at every byte gives the same responses and
    // the same mailbox state.
    void transcriptSplitAtEveryByte()
    {
        const QByteArray header = "Subject: hi\r\nX: {3}\r\n\r\n";
        const QByteArray transcript = "* 1 FETCH (UID 10 FLAGS (\\Seen) BODY[HEADER] {" +
                                      QByteArray::number(header.size()) + "}\r\n" + header +
                                      ")\r\n"
                                      "* 2 EXPUNGE\r\n* 4 EXISTS\r\n* OK [UIDNEXT 50] next\r\n"
                                      "* 3 FETCH (UID 40 FLAGS ())\r\n";
        auto run = [&](qsizetype split, QList<Wire::Response> *responses, quint32 *exists,
                       quint32 *uidNext) -> bool {
            Session s;
            if (!s.open(3)) {
                return false;
            }
            QObject::connect(&s.client, &Client::responseReceived,
                             [responses](const Wire::Response &r) { responses->append(r); });
            FetchReply *fetch = s.client.fetch(Wire::SequenceSet::range(1, 3), {"FLAGS"});
            if (!s.sent(2)) {
                return false;
            }
            s.transport.serverSend(transcript.left(split));
            s.transport.serverSend(transcript.mid(split) + s.tagOf(1) + " OK done\r\n");
            if (!waitFor([fetch] { return fetch->isFinished(); }) || !fetch->isOk()) {
                return false;
            }
            *exists = s.client.mailboxState()->exists();
            *uidNext = s.client.mailboxState()->uidNext();
            return true;
        };
        QList<Wire::Response> reference;
        quint32 exists = 0, uidNext = 0;
        QVERIFY(run(transcript.size(), &reference, &exists, &uidNext));
        QCOMPARE(exists, 4u);
        QCOMPARE(uidNext, 50u);
        for (qsizetype split = 1; split < transcript.size(); ++split) {
            QList<Wire::Response> responses;
            quint32 e = 0, u = 0;
            QVERIFY2(run(split, &responses, &e, &u), qPrintable(QString::number(split)));
            QCOMPARE(responses.size(), reference.size());
            for (qsizetype i = 0; i < responses.size(); ++i) {
                QVERIFY2(responses[i].value == reference[i].value,
                         qPrintable(QStringLiteral("split %1, response %2").arg(split).arg(i)));
            }
            QCOMPARE(e, exists);
            QCOMPARE(u, uidNext);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultsClient)
#include "tst_faults_client.moc"
