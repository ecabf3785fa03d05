#include "imap/CommandScheduler.h"
#include "imap/CommandTable.h"
#include "imap/wire/MailboxName.h"

#include <QtTest/QTest>

using Imap::CommandKind;
using Imap::CommandScheduler;
using Imap::CommandTable;
using Imap::ResponseKey;
using Imap::Wire::MailboxName;
using Imap::Wire::SequenceSet;

Q_DECLARE_METATYPE(ResponseKey)

namespace {
using Ids = QList<CommandScheduler::CommandId>;
}

class TestCommandScheduler : public QObject
{
    Q_OBJECT

private:
    static void add(CommandScheduler &s, CommandScheduler::CommandId id, CommandKind kind)
    {
        s.enqueue(id, CommandTable::traits(kind));
    }
    static void add(CommandScheduler &s, CommandScheduler::CommandId id, CommandKind kind,
                    const ResponseKey &key)
    {
        s.enqueue(id, CommandTable::traits(kind), &key);
    }
    static ResponseKey uids(const char *set)
    {
        const auto parsed = SequenceSet::parse(set);
        Q_ASSERT(parsed);
        return ResponseKey::uids(*parsed);
    }

private Q_SLOTS:
    void syncCommandBlocksEverythingAfterIt() // rule 1
    {
        CommandScheduler s;
        add(s, 1, CommandKind::Select);
        add(s, 2, CommandKind::UidFetch);
        add(s, 3, CommandKind::Noop);
        QCOMPARE(s.takeStartable(), Ids{1});
        QCOMPARE(s.takeStartable(), Ids{});
        s.finish(1);
        QCOMPARE(s.takeStartable(), (Ids{2, 3}));
    }

    void sameUntaggedTypeWaits() // rule 2
    {
        CommandScheduler s;
        add(s, 1, CommandKind::UidFetch);
        add(s, 2, CommandKind::UidStore); // also answers with * FETCH
        add(s, 3, CommandKind::UidFetch);
        QCOMPARE(s.takeStartable(), Ids{1});
        s.finish(1);
        QCOMPARE(s.takeStartable(), Ids{2});
        s.finish(2);
        QCOMPARE(s.takeStartable(), Ids{3});
    }

    void differentAsyncCommandsArePipelined() // rule 3
    {
        CommandScheduler s;
        add(s, 1, CommandKind::UidFetch);
        add(s, 2, CommandKind::UidSearch);
        add(s, 3, CommandKind::List);
        add(s, 4, CommandKind::Status);
        add(s, 5, CommandKind::Noop);
        QCOMPARE(s.takeStartable(), (Ids{1, 2, 3, 4, 5}));
        QCOMPARE(s.runningCount(), 5);
    }

    void syncWaitsForRunningAsync() // rule 4
    {
        CommandScheduler s;
        add(s, 1, CommandKind::UidFetch);
        add(s, 2, CommandKind::List);
        QCOMPARE(s.takeStartable(), (Ids{1, 2}));
        add(s, 3, CommandKind::Logout);
        QCOMPARE(s.takeStartable(), Ids{});
        s.finish(1);
        QCOMPARE(s.takeStartable(), Ids{});
        s.finish(2);
        QCOMPARE(s.takeStartable(), Ids{3});
    }

    void nothingOvertakesAWaitingSyncCommand()
    {
        CommandScheduler s;
        add(s, 1, CommandKind::UidFetch);
        QCOMPARE(s.takeStartable(), Ids{1});
        add(s, 2, CommandKind::Select);
        add(s, 3, CommandKind::List); // could run beside 1, but must not pass the SELECT
        QCOMPARE(s.takeStartable(), Ids{});
        s.finish(1);
        QCOMPARE(s.takeStartable(), Ids{2});
        s.finish(2);
        QCOMPARE(s.takeStartable(), Ids{3});
    }

    void independentCommandMayPassAWaitingAsyncOne()
    {
        // A waiting FETCH does not hold up a LIST, but a second FETCH keeps its place.
        CommandScheduler s;
        add(s, 1, CommandKind::UidFetch);
        add(s, 2, CommandKind::UidFetch);
        add(s, 3, CommandKind::List);
        QCOMPARE(s.takeStartable(), (Ids{1, 3}));
        s.finish(1);
        QCOMPARE(s.takeStartable(), Ids{2});
    }

    void manyWaitersRunInFifoOrder_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("10 FETCH") << int(CommandKind::Fetch) << 10;
        QTest::newRow("10 UID SEARCH") << int(CommandKind::UidSearch) << 10;
        QTest::newRow("1000 UID FETCH") << int(CommandKind::UidFetch) << 1000;
        QTest::newRow("50 SELECT") << int(CommandKind::Select) << 50;
    }
    void manyWaitersRunInFifoOrder()
    {
        QFETCH(int, kind);
        QFETCH(int, count);
        CommandScheduler s;
        for (int i = 1; i <= count; ++i) {
            add(s, CommandScheduler::CommandId(i), CommandKind(kind));
        }
        Ids order;
        for (int round = 0; round < count; ++round) {
            const Ids started = s.takeStartable();
            QCOMPARE(started.size(), 1);
            order += started;
            s.finish(started.first());
        }
        Ids expected;
        for (int i = 1; i <= count; ++i) {
            expected.append(CommandScheduler::CommandId(i));
        }
        QCOMPARE(order, expected);
        QCOMPARE(s.waitingCount(), 0);
    }

    void sequenceNumberCommandsNeverBesideExpunges_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::addColumn<bool>("together");
        QTest::newRow("FETCH then EXPUNGE")
            << int(CommandKind::Fetch) << int(CommandKind::Expunge) << false;
        QTest::newRow("EXPUNGE then FETCH")
            << int(CommandKind::Expunge) << int(CommandKind::Fetch) << false;
        QTest::newRow("NOOP then STORE")
            << int(CommandKind::Noop) << int(CommandKind::Store) << false;
        QTest::newRow("SEARCH then UID FETCH")
            << int(CommandKind::Search) << int(CommandKind::UidFetch) << false;
        QTest::newRow("COPY then SEARCH")
            << int(CommandKind::Copy) << int(CommandKind::Search) << false;
        QTest::newRow("FETCH then SEARCH")
            << int(CommandKind::Fetch) << int(CommandKind::Search) << true;
        QTest::newRow("STORE then SEARCH")
            << int(CommandKind::Store) << int(CommandKind::Search) << true;
        QTest::newRow("UID FETCH then EXPUNGE")
            << int(CommandKind::UidFetch) << int(CommandKind::Expunge) << true;
        QTest::newRow("UID SEARCH then UID EXPUNGE")
            << int(CommandKind::UidSearch) << int(CommandKind::UidExpunge) << true;
    }
    void sequenceNumberCommandsNeverBesideExpunges()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        QFETCH(bool, together);
        CommandScheduler s;
        add(s, 1, CommandKind(first));
        add(s, 2, CommandKind(second));
        QCOMPARE(s.takeStartable(), together ? (Ids{1, 2}) : (Ids{1}));
        s.finish(1);
        if (!together) {
            QCOMPARE(s.takeStartable(), Ids{2});
        }
    }

    void removedWaiterNeverStarts()
    {
        CommandScheduler s;
        add(s, 1, CommandKind::Select);
        add(s, 2, CommandKind::Noop);
        add(s, 3, CommandKind::List);
        QCOMPARE(s.takeStartable(), Ids{1});
        QVERIFY(s.removeWaiting(2));
        QVERIFY(!s.removeWaiting(2));
        s.finish(1);
        QCOMPARE(s.takeStartable(), Ids{3});
    }

    // --- rule 2 with response keys: responses that name their owner ------------------------

    void statusOfDifferentMailboxesRunTogether()
    {
        const ResponseKey a = ResponseKey::mailbox(QStringLiteral("A"));
        const ResponseKey b = ResponseKey::mailbox(QStringLiteral("B"));
        const ResponseKey sent = ResponseKey::mailbox(MailboxName::fromWire("Sent"));
        CommandScheduler s;
        add(s, 1, CommandKind::Status, a);
        add(s, 2, CommandKind::Status, b);
        add(s, 3, CommandKind::Status, sent);
        QCOMPARE(s.takeStartable(), (Ids{1, 2, 3}));
    }

    void statusOfTheSameMailboxWaits_data()
    {
        QTest::addColumn<ResponseKey>("first");
        QTest::addColumn<ResponseKey>("second");
        const ResponseKey a = ResponseKey::mailbox(QStringLiteral("A"));
        QTest::newRow("A twice") << a << a;
        QTest::newRow("text and the server's bytes")
            << a << ResponseKey::mailbox(MailboxName::fromWire("A"));
        QTest::newRow("INBOX in any case") << ResponseKey::mailbox(QStringLiteral("INBOX"))
                                           << ResponseKey::mailbox(QStringLiteral("inbox"));
        // Sent as modified UTF-7 or, after ENABLE UTF8=ACCEPT, as UTF-8: either may be the
        // bytes of the other command.
        QTest::newRow("modified UTF-7 form")
            << ResponseKey::mailbox(QStringLiteral("Entw\u00fcrfe"))
            << ResponseKey::mailboxBytes("Entw&APw-rfe");
        QTest::newRow("UTF-8 form") << ResponseKey::mailbox(QStringLiteral("Entw\u00fcrfe"))
                                    << ResponseKey::mailboxBytes("Entw\xc3\xbcrfe");
        QTest::newRow("no key") << a << ResponseKey();
    }
    void statusOfTheSameMailboxWaits()
    {
        QFETCH(ResponseKey, first);
        QFETCH(ResponseKey, second);
        CommandScheduler s;
        add(s, 1, CommandKind::Status, first);
        add(s, 2, CommandKind::Status, second);
        QCOMPARE(s.takeStartable(), Ids{1});
        s.finish(1);
        QCOMPARE(s.takeStartable(), Ids{2});
    }

    void uidCommandsOfDisjointSetsRunTogether_data()
    {
        QTest::addColumn<int>("firstKind");
        QTest::addColumn<QByteArray>("firstSet");
        QTest::addColumn<int>("secondKind");
        QTest::addColumn<QByteArray>("secondSet");
        QTest::addColumn<bool>("together");
        const int store = int(CommandKind::UidStore);
        const int fetch = int(CommandKind::UidFetch);
        QTest::newRow("UID STORE 5, UID STORE 6")
            << store << QByteArray("5") << store << QByteArray("6") << true;
        QTest::newRow("UID STORE 1:10, UID STORE 5")
            << store << QByteArray("1:10") << store << QByteArray("5") << false;
        QTest::newRow("UID STORE 1:10, UID STORE 10:20")
            << store << QByteArray("1:10") << store << QByteArray("10:20") << false;
        QTest::newRow("UID STORE 1:10, UID STORE 11:20")
            << store << QByteArray("1:10") << store << QByteArray("11:20") << true;
        QTest::newRow("UID FETCH 1:*, UID STORE 100")
            << fetch << QByteArray("1:*") << store << QByteArray("100") << false;
        // '*' is the largest UID in use: "100:*" is UID 50 when that is the last message.
        QTest::newRow("UID FETCH 100:*, UID STORE 50")
            << fetch << QByteArray("100:*") << store << QByteArray("50") << false;
        QTest::newRow("UID STORE *, UID STORE 7")
            << store << QByteArray("*") << store << QByteArray("7") << false;
        QTest::newRow("ranges interleaved, disjoint")
            << fetch << QByteArray("1:3,7:9,20") << store << QByteArray("4:6,10:19,21") << true;
        QTest::newRow("ranges interleaved, sharing 8")
            << fetch << QByteArray("1:3,7:9,20") << store << QByteArray("4:6,8,21") << false;
        QTest::newRow("UID FETCH 4294967295, UID STORE 1")
            << fetch << QByteArray("4294967295") << store << QByteArray("1") << true;
    }
    void uidCommandsOfDisjointSetsRunTogether()
    {
        QFETCH(int, firstKind);
        QFETCH(QByteArray, firstSet);
        QFETCH(int, secondKind);
        QFETCH(QByteArray, secondSet);
        QFETCH(bool, together);
        const ResponseKey first = uids(firstSet.constData());
        const ResponseKey second = uids(secondSet.constData());
        QCOMPARE(ResponseKey::overlaps(first, second), !together);
        QCOMPARE(ResponseKey::overlaps(second, first), !together);
        CommandScheduler s;
        add(s, 1, CommandKind(firstKind), first);
        add(s, 2, CommandKind(secondKind), second);
        QCOMPARE(s.takeStartable(), together ? (Ids{1, 2}) : (Ids{1}));
        s.finish(1);
        if (!together) {
            QCOMPARE(s.takeStartable(), Ids{2});
        }
    }

    void aSetOfManyRangesIsKeptAsItsSpan()
    {
        // Never expanded, never walked beyond kMaxRanges: a set of more ranges overlaps
        // everything between its lowest and highest UID.
        QList<quint32> odd;
        for (quint32 uid = 1; uid < 1000; uid += 2) {
            odd.append(uid);
        }
        const ResponseKey many = ResponseKey::uids(SequenceSet::fromNumbers(odd));
        QVERIFY(ResponseKey::overlaps(many, uids("500")));
        QVERIFY(!ResponseKey::overlaps(many, uids("1000:2000")));
        QVERIFY(many.containsUid(500)); // as the scheduler sees it
        QVERIFY(!many.containsUid(1000));
        const ResponseKey huge = uids("1:4294967295");
        QVERIFY(ResponseKey::overlaps(huge, uids("4000000000")));
    }

    void keylessCommandsStillConflictByType_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("together");
        QTest::newRow("sequence-number FETCH") << int(CommandKind::Fetch) << false;
        QTest::newRow("sequence-number STORE") << int(CommandKind::Store) << false;
        QTest::newRow("UID FETCH without a key ($)") << int(CommandKind::UidFetch) << false;
        QTest::newRow("UID SEARCH (collects no FETCH)") << int(CommandKind::UidSearch) << true;
    }
    void keylessCommandsStillConflictByType()
    {
        QFETCH(int, kind);
        QFETCH(bool, together);
        const ResponseKey five = uids("5");
        for (const bool keylessFirst : {true, false}) {
            CommandScheduler s;
            if (keylessFirst) {
                add(s, 1, CommandKind(kind));
                add(s, 2, CommandKind::UidStore, five);
            } else {
                add(s, 1, CommandKind::UidStore, five);
                add(s, 2, CommandKind(kind));
            }
            QCOMPARE(s.takeStartable(), together ? (Ids{1, 2}) : (Ids{1}));
        }
    }

    void keyedCommandsKeepFifoOrder()
    {
        const ResponseKey running = uids("1:10");
        const ResponseKey fiveToTwenty = uids("5:20");
        const ResponseKey fifteen = uids("15");
        const ResponseKey thirty = uids("30");
        CommandScheduler s;
        add(s, 1, CommandKind::UidStore, running);
        QCOMPARE(s.takeStartable(), Ids{1});
        add(s, 2, CommandKind::UidStore, fiveToTwenty); // waits for 1
        add(s, 3, CommandKind::UidFetch, fifteen);      // free beside 1, but not beside 2
        add(s, 4, CommandKind::UidStore, thirty);       // free of both
        QCOMPARE(s.takeStartable(), Ids{4});
        s.finish(1);
        QCOMPARE(s.takeStartable(), Ids{2});
        s.finish(2);
        QCOMPARE(s.takeStartable(), Ids{3});
    }

    void aThousandStoresOfDistinctUidsStartAtOnce()
    {
        QList<ResponseKey> keys;
        for (quint32 uid = 1; uid <= 1000; ++uid) {
            keys.append(ResponseKey::uids(SequenceSet::single(uid)));
        }
        CommandScheduler s;
        Ids expected;
        for (int i = 0; i < keys.size(); ++i) {
            add(s, CommandScheduler::CommandId(i + 1), CommandKind::UidStore, keys.at(i));
            expected.append(CommandScheduler::CommandId(i + 1));
        }
        QCOMPARE(s.takeStartable(), expected);
        QCOMPARE(s.runningCount(), 1000);
        QCOMPARE(s.runningKeyAt(999), &keys.at(999));
    }

    void responsesAreMatchedToTheirKey()
    {
        const ResponseKey set = uids("3:5,9,20:30");
        QVERIFY(set.containsUid(3) && set.containsUid(5) && set.containsUid(9));
        QVERIFY(set.containsUid(20) && set.containsUid(30));
        QVERIFY(!set.containsUid(2) && !set.containsUid(6) && !set.containsUid(19));
        QVERIFY(!set.containsUid(31));
        QVERIFY(uids("7:*").containsUid(1)); // '*' may be below 7
        QVERIFY(!set.matchesMailbox("3"));
        const ResponseKey inbox = ResponseKey::mailbox(QStringLiteral("Inbox"));
        QVERIFY(inbox.matchesMailbox("INBOX"));
        QVERIFY(!inbox.matchesMailbox("INBOX.Sent"));
        const ResponseKey drafts = ResponseKey::mailbox(QStringLiteral("Entw\u00fcrfe"));
        QVERIFY(drafts.matchesMailbox("Entw&APw-rfe"));
        QVERIFY(drafts.matchesMailbox("Entw\xc3\xbcrfe"));
        QVERIFY(!drafts.matchesMailbox("Entwurfe"));
        QVERIFY(!drafts.containsUid(1));
        QVERIFY(!ResponseKey().matchesMailbox("INBOX"));
    }

    void conflictsIsSymmetric()
    {
        for (int a = 0; a < CommandTable::size(); ++a) {
            for (int b = 0; b < CommandTable::size(); ++b) {
                QCOMPARE(CommandScheduler::conflicts(CommandTable::at(a), CommandTable::at(b)),
                         CommandScheduler::conflicts(CommandTable::at(b), CommandTable::at(a)));
            }
        }
        // With keys too: every pair of kinds and keys, both ways.
        const QList<ResponseKey> keys{ResponseKey(),
                                      uids("5"),
                                      uids("6"),
                                      uids("1:*"),
                                      ResponseKey::mailbox(QStringLiteral("A")),
                                      ResponseKey::mailbox(QStringLiteral("B"))};
        for (int a = 0; a < CommandTable::size(); ++a) {
            for (int b = 0; b < CommandTable::size(); ++b) {
                for (const ResponseKey &keyA : keys) {
                    for (const ResponseKey &keyB : keys) {
                        QCOMPARE(CommandScheduler::conflicts(CommandTable::at(a), &keyA,
                                                             CommandTable::at(b), &keyB),
                                 CommandScheduler::conflicts(CommandTable::at(b), &keyB,
                                                             CommandTable::at(a), &keyA));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandScheduler)
#include "tst_commandscheduler.moc"
