// Item 15: numbers at and beyond the edges of their types. UIDs, UIDVALIDITY, UIDNEXT and
// EXISTS of 4294967295, 4294967296, 0 and -1; mod-sequences of 2^63-1 and 2^63; COPYUID and
// VANISHED over 1:4294967295. Each is held exactly, or rejected (the state keeps its previous
// value) -- never wrapped, and ranges are never expanded (RSS stays flat).

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/FakeClock.h"
#include "imap/FetchReply.h"
#include "imap/MailboxState.h"
#include "imap/RawReply.h"
#include "imap/SelectReply.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Hardening;
using namespace Imap;

namespace {

struct Session
{
    FakeClock clock;
    FakeTransport transport;
    RecordingServer server{&transport};
    Client client;
    QByteArray selectExtra;

    bool open()
    {
        client.setClock(&clock);
        server.setResponder([this](const ClientCommand &c) -> QByteArray {
            if (c.text.contains(" SELECT ")) {
                return "* 3 EXISTS\r\n* OK [UIDVALIDITY 7] v\r\n* OK [UIDNEXT 10] n\r\n"
                       "* OK [HIGHESTMODSEQ 5] m\r\n" +
                       selectExtra + c.tag + " OK [READ-WRITE] selected\r\n";
            }
            return {};
        });
        if (!connectOver(&client, &transport,
                         "* PREAUTH [CAPABILITY IMAP4rev1 CONDSTORE QRESYNC ENABLE UIDPLUS] "
                         "hi\r\n")) {
            return false;
        }
        SelectReply *select = client.select(QStringLiteral("INBOX"));
        return waitFor([select] { return select->isFinished(); }) && select->isOk();
    }

    // Sends unsolicited lines, then proves the connection still works (or is cleanly gone).
    bool push(const QByteArray &lines)
    {
        transport.serverSend(lines);
        if (client.state() == Client::State::Disconnected) {
            return client.lastError().isError();
        }
        const qsizetype before = server.commands().size();
        Reply *noop = client.noop();
        if (!waitFor([this, before] { return server.commands().size() > before; })) {
            return false;
        }
        transport.serverSend(server.commands().last().tag + " OK done\r\n");
        return waitFor([noop] { return noop->isFinished(); }) && noop->isOk();
    }
};

} // namespace

class TestHostileNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exists_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2^32-1") << QByteArray("4294967295") << true;
        QTest::newRow("2^32") << QByteArray("4294967296") << false;
        QTest::newRow("0") << QByteArray("0") << true;
        QTest::newRow("-1") << QByteArray("-1") << false;
        QTest::newRow("2^64") << QByteArray("18446744073709551616") << false;
    }
    void exists()
    {
        QFETCH(QByteArray, number);
        QFETCH(bool, valid);
        Session s;
        QVERIFY(s.open());
        const qint64 before = rssKiB();
        QVERIFY(s.push("* " + number + " EXISTS\r\n"));
        if (s.client.state() != Client::State::Disconnected) {
            QCOMPARE(s.client.mailboxState()->exists(), valid ? number.toUInt() : 3u);
        }
        // A FETCH for the last message and an EXPUNGE of the first must not touch every
        // sequence number in between.
        if (valid && number != "0") {
            QVERIFY(s.push("* " + number +
                           " FETCH (UID 4294967295 FLAGS (\\Seen))\r\n"
                           "* 1 EXPUNGE\r\n"));
        }
        const qint64 growth = rssKiB() - before;
        QVERIFY2(growth < 1024, qPrintable(QString::number(growth)));
    }

    void uidsAndValidity_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("valid");
        for (const char *code : {"UIDVALIDITY", "UIDNEXT"}) {
            QTest::addRow("%s 2^32-1", code)
                << QByteArray(code) << QByteArray("4294967295") << true;
            QTest::addRow("%s 2^32", code) << QByteArray(code) << QByteArray("4294967296") << false;
            QTest::addRow("%s -1", code) << QByteArray(code) << QByteArray("-1") << false;
            QTest::addRow("%s 2^64", code)
                << QByteArray(code) << QByteArray("18446744073709551616") << false;
        }
        QTest::addRow("UIDNEXT 0") << QByteArray("UIDNEXT") << QByteArray("0") << false;
        QTest::addRow("UIDVALIDITY 0") << QByteArray("UIDVALIDITY") << QByteArray("0") << false;
    }
    void uidsAndValidity()
    {
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, number);
        QFETCH(bool, valid);
        Session s;
        QVERIFY(s.open());
        MailboxState *state = s.client.mailboxState();
        QVERIFY(s.push("* OK [" + code + ' ' + number + "] hostile\r\n"));
        if (s.client.state() == Client::State::Disconnected) {
            return; // rejected by closing: acceptable
        }
        const quint32 value = code == "UIDNEXT" ? state->uidNext() : state->uidValidity();
        const quint32 previous = code == "UIDNEXT" ? 10 : 7;
        if (valid) {
            QCOMPARE(value, number.toUInt());
        } else {
            // Rejected: never wrapped to a small number. (0 is not a valid UIDVALIDITY or
            // UIDNEXT; holding it unchanged is the safe reading.)
            QVERIFY2(value == previous || (number == "0" && value == 0),
                     qPrintable(QString::number(value)));
        }
    }

    void fetchUids_data()
    {
        QTest::addColumn<QByteArray>("uid");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2^32-1") << QByteArray("4294967295") << true;
        QTest::newRow("2^32") << QByteArray("4294967296") << false;
        QTest::newRow("0") << QByteArray("0") << false;
        QTest::newRow("-1") << QByteArray("-1") << false;
    }
    void fetchUids()
    {
        QFETCH(QByteArray, uid);
        QFETCH(bool, valid);
        Session s;
        QVERIFY(s.open());
        FetchReply *fetch = s.client.uidFetch(Wire::SequenceSet::range(1, 4294967295u), {"FLAGS"});
        QVERIFY(waitFor([&] { return s.server.commands().size() == 2; }));
        s.transport.serverSend("* 1 FETCH (UID " + uid + " FLAGS (\\Seen))\r\n" + fetch->tag() +
                               " OK done\r\n");
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
        if (!fetch->isOk()) {
            QVERIFY(fetch->isLocalError());
            return;
        }
        for (const Wire::Fetch &message : fetch->messages()) {
            if (valid) {
                QCOMPARE(message.uid.value_or(0), uid.toUInt());
            } else {
                // Wrapped values would be 0 or 4294967295.
                QVERIFY(!message.uid.has_value() || message.uid.value() == 0);
            }
        }
    }

    void modSequences_data()
    {
        QTest::addColumn<QByteArray>("modseq");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2^63-1") << QByteArray("9223372036854775807") << true;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << false;
        QTest::newRow("2^64") << QByteArray("18446744073709551616") << false;
        QTest::newRow("-1") << QByteArray("-1") << false;
    }
    void modSequences()
    {
        QFETCH(QByteArray, modseq);
        QFETCH(bool, valid);
        Session s;
        QVERIFY(s.open());
        MailboxState *state = s.client.mailboxState();
        QVERIFY(s.push("* OK [HIGHESTMODSEQ " + modseq + "] x\r\n"));
        if (s.client.state() == Client::State::Disconnected) {
            return;
        }
        if (valid) {
            QCOMPARE(state->highestModSeq(), modseq.toULongLong());
        } else {
            // RFC 7162: mod-sequences stop at 2^63-1; a bigger value is not taken as is.
            QVERIFY2(state->highestModSeq() == 5 ||
                         state->highestModSeq() <= 9223372036854775807ull,
                     qPrintable(QString::number(state->highestModSeq())));
        }
        QSignalSpy modSeqs(state, &MailboxState::modSeqChanged);
        QVERIFY(s.push("* 1 FETCH (UID 1 MODSEQ (" + modseq + "))\r\n"));
        for (const auto &args : modSeqs) {
            const quint64 value = args.at(1).toULongLong();
            QVERIFY(valid ? value == modseq.toULongLong() : value <= 9223372036854775807ull);
        }
    }

    void copyUidRangesAreNotExpanded()
    {
        Session s;
        QVERIFY(s.open());
        const qint64 before = rssKiB();
        RawReply *copy = s.client.raw("UID COPY 1:* Trash");
        QVERIFY(waitFor([&] { return s.server.commands().size() == 2; }));
        s.transport.serverSend(copy->tag() + " OK [COPYUID 9 1:4294967295 1:4294967295] done\r\n");
        QVERIFY(waitFor([copy] { return copy->isFinished(); }));
        QVERIFY(copy->isOk());
        const Wire::ResponseCode code = copy->responseCode();
        QCOMPARE(code.kind, Wire::ResponseCode::Kind::CopyUid);
        QCOMPARE(code.sourceUids.size(), 1);
        QCOMPARE(code.sourceUids.first().first, 1u);
        QCOMPARE(code.sourceUids.first().last, 4294967295u);
        QCOMPARE(code.uids.size(), 1);
        const qint64 growth = rssKiB() - before;
        QVERIFY2(growth < 1024, qPrintable(QString::number(growth)));
    }

    // A tagged OK whose COPYUID does not parse: the command ends at once as a protocol error
    // (not at the inactivity timeout), and never with the broken ranges taken as data.
    void copyUidOutOfRangeRejected()
    {
        Session s;
        QVERIFY(s.open());
        RawReply *copy = s.client.raw("UID COPY 1:* Trash");
        QVERIFY(waitFor([&] { return s.server.commands().size() == 2; }));
        s.transport.serverSend(copy->tag() + " OK [COPYUID 9 1:4294967296 0:-1] done\r\n");
        QVERIFY(waitFor([copy] { return copy->isFinished(); }));
        QCOMPARE(copy->status(), Reply::Status::ProtocolError);
        for (const Wire::NumberRange &r : copy->responseCode().sourceUids) {
            QVERIFY(r.last != 0 || r.first != 0);
        }
        QVERIFY(copy->responseCode().uids.isEmpty() || copy->responseCode().uids.size() == 1);
    }

    void vanishedRangeIsNotExpanded()
    {
        Session s;
        QVERIFY(s.open());
        QSignalSpy vanished(s.client.mailboxState(), &MailboxState::uidsVanished);
        const qint64 before = rssKiB();
        QVERIFY(s.push("* VANISHED 1:4294967295\r\n* VANISHED (EARLIER) 1:4294967295,7\r\n"));
        const qint64 growth = rssKiB() - before;
        QVERIFY2(growth < 1024, qPrintable(QString::number(growth)));
        for (const auto &args : vanished) {
            const auto ranges = args.at(0).value<Wire::NumberRanges>();
            QVERIFY(ranges.size() <= 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileNumbers)
#include "tst_hostile_numbers.moc"
