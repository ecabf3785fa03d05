#include "imap/wire/SequenceSet.h"

#include <QtTest/QtTest>

using Imap::Wire::SequenceSet;

class TestSequenceSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromNumbers_data()
    {
        QTest::addColumn<QList<quint32>>("numbers");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("single") << QList<quint32>{7} << QByteArrayLiteral("7");
        QTest::newRow("unsorted") << QList<quint32>{5, 1, 2, 3, 9, 7, 8}
                                  << QByteArrayLiteral("1:3,5,7:9");
        QTest::newRow("duplicates")
            << QList<quint32>{3, 3, 4, 4, 4, 10} << QByteArrayLiteral("3:4,10");
        QTest::newRow("max") << QList<quint32>{4294967295u, 4294967294u}
                             << QByteArrayLiteral("4294967294:4294967295");
        QTest::newRow("sparse") << QList<quint32>{1, 3, 5} << QByteArrayLiteral("1,3,5");
    }

    void fromNumbers()
    {
        QFETCH(QList<quint32>, numbers);
        QFETCH(QByteArray, expected);
        const SequenceSet set = SequenceSet::fromNumbers(numbers);
        QVERIFY(set.isValid());
        QCOMPARE(set.toImapString(), expected);
    }

    void zeroIsRejected()
    {
        QVERIFY(!SequenceSet::fromNumbers({1, 0, 2}).isValid());
        QVERIFY(!SequenceSet::fromNumbers({1, 0, 2}).errorString().isEmpty());
        QVERIFY(SequenceSet::fromNumbers({1, 0, 2}).toImapString().isEmpty());
        QVERIFY(!SequenceSet::single(0).isValid());
        QVERIFY(!SequenceSet::range(0, 5).isValid());
        QVERIFY(!SequenceSet::from(0).isValid());
        QVERIFY(!SequenceSet().isValid());
        QVERIFY(SequenceSet().isEmpty());
        QVERIFY(!SequenceSet::fromNumbers({}).isValid());
    }

    void manyNumbersStayCompact()
    {
        QList<quint32> numbers;
        for (quint32 i = 100000; i >= 1; --i)
            numbers.append(i);
        QCOMPARE(SequenceSet::fromNumbers(numbers).toImapString(), QByteArrayLiteral("1:100000"));
        QCOMPARE(SequenceSet::range(1, 4294967295u).toImapString(),
                 QByteArrayLiteral("1:4294967295"));
        QCOMPARE(SequenceSet::range(1, 4294967295u).count(4294967295u), quint64(4294967295u));
    }

    void addMerges()
    {
        QCOMPARE(SequenceSet().addRange(1, 3).addRange(4, 6).toImapString(),
                 QByteArrayLiteral("1:6"));
        QCOMPARE(SequenceSet().addRange(10, 12).addRange(1, 2).toImapString(),
                 QByteArrayLiteral("1:2,10:12"));
        QCOMPARE(SequenceSet().addRange(5, 1).toImapString(), QByteArrayLiteral("1:5"));
        QCOMPARE(SequenceSet()
                     .addRange(1, 2)
                     .addRange(5, 6)
                     .addRange(9, 10)
                     .addRange(2, 9)
                     .toImapString(),
                 QByteArrayLiteral("1:10"));
        QCOMPARE(SequenceSet().add(4294967295u).add(4294967294u).toImapString(),
                 QByteArrayLiteral("4294967294:4294967295"));
        QCOMPARE(SequenceSet().add(3).add(1).add(2).toImapString(), QByteArrayLiteral("1:3"));
    }

    void star()
    {
        QCOMPARE(SequenceSet::all().toImapString(), QByteArrayLiteral("1:*"));
        QCOMPARE(SequenceSet().addStar().toImapString(), QByteArrayLiteral("*"));
        // '*' ranges are not merged with numbers: "5:*" may not contain 7 in a small mailbox.
        QCOMPARE(SequenceSet::from(5).add(7).toImapString(), QByteArrayLiteral("7,5:*"));
        QCOMPARE(SequenceSet::from(5).addFrom(5).toImapString(), QByteArrayLiteral("5:*"));
        QVERIFY(SequenceSet::from(5).contains(7, 10));
        QVERIFY(!SequenceSet::from(5).contains(4, 10));
        QVERIFY(SequenceSet().addStar().contains(10, 10));
        QVERIFY(!SequenceSet().addStar().contains(9, 10));
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("brief") << QByteArrayLiteral("1:5,7,9:*") << QByteArrayLiteral("1:5,7,9:*");
        QTest::newRow("star-first") << QByteArrayLiteral("*:5") << QByteArrayLiteral("5:*");
        QTest::newRow("star") << QByteArrayLiteral("*") << QByteArrayLiteral("*");
        QTest::newRow("reorder") << QByteArrayLiteral("3,1") << QByteArrayLiteral("1,3");
        QTest::newRow("merge") << QByteArrayLiteral("1,2,3") << QByteArrayLiteral("1:3");
        QTest::newRow("reversed-range") << QByteArrayLiteral("9:2") << QByteArrayLiteral("2:9");
        QTest::newRow("max") << QByteArrayLiteral("4294967295") << QByteArrayLiteral("4294967295");
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        QString error;
        const std::optional<SequenceSet> set = SequenceSet::parse(text, &error);
        QVERIFY2(set.has_value(), qPrintable(error));
        QCOMPARE(set->toImapString(), expected);
        QCOMPARE(SequenceSet::parse(set->toImapString())->toImapString(), expected);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *bad : {"",     "0",  "1:0",  "0:5", "4294967296", "99999999999999999999",
                                "1,,2", "1,", ",1",   "1 2", "1:5:7",      "a",
                                "01",   "-1", "1:*x", "*1",  "$",          "1:",
                                ":1",   " 1", "1\r\n"})
            QTest::newRow(bad) << QByteArray(bad);
    }

    void parseInvalid()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!SequenceSet::parse(text, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void count()
    {
        const SequenceSet set = *SequenceSet::parse("1:3,5:*");
        QCOMPARE(set.count(10), quint64(9));
        QVERIFY(!set.contains(4, 10));
        QVERIFY(set.contains(7, 10));
        // '*' resolving into an existing range is not counted twice.
        QCOMPARE(SequenceSet::parse("1:10,*")->count(10), quint64(10));
    }

    // Random sets: the compact form holds exactly the given numbers and parses back equal.
    void randomSetsAreExact()
    {
        QRandomGenerator rng(42);
        for (int round = 0; round < 500; ++round) {
            QList<quint32> numbers;
            QSet<quint32> expected;
            const int count = int(rng.bounded(40)) + 1;
            for (int i = 0; i < count; ++i) {
                const quint32 n = quint32(rng.bounded(60)) + 1;
                numbers.append(n);
                expected.insert(n);
            }
            const SequenceSet set = SequenceSet::fromNumbers(numbers);
            SequenceSet incremental;
            for (const quint32 n : numbers)
                incremental.add(n);
            QCOMPARE(incremental.toImapString(), set.toImapString());
            const std::optional<SequenceSet> parsed = SequenceSet::parse(set.toImapString());
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, set);
            QCOMPARE(set.count(1000), quint64(expected.size()));
            for (quint32 n = 1; n <= 61; ++n)
                QCOMPARE(set.contains(n, 1000), expected.contains(n));
        }
    }

    void split()
    {
        const QList<SequenceSet> parts = SequenceSet::fromNumbers({1, 3, 5, 7, 9}).split(3);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).toImapString(), QByteArrayLiteral("1,3"));
        QCOMPARE(parts.at(1).toImapString(), QByteArrayLiteral("5,7"));
        QCOMPARE(parts.at(2).toImapString(), QByteArrayLiteral("9"));
        // A single range longer than the limit still goes out alone.
        QCOMPARE(SequenceSet::range(100, 20000).split(3).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSequenceSet)
#include "tst_sequenceset.moc"
