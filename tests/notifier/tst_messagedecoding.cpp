#include "notifier/Charset.h"
#include "notifier/DisplayText.h"
#include "notifier/EncodedWords.h"
#include "notifier/MimePreview.h"
#include "notifier/TransferEncoding.h"

#include <QtTest/QTest>

using namespace Notifier;

class TestMessageDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("Hello world") << QStringLiteral("Hello world");
        QTest::newRow("q utf-8") << QByteArray("=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=")
                                 << QStringLiteral("Grüße aus Köln");
        QTest::newRow("b utf-8") << QByteArray("=?utf-8?B?0J/RgNC40LLQtdGC?=")
                                 << QStringLiteral("Привет");
        QTest::newRow("adjacent words join")
            << QByteArray("=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("split multibyte across words")
            << QByteArray("=?UTF-8?B?4oK=?= =?UTF-8?B?rA==?=") << QStringLiteral("€");
        QTest::newRow("text between words")
            << QByteArray("Re: =?utf-8?q?caf=C3=A9?= ok") << QStringLiteral("Re: café ok");
        QTest::newRow("folded") << QByteArray("=?utf-8?q?one?=\r\n =?utf-8?q?two?=")
                                << QStringLiteral("onetwo");
        QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QStringLiteral("Привет");
        QTest::newRow("iso-8859-2 q")
            << QByteArray("=?iso-8859-2?Q?=BFaba?=") << QStringLiteral("żaba");
        QTest::newRow("shift_jis")
            << QByteArray("=?shift_jis?B?gqCCooKk?=") << QStringLiteral("あいう");
        QTest::newRow("language suffix") << QByteArray("=?utf-8*en?q?hi?=") << QStringLiteral("hi");
        QTest::newRow("raw utf-8 header") << QByteArray("Caf\xc3\xa9") << QStringLiteral("Café");
        QTest::newRow("raw latin-1 header") << QByteArray("Caf\xe9") << QStringLiteral("Café");
        QTest::newRow("unknown charset utf-8 bytes")
            << QByteArray("=?x-unknown?q?caf=C3=A9?=") << QStringLiteral("café");
        QTest::newRow("broken word kept")
            << QByteArray("=?utf-8?q?no end") << QStringLiteral("=?utf-8?q?no end");
        QTest::newRow("unknown encoding kept")
            << QByteArray("=?utf-8?x?abc?=") << QStringLiteral("=?utf-8?x?abc?=");
        QTest::newRow("underscore in q")
            << QByteArray("=?utf-8?q?a_b=5Fc?=") << QStringLiteral("a b_c");
    }

    void encodedWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QCOMPARE(EncodedWords::decode(raw), expected);
    }

    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("escapes") << QByteArray("caf=C3=A9") << QByteArray("caf\xc3\xa9");
        QTest::newRow("lowercase hex") << QByteArray("=c3=a9") << QByteArray("\xc3\xa9");
        QTest::newRow("soft break crlf") << QByteArray("long=\r\nline") << QByteArray("longline");
        QTest::newRow("soft break lf") << QByteArray("long=\nline") << QByteArray("longline");
        QTest::newRow("soft break trailing space") << QByteArray("a= \t\r\nb") << QByteArray("ab");
        QTest::newRow("invalid kept") << QByteArray("1+1=2 =zz") << QByteArray("1+1=2 =zz");
        QTest::newRow("cut at end") << QByteArray("abc=") << QByteArray("abc");
        QTest::newRow("cut after one digit") << QByteArray("abc=C") << QByteArray("abc");
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(TransferEncoding::decodeQuotedPrintable(in), out);
    }

    void base64_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("simple") << QByteArray("aGVsbG8=") << QByteArray("hello");
        QTest::newRow("lines") << QByteArray("aGVs\r\nbG8gd29y\r\nbGQ=\r\n")
                               << QByteArray("hello world");
        QTest::newRow("cut mid quantum") << QByteArray("aGVsbG8gd29") << QByteArray("hello wo");
        QTest::newRow("junk") << QByteArray("aGV*sb%G8=") << QByteArray("hello");
        QTest::newRow("one char left") << QByteArray("aGVsb") << QByteArray("hel");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void base64()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(TransferEncoding::decodeBase64(in), out);
    }

    void charsets()
    {
        QCOMPARE(Charset::decode("\xe9t\xe9", "ISO-8859-1"), QStringLiteral("été"));
        QCOMPARE(Charset::decode("\x93quoted\x94", "iso-8859-1"), QStringLiteral("“quoted”"));
        QCOMPARE(Charset::decode("\xc3\xa9", "\"UTF8\""), QStringLiteral("é"));
        QCOMPARE(Charset::decode("\xc4\xe3\xba\xc3", "gb2312"), QStringLiteral("你好"));
        QVERIFY(Charset::isKnown("windows-1251"));
        QVERIFY(!Charset::isKnown("x-no-such"));
    }

    void preview_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple")
            << QByteArray("Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe!\r\n")
            << QStringLiteral("Grüße!\r\n");
        QTest::newRow("no content-type")
            << QByteArray("Subject: x\n\nhello") << QStringLiteral("hello");
        QTest::newRow("alternative prefers plain")
            << QByteArray("Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                          "preamble\r\n--b1\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n"
                          "--b1\r\nContent-Type: text/plain; charset=\"iso-8859-1\"\r\n\r\n"
                          "caf\xe9\r\n--b1--\r\n")
            << QStringLiteral("caf\u00e9");
        QTest::newRow("html only")
            << QByteArray("Content-Type: text/html; charset=utf-8\r\n\r\n<html><head><style>p{}"
                          "</style></head><body><p>Hi&nbsp;&amp; <b>bye</b> &#8364;</p></body>")
            << QStringLiteral("\nHi & bye €");
        QTest::newRow("nested mixed with attachment first")
            << QByteArray("Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
                          "--outer\r\nContent-Type: text/plain\r\nContent-Disposition: attachment;"
                          " filename=a.txt\r\n\r\nATTACHMENT\r\n--outer\r\n"
                          "Content-Type: multipart/alternative; boundary=inner\r\n\r\n"
                          "--inner\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: base64\r\n\r\n0J/RgNC40LLQtdGC\r\n"
                          "--inner--\r\n--outer--\r\n")
            << QStringLiteral("Привет");
        QTest::newRow("cut preview, no closing boundary")
            << QByteArray("Content-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\n"
                          "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                          "aGVsbG8gd29y")
            << QStringLiteral("hello wor");
        QTest::newRow("cut inside header") << QByteArray("Content-Type: text/pl") << QString();
        QTest::newRow("boundary without multipart")
            << QByteArray("Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\nabc") << QString();
    }

    void preview()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, expected);
        QCOMPARE(MimePreview::fromMessage(message), expected);
    }

    void hostileNestingIsBounded()
    {
        QByteArray message;
        for (int i = 0; i < 5000; ++i)
            message += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) +
                       "\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
        message += "\r\nDEEP";
        QCOMPARE(MimePreview::fromMessage(message), QString()); // deeper than MaxDepth
    }

    void parameters_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("token") << QByteArray("text/plain; charset=utf-8") << QByteArray("charset")
                               << QByteArray("utf-8");
        QTest::newRow("quoted") << QByteArray("multipart/mixed; boundary=\"a;b \\\"c\"")
                                << QByteArray("boundary") << QByteArray("a;b \"c");
        QTest::newRow("case") << QByteArray("text/plain; CharSet=X") << QByteArray("charset")
                              << QByteArray("X");
        QTest::newRow("second") << QByteArray("text/plain; format=flowed; charset=koi8-r")
                                << QByteArray("charset") << QByteArray("koi8-r");
        QTest::newRow("missing") << QByteArray("text/plain") << QByteArray("charset")
                                 << QByteArray();
    }

    void parameters()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(MimePreview::parameterOf(value, name), expected);
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("whitespace") << QStringLiteral("  a \r\n\t b  ") << QStringLiteral("a b");
        QTest::newRow("controls") << QStringLiteral("a\u0007b\u001bc\u0085d")
                                  << QStringLiteral("abc d");
        QTest::newRow("rlo") << QStringLiteral("invoice\u202Efdp.exe")
                             << QStringLiteral("invoicefdp.exe");
        QTest::newRow("isolates") << QStringLiteral("\u2067x\u2069") << QStringLiteral("x");
        QTest::newRow("markup kept as text")
            << QStringLiteral("<b>hi</b>") << QStringLiteral("<b>hi</b>");
        QTest::newRow("emoji kept")
            << QStringLiteral("ok 👍🏽") << QStringLiteral("ok 👍🏽");
    }

    void sanitize()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(DisplayText::sanitize(in), out);
    }

    void truncate_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("out");
        QTest::newRow("short") << QStringLiteral("abc") << 5 << QStringLiteral("abc");
        QTest::newRow("exact") << QStringLiteral("abcde") << 5 << QStringLiteral("abcde");
        QTest::newRow("cut") << QStringLiteral("abcdefgh") << 5 << QStringLiteral("abcd…");
        QTest::newRow("trailing space")
            << QStringLiteral("abc defgh") << 5 << QStringLiteral("abc…");
        // 😀 is a surrogate pair: never cut in half.
        QTest::newRow("surrogate") << QStringLiteral("abc😀def") << 5 << QStringLiteral("abc…");
        QTest::newRow("combining")
            << QStringLiteral("abce\u0301fgh") << 5 << QStringLiteral("abc…");
        QTest::newRow("zero") << QStringLiteral("abc") << 0 << QString();
    }

    void truncate()
    {
        QFETCH(QString, in);
        QFETCH(int, max);
        QFETCH(QString, out);
        const QString result = DisplayText::truncate(in, max);
        QCOMPARE(result, out);
        QVERIFY(result.size() <= std::max(max, 0));
    }

    void escapeMarkup()
    {
        QCOMPARE(DisplayText::escapeMarkup(QStringLiteral("<a href=\"x\">Tom & 'Jerry'</a>")),
                 QStringLiteral("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"));
    }
};

QTEST_GUILESS_MAIN(TestMessageDecoding)
#include "tst_messagedecoding.moc"
