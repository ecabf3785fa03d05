#include "imap/sasl/SaslPrep.h"

#include <QtTest/QtTest>

using Imap::Sasl::SaslPrep;

class TestSaslPrep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 4013 §3 examples, plus the mappings SCRAM users meet.
    void prepare_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output"); // null: refused
        QTest::newRow("soft-hyphen") << QStringLiteral("I\u00ADX") << QStringLiteral("IX");
        QTest::newRow("plain") << QStringLiteral("user") << QStringLiteral("user");
        QTest::newRow("case-kept") << QStringLiteral("USER") << QStringLiteral("USER");
        QTest::newRow("feminine-ordinal") << QStringLiteral("\u00AA") << QStringLiteral("a");
        QTest::newRow("roman-nine") << QStringLiteral("\u2168") << QStringLiteral("IX");
        QTest::newRow("control") << QStringLiteral("\u0007") << QString();
        QTest::newRow("bidi-mark") << QStringLiteral("a\u200Eb") << QString();
        QTest::newRow("nbsp") << QStringLiteral("a\u00A0b") << QStringLiteral("a b");
        QTest::newRow("zwsp") << QStringLiteral("a\u200Bb") << QStringLiteral("ab");
        QTest::newRow("private-use") << QStringLiteral("a\uE000") << QString();
        QTest::newRow("nul") << QString(QChar(0)) << QString();
        QTest::newRow("delete") << QStringLiteral("a\u007F") << QString();
        QTest::newRow("ascii-symbols")
            << QStringLiteral("p@ss w0rd!\"\\,=") << QStringLiteral("p@ss w0rd!\"\\,=");
        QTest::newRow("composed") << QStringLiteral("e\u0301") << QStringLiteral("\u00E9");
        QTest::newRow("lone-surrogate") << QString(QChar(0xD800)) << QString();
    }

    void prepare()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        const SaslPrep::Result result = SaslPrep::prepare(input);
        if (output.isNull()) {
            QVERIFY(!result.isValid());
            QVERIFY(result.text.isEmpty());
        } else {
            QVERIFY2(result.isValid(), qPrintable(result.error));
            QCOMPARE(result.text, output);
        }
    }
};

QTEST_GUILESS_MAIN(TestSaslPrep)
#include "tst_saslprep.moc"
