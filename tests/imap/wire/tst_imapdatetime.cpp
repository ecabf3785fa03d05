#include "imap/wire/ImapDateTime.h"

#include <QtCore/QTimeZone>
#include <QtTest/QtTest>

using Imap::Wire::ImapDateTime;

class TestImapDateTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Month names must never follow the locale.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void formatDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("jan") << QDate(2024, 1, 1) << QByteArrayLiteral("01-Jan-2024");
        QTest::newRow("mar") << QDate(2024, 3, 9) << QByteArrayLiteral("09-Mar-2024");
        QTest::newRow("dec") << QDate(1999, 12, 31) << QByteArrayLiteral("31-Dec-1999");
        QTest::newRow("leap") << QDate(2024, 2, 29) << QByteArrayLiteral("29-Feb-2024");
        QTest::newRow("invalid") << QDate() << QByteArray();
        QTest::newRow("negative-year") << QDate(-5, 1, 1) << QByteArray();
    }

    void formatDate()
    {
        QFETCH(QDate, date);
        QFETCH(QByteArray, expected);
        QCOMPARE(ImapDateTime::formatDate(date), expected);
        if (!expected.isEmpty())
            QCOMPARE(ImapDateTime::parseDate(expected), date);
    }

    void formatDateTime_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("utc") << QDateTime(QDate(2024, 1, 1), QTime(10, 0, 0), QTimeZone::utc())
                             << QByteArrayLiteral("01-Jan-2024 10:00:00 +0000");
        QTest::newRow("plus0530") << QDateTime(QDate(2024, 7, 4), QTime(23, 5, 9),
                                               QTimeZone(5 * 3600 + 1800))
                                  << QByteArrayLiteral("04-Jul-2024 23:05:09 +0530");
        QTest::newRow("minus0800")
            << QDateTime(QDate(2023, 11, 30), QTime(0, 0, 1), QTimeZone(-8 * 3600))
            << QByteArrayLiteral("30-Nov-2023 00:00:01 -0800");
        QTest::newRow("invalid") << QDateTime() << QByteArray();
    }

    void formatDateTime()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QByteArray, expected);
        QCOMPARE(ImapDateTime::formatDateTime(dateTime), expected);
        if (!expected.isEmpty()) {
            const QDateTime parsed = ImapDateTime::parseDateTime(expected);
            QCOMPARE(parsed, dateTime);
            QCOMPARE(parsed.offsetFromUtc(), dateTime.offsetFromUtc());
        }
    }

    void parseVariants()
    {
        QCOMPARE(ImapDateTime::parseDate("1-jan-2024"), QDate(2024, 1, 1));
        QCOMPARE(ImapDateTime::parseDateTime(" 1-Jan-2024 10:00:00 +0000"),
                 QDateTime(QDate(2024, 1, 1), QTime(10, 0), QTimeZone::utc()));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *bad :
             {"", "31-Feb-2024 10:00:00 +0000", "01-Foo-2024 10:00:00 +0000",
              "01-Jan-2024 25:00:00 +0000", "01-Jan-2024 10:00:00", "01-Jan-2024 10:00:00 0000",
              "01-Jan-2024 10:00:00 +0000 ", "01-Jan-24 10:00:00 +0000",
              "01-Jan-2024 10:00:00 +0075", "001-Jan-2024 10:00:00 +0000"})
            QTest::newRow(bad) << QByteArray(bad);
    }

    void parseInvalid()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!ImapDateTime::parseDateTime(text).isValid());
    }
};

QTEST_GUILESS_MAIN(TestImapDateTime)
#include "tst_imapdatetime.moc"
