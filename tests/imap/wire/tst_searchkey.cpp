#include "imap/wire/CommandEncoder.h"
#include "imap/wire/SearchKey.h"

#include <QtTest/QtTest>

using namespace Imap::Wire;

namespace {

QByteArray render(const SearchKey &key, bool utf8 = false)
{
    CommandEncoder::Options options;
    options.utf8Accepted = utf8;
    const EncodedCommand cmd =
        CommandEncoder(options).encode("UID SEARCH", key.searchArguments(utf8));
    if (!cmd.isValid())
        return "error: " + cmd.errorString().toUtf8();
    return cmd.parts().join();
}

} // namespace

class TestSearchKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<SearchKey>("key");
        QTest::addColumn<QByteArray>("expected");
        const QDate day(2024, 1, 1);
        QTest::newRow("all") << SearchKey::all() << QByteArrayLiteral("ALL");
        QTest::newRow("unseen") << SearchKey::unseen() << QByteArrayLiteral("UNSEEN");
        QTest::newRow("new") << SearchKey::newMessages() << QByteArrayLiteral("NEW");
        QTest::newRow("from") << SearchKey::from(QStringLiteral("alice@example.org"))
                              << QByteArrayLiteral("FROM alice@example.org");
        QTest::newRow("subject-space") << SearchKey::subject(QStringLiteral("hello world"))
                                       << QByteArrayLiteral("SUBJECT \"hello world\"");
        QTest::newRow("since") << SearchKey::since(day) << QByteArrayLiteral("SINCE 01-Jan-2024");
        QTest::newRow("sentbefore")
            << SearchKey::sentBefore(day) << QByteArrayLiteral("SENTBEFORE 01-Jan-2024");
        QTest::newRow("uid") << SearchKey::uid(*SequenceSet::parse("1:5,9:*"))
                             << QByteArrayLiteral("UID 1:5,9:*");
        QTest::newRow("seqset") << SearchKey::sequence(SequenceSet::range(2, 4))
                                << QByteArrayLiteral("2:4");
        QTest::newRow("header") << SearchKey::header("List-Id", QStringLiteral("<dev.example.org>"))
                                << QByteArrayLiteral("HEADER List-Id <dev.example.org>");
        QTest::newRow("header-empty-value")
            << SearchKey::header("X-Flag", QString()) << QByteArrayLiteral("HEADER X-Flag \"\"");
        QTest::newRow("and") << (SearchKey::unseen() && SearchKey::from(QStringLiteral("bob")))
                             << QByteArrayLiteral("UNSEEN FROM bob");
        QTest::newRow("or") << (SearchKey::seen() || SearchKey::flagged())
                            << QByteArrayLiteral("OR SEEN FLAGGED");
        QTest::newRow("not") << !SearchKey::deleted() << QByteArrayLiteral("NOT DELETED");
        QTest::newRow("nested") << ((SearchKey::from(QStringLiteral("a")) && SearchKey::seen()) ||
                                    !SearchKey::unseen())
                                << QByteArrayLiteral("OR (FROM a SEEN) NOT UNSEEN");
        QTest::newRow("not-group") << !(SearchKey::seen() && SearchKey::flagged())
                                   << QByteArrayLiteral("NOT (SEEN FLAGGED)");
        QTest::newRow("group") << SearchKey::group({SearchKey::seen(), SearchKey::larger(1000)})
                               << QByteArrayLiteral("(SEEN LARGER 1000)");
        QTest::newRow("or-or") << ((SearchKey::seen() || SearchKey::draft()) ||
                                   SearchKey::answered())
                               << QByteArrayLiteral("OR OR SEEN DRAFT ANSWERED");
        QTest::newRow("keyword") << SearchKey::keyword("$Junk")
                                 << QByteArrayLiteral("KEYWORD $Junk");
        QTest::newRow("modseq") << SearchKey::modSeq(620162338)
                                << QByteArrayLiteral("MODSEQ 620162338");
        QTest::newRow("modseq-entry")
            << SearchKey::modSeq("/flags/\\draft", "all", 620162338)
            << QByteArrayLiteral("MODSEQ \"/flags/\\\\draft\" all 620162338");
        QTest::newRow("modseq-too-big")
            << SearchKey::modSeq(quint64(1) << 63) << QByteArrayLiteral("error");
        QTest::newRow("younger") << SearchKey::younger(3600) << QByteArrayLiteral("YOUNGER 3600");
        QTest::newRow("gm-raw") << SearchKey::gmailRaw(QStringLiteral("has:attachment in:unread"))
                                << QByteArrayLiteral("X-GM-RAW \"has:attachment in:unread\"");
        QTest::newRow("gm-raw-atomish")
            << SearchKey::gmailRaw(QStringLiteral("foo")) << QByteArrayLiteral("X-GM-RAW \"foo\"");
        QTest::newRow("gm-msgid") << SearchKey::gmailMessageId(1278455344230334865ull)
                                  << QByteArrayLiteral("X-GM-MSGID 1278455344230334865");
        QTest::newRow("emailid") << SearchKey::emailId("M6d99ac3275bb4e")
                                 << QByteArrayLiteral("EMAILID M6d99ac3275bb4e");
        QTest::newRow("keyword-system")
            << SearchKey::keyword("\\Seen") << QByteArrayLiteral("error");
        QTest::newRow("header-bad-field")
            << SearchKey::header("X Bad:", QStringLiteral("v")) << QByteArrayLiteral("error");
        QTest::newRow("empty") << SearchKey() << QByteArrayLiteral("error");
        QTest::newRow("or-with-empty")
            << (SearchKey() || SearchKey::seen()) << QByteArrayLiteral("error");
        QTest::newRow("invalid-date") << SearchKey::since(QDate()) << QByteArrayLiteral("error");
    }

    void render()
    {
        QFETCH(SearchKey, key);
        QFETCH(QByteArray, expected);
        const QByteArray wire = ::render(key);
        if (expected == "error") {
            QVERIFY2(wire.startsWith("error: "), wire.constData());
            QVERIFY(!key.isValid());
        } else {
            QVERIFY(key.isValid());
            QCOMPARE(wire, "UID SEARCH " + expected + "\r\n");
            QVERIFY(!key.needsUtf8Charset());
        }
    }

    void charset()
    {
        const SearchKey key =
            SearchKey::subject(QStringLiteral("Gr\u00FC\u00DFe")) && SearchKey::unseen();
        QVERIFY(key.needsUtf8Charset());
        QCOMPARE(::render(key),
                 QByteArrayLiteral("UID SEARCH CHARSET UTF-8 SUBJECT {7}\r\nGr\xc3\xbc\xc3\x9f"
                                   "e UNSEEN\r\n"));
        // Once UTF8=ACCEPT is enabled a CHARSET is forbidden (RFC 6855 §3), and quoted UTF-8 is
        // fine.
        QCOMPARE(::render(key, true), QByteArrayLiteral("UID SEARCH SUBJECT \"Gr\xc3\xbc\xc3\x9f"
                                                        "e\" UNSEEN\r\n"));
        // Charset need propagates through OR, NOT and groups.
        QVERIFY(
            (SearchKey::seen() || !SearchKey::from(QStringLiteral("\u00E9"))).needsUtf8Charset());
        QVERIFY(SearchKey::group({SearchKey::seen(), SearchKey::gmailRaw(QStringLiteral("\u00E9"))})
                    .needsUtf8Charset());
        QVERIFY(!(SearchKey::seen() || SearchKey::from(QStringLiteral("e"))).needsUtf8Charset());
    }
};

QTEST_GUILESS_MAIN(TestSearchKey)
#include "tst_searchkey.moc"
