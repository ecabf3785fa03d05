#include "imap/CommandTable.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

using Imap::CommandKind;
using Imap::CommandTable;
using Imap::Concurrency;

class TestCommandTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasOneRowWithAReason()
    {
        QCOMPARE(CommandTable::size(), int(CommandKind::Unknown) + 1);
        QSet<QByteArray> names;
        for (int i = 0; i < CommandTable::size(); ++i) {
            const auto &row = CommandTable::at(i);
            QCOMPARE(int(row.kind), i);
            QVERIFY2(row.reason && qstrlen(row.reason) > 10, row.name);
            QVERIFY(!names.contains(QByteArray(row.name)));
            names.insert(QByteArray(row.name));
        }
    }

    void fetchStoreSearchAreTheOnlyExpungeFreeSelectedCommands()
    {
        // RFC 9051 §7.5.1: EXPUNGE may come during any command but FETCH, STORE and SEARCH.
        for (int i = 0; i < CommandTable::size(); ++i) {
            const auto &row = CommandTable::at(i);
            if (row.concurrency == Concurrency::Sync || row.kind == CommandKind::Unknown) {
                continue;
            }
            const bool expungeFree =
                row.kind == CommandKind::Fetch || row.kind == CommandKind::Store ||
                row.kind == CommandKind::Search || row.kind == CommandKind::Sort ||
                row.kind == CommandKind::Thread;
            QVERIFY2(row.mayExpunge == !expungeFree, row.name);
        }
    }

    void classifiesRawLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::newRow("fetch") << QByteArray("FETCH 1:* FLAGS") << int(CommandKind::Fetch);
        QTest::newRow("uid fetch lower")
            << QByteArray("uid fetch 1:* (FLAGS)") << int(CommandKind::UidFetch);
        QTest::newRow("noop") << QByteArray("NOOP") << int(CommandKind::Noop);
        QTest::newRow("uid alone") << QByteArray("UID") << int(CommandKind::Unknown);
        QTest::newRow("x-command") << QByteArray("XYZZY 1") << int(CommandKind::Unknown);
        QTest::newRow("uid move") << QByteArray("UID MOVE 1 Trash") << int(CommandKind::UidMove);
        QTest::newRow("empty") << QByteArray() << int(CommandKind::Unknown);
    }
    void classifiesRawLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QCOMPARE(int(CommandTable::traitsForLine(line).kind), kind);
    }

    void unknownCommandsGetTheCarefulClassification()
    {
        const auto &row = CommandTable::traits(CommandKind::Unknown);
        QCOMPARE(row.concurrency, Concurrency::Sync);
        QVERIFY(row.mayExpunge);
        QVERIFY(row.usesSequenceNumbers);
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
