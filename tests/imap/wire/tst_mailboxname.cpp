#include "imap/wire/MailboxName.h"

#include <QtTest/QtTest>

using Imap::Wire::MailboxName;

class TestMailboxName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("inbox") << QStringLiteral("INBOX") << QByteArrayLiteral("INBOX");
        QTest::newRow("empty") << QString() << QByteArray();
        // The example of RFC 3501 §5.1.3.
        QTest::newRow("rfc3501") << QStringLiteral("~peter/mail/\u53F0\u5317/\u65E5\u672C\u8A9E")
                                 << QByteArrayLiteral("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("ampersand") << QStringLiteral("&") << QByteArrayLiteral("&-");
        QTest::newRow("ampersand-inside") << QStringLiteral("A&B") << QByteArrayLiteral("A&-B");
        QTest::newRow("umlaut") << QStringLiteral("Entw\u00FCrfe")
                                << QByteArrayLiteral("Entw&APw-rfe");
        QTest::newRow("gmail") << QStringLiteral("[Gmail]/Entw\u00FCrfe")
                               << QByteArrayLiteral("[Gmail]/Entw&APw-rfe");
        QTest::newRow("astral") << QStringLiteral("\U0001F4E7 Post")
                                << QByteArrayLiteral("&2D3c5w- Post");
        QTest::newRow("run-then-amp")
            << QStringLiteral("\u00E4&\u00F6") << QByteArrayLiteral("&AOQ-&-&APY-");
        QTest::newRow("dash-after-run")
            << QStringLiteral("Hi Mom -\u263A-!") << QByteArrayLiteral("Hi Mom -&Jjo--!");
        QTest::newRow("mixed") << QStringLiteral("\u00DCn\u00EFc\u00F6d\u00E9/Ordner")
                               << QByteArrayLiteral("&ANw-n&AO8-c&APY-d&AOk-/Ordner");
        QTest::newRow("cyrillic")
            << QStringLiteral(
                   "\u041E\u0442\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043D\u044B\u0435")
            << QByteArrayLiteral("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-");
        QTest::newRow("three-units")
            << QStringLiteral("\u00E4\u00E4\u00E4") << QByteArrayLiteral("&AOQA5ADk-");
        QTest::newRow("euro") << QStringLiteral("\u20AC") << QByteArrayLiteral("&IKw-");
        // Control characters never appear raw: they are shifted like any non-printable.
        QTest::newRow("crlf") << QStringLiteral("x\r\ny") << QByteArrayLiteral("x&AA0ACg-y");
        QTest::newRow("printable-ascii")
            << QStringLiteral(" !\"#$%'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~")
            << QByteArrayLiteral(" !\"#$%'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~");
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, wire);
        const MailboxName::Encoded encoded = MailboxName::encodeModifiedUtf7(name);
        QVERIFY2(encoded.isValid(), qPrintable(encoded.error));
        QCOMPARE(encoded.bytes, wire);
        const MailboxName::Decoded decoded = MailboxName::decodeModifiedUtf7(wire);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
        QCOMPARE(decoded.name, name);
        // Round trip from the wire side too: decoding then encoding gives the same bytes.
        QCOMPARE(MailboxName::encodeModifiedUtf7(decoded.name).bytes, wire);
    }

    void invalidWire_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("non-shortest-a") << QByteArrayLiteral("&AGE-");
        QTest::newRow("encoded-ampersand") << QByteArrayLiteral("&ACY-");
        QTest::newRow("unterminated") << QByteArrayLiteral("&Jjo");
        QTest::newRow("unterminated-empty") << QByteArrayLiteral("abc&");
        QTest::newRow("bad-base64-char") << QByteArrayLiteral("&Jj!o-");
        QTest::newRow("slash-instead-of-comma") << QByteArrayLiteral("&U/BTFw-");
        QTest::newRow("padding") << QByteArrayLiteral("&AOQ=-");
        QTest::newRow("adjacent-runs") << QByteArrayLiteral("&AOQ-&AOQ-");
        QTest::newRow("nonzero-pad-bits") << QByteArrayLiteral("&AOR-");
        QTest::newRow("excess-bits") << QByteArrayLiteral("&AOQA-");
        QTest::newRow("too-short") << QByteArrayLiteral("&AA-");
        QTest::newRow("encoded-nul") << QByteArrayLiteral("&AAA-");
        QTest::newRow("lone-high-surrogate") << QByteArrayLiteral("&2D0-");
        QTest::newRow("lone-low-surrogate") << QByteArrayLiteral("&3Oc-");
        QTest::newRow("reversed-surrogates") << QByteArrayLiteral("&3OfYPQ-");
        QTest::newRow("8bit-utf8") << QByteArrayLiteral("caf\xC3\xA9");
        QTest::newRow("8bit-latin1") << QByteArrayLiteral("caf\xE9");
        QTest::newRow("tab") << QByteArrayLiteral("a\tb");
        QTest::newRow("cr") << QByteArrayLiteral("a\rb");
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("del") << QByteArrayLiteral("a\x7f");
    }

    void invalidWire()
    {
        QFETCH(QByteArray, wire);
        const MailboxName::Decoded decoded = MailboxName::decodeModifiedUtf7(wire);
        QVERIFY(!decoded.isValid());
        QVERIFY(decoded.name.isEmpty());
        QVERIFY(decoded.error.contains(QLatin1String("modified UTF-7")));
    }

    void lenient()
    {
        QCOMPARE(MailboxName::decodeModifiedUtf7Lenient("&AOQ-&AOQ-").name,
                 QStringLiteral("\u00E4\u00E4"));
        QCOMPARE(MailboxName::decodeModifiedUtf7Lenient("&AGE-").name, QStringLiteral("a"));
        QCOMPARE(MailboxName::decodeModifiedUtf7Lenient("Entw&APw-rfe").name,
                 QStringLiteral("Entw\u00FCrfe"));
        // Still refused: what cannot be decoded at all.
        for (const char *bad : {"&Jjo", "&Jj!o-", "caf\xc3\xa9", "&AAA-", "&2D0-", "&AOR-"})
            QVERIFY2(!MailboxName::decodeModifiedUtf7Lenient(bad).isValid(), bad);
    }

    void invalidName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("lone-high") << QString(QChar(0xD83D));
        QTest::newRow("lone-low") << (QStringLiteral("a") + QChar(0xDCE7));
        QTest::newRow("nul") << QString(QChar(0));
    }

    void invalidName()
    {
        QFETCH(QString, name);
        QVERIFY(!MailboxName::encodeModifiedUtf7(name).isValid());
        QVERIFY(!MailboxName::encodeUtf8(name).isValid());
    }

    void utf8()
    {
        const QString name = QStringLiteral("Entw\u00FCrfe/\u65E5\u672C");
        const MailboxName::Encoded encoded = MailboxName::encode(name, true);
        QVERIFY(encoded.isValid());
        QCOMPARE(encoded.bytes, name.toUtf8());
        QCOMPARE(MailboxName::encode(name, false).bytes,
                 QByteArrayLiteral("Entw&APw-rfe/&ZeVnLA-"));
        QCOMPARE(MailboxName::decodeUtf8(encoded.bytes).name, name);
        QVERIFY(!MailboxName::decodeUtf8(QByteArrayLiteral("caf\xE9")).isValid());
        QVERIFY(!MailboxName::decodeUtf8(QByteArray("a\0", 2)).isValid());
    }

    void inbox_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isInbox");
        QTest::newRow("upper") << QStringLiteral("INBOX") << true;
        QTest::newRow("lower") << QStringLiteral("inbox") << true;
        QTest::newRow("mixed") << QStringLiteral("InBoX") << true;
        QTest::newRow("child") << QStringLiteral("INBOX/Sub") << false;
        QTest::newRow("longer") << QStringLiteral("INBOXX") << false;
        QTest::newRow("shorter") << QStringLiteral("INBO") << false;
        QTest::newRow("other") << QStringLiteral("Sent") << false;
    }

    void inbox()
    {
        QFETCH(QString, name);
        QFETCH(bool, isInbox);
        QCOMPARE(MailboxName::isInbox(name), isInbox);
        QCOMPARE(MailboxName::canonical(name), isInbox ? QStringLiteral("INBOX") : name);
    }

    // Canonical form, checked on random input: whatever bytes the decoder accepts encode
    // back to exactly those bytes (so a server's name can always be sent back unchanged).
    void randomWireIsCanonical()
    {
        QRandomGenerator rng(20240101); // fixed seed: the same cases on every run
        const QByteArray base64 =
            QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,");
        int accepted = 0;
        int acceptedShifted = 0;
        for (int round = 0; round < 50000; ++round) {
            QByteArray wire;
            if (round % 2 == 0) {
                // Half the cases: a valid encoding with one byte changed, so that shifted
                // runs close to valid ones are tried.
                QString name;
                for (int i = int(rng.bounded(5)); i >= 0; --i)
                    name.append(QChar(char16_t(rng.bounded(2) ? 0x20 + rng.bounded(0x5f)
                                                              : 0xA0 + rng.bounded(0xD000))));
                wire = MailboxName::encodeModifiedUtf7(name).bytes;
                wire[int(rng.bounded(int(wire.size())))] =
                    base64.at(int(rng.bounded(int(base64.size()))));
            }
            const int length = round % 2 == 0 ? 0 : int(rng.bounded(12));
            for (int i = 0; i < length; ++i) {
                // Mostly the characters that matter to the grammar, sometimes any byte.
                switch (rng.bounded(10)) {
                case 0:
                    wire.append('&');
                    break;
                case 1:
                    wire.append('-');
                    break;
                case 2:
                    wire.append(char(rng.bounded(256)));
                    break;
                default:
                    wire.append(base64.at(int(rng.bounded(int(base64.size())))));
                    break;
                }
            }
            const MailboxName::Decoded decoded = MailboxName::decodeModifiedUtf7(wire);
            if (!decoded.isValid())
                continue;
            ++accepted;
            if (decoded.name.size() != wire.size() && !wire.contains("&-"))
                ++acceptedShifted;
            const MailboxName::Encoded again = MailboxName::encodeModifiedUtf7(decoded.name);
            QVERIFY2(again.isValid(), wire.toPercentEncoding().constData());
            QVERIFY2(again.bytes == wire, wire.toPercentEncoding().constData());
        }
        // The property was exercised, not vacuously true.
        QVERIFY(accepted > 1000);
        QVERIFY(acceptedShifted > 100);
    }

    void randomNamesRoundTrip()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 5000; ++round) {
            QString name;
            const int length = int(rng.bounded(10));
            for (int i = 0; i < length; ++i) {
                char32_t cp = 0;
                switch (rng.bounded(4)) {
                case 0:
                    cp = char32_t(0x20 + rng.bounded(0x5f));
                    break;
                case 1:
                    cp = u'&';
                    break;
                case 2:
                    cp = char32_t(0x80 + rng.bounded(0xD800 - 0x80));
                    break;
                default:
                    cp = char32_t(0x10000 + rng.bounded(0x100000));
                    break;
                }
                name.append(QString::fromUcs4(&cp, 1));
            }
            const MailboxName::Encoded wire = MailboxName::encodeModifiedUtf7(name);
            QVERIFY(wire.isValid());
            for (const char c : wire.bytes)
                QVERIFY(uchar(c) >= 0x20 && uchar(c) <= 0x7e);
            QCOMPARE(MailboxName::decodeModifiedUtf7(wire.bytes).name, name);
        }
    }

    // Every BMP code point (except surrogates and NUL) survives the round trip in runs of
    // varying length, which exercises all bit alignments of the BASE64 packing.
    void exhaustiveBmp()
    {
        for (int runLength : {1, 2, 3, 7}) {
            QString name;
            for (char32_t cp = 1; cp <= 0xFFFF; ++cp) {
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    continue;
                name.append(QChar(char16_t(cp)));
                if (name.size() == runLength) {
                    const QByteArray wire = MailboxName::encodeModifiedUtf7(name).bytes;
                    const MailboxName::Decoded back = MailboxName::decodeModifiedUtf7(wire);
                    if (back.name != name)
                        QFAIL(qPrintable(
                            QStringLiteral("round trip failed at U+%1").arg(quint32(cp), 4, 16)));
                    name.clear();
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMailboxName)
#include "tst_mailboxname.moc"
