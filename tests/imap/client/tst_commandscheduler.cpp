#include "imap/CommandScheduler.h"
#include "imap/CommandTable.h"

#include <QtTest/QTest>

using Imap::CommandKind;
using Imap::CommandScheduler;
using Imap::CommandTable;

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

    void conflictsIsSymmetric()
    {
        for (int a = 0; a < CommandTable::size(); ++a) {
            for (int b = 0; b < CommandTable::size(); ++b) {
                QCOMPARE(CommandScheduler::conflicts(CommandTable::at(a), CommandTable::at(b)),
                         CommandScheduler::conflicts(CommandTable::at(b), CommandTable::at(a)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandScheduler)
#include "tst_commandscheduler.moc"
