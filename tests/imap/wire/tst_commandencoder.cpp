#include "imap/wire/CommandEncoder.h"
#include "imap/wire/MailboxName.h"
#include "imap/wire/SearchKey.h"

#include <QtTest/QtTest>

using namespace Imap::Wire;
using Options = CommandEncoder::Options;
using NonSync = CommandEncoder::NonSyncLiterals;

namespace {

// An independent reader of what the server receives: it walks the bytes the way an IMAP
// server does and reports the arguments of exactly one command. Anything else — a second
// line, a literal whose length is wrong, CR/LF/NUL outside a literal, a bad escape, a
// synchronising literal not at a part boundary — is a failure.
struct ParsedCommand
{
    QString error;
    QList<QByteArray> words;        // atoms/tokens as written (lists flattened, parens dropped)
    QList<QByteArray> stringValues; // decoded quoted strings and literals, in order
    QList<QByteArray> all;          // every argument value in order (atoms and strings)
};

ParsedCommand readCommand(const EncodedCommand &cmd, bool utf8Allowed)
{
    ParsedCommand out;
    const QList<QByteArray> parts = cmd.partsWithTag("T1");
    if (parts.isEmpty()) {
        out.error = QStringLiteral("no parts");
        return out;
    }
    const QByteArray data = parts.join();
    // Offsets at which the client pauses for "+": every part boundary.
    QList<qsizetype> boundaries;
    qsizetype acc = 0;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        acc += parts[i].size();
        boundaries.append(acc);
    }
    qsizetype syncLiterals = 0;
    qsizetype i = 0;
    QByteArray word;
    auto flushWord = [&] {
        if (!word.isEmpty()) {
            out.words.append(word);
            out.all.append(word);
            word.clear();
        }
    };
    while (i < data.size()) {
        const char c = data.at(i);
        if (c == '\0') {
            out.error = QStringLiteral("NUL outside a literal at %1").arg(i);
            return out;
        }
        if (c == '\r') {
            if (i + 1 < data.size() && data.at(i + 1) == '\n') {
                flushWord();
                if (i + 2 != data.size())
                    out.error = QStringLiteral("bytes after the command's CRLF: a second command");
                else if (syncLiterals != boundaries.size())
                    out.error =
                        QStringLiteral("part boundaries do not match synchronising literals");
                return out;
            }
            out.error = QStringLiteral("bare CR at %1").arg(i);
            return out;
        }
        if (c == '\n') {
            out.error = QStringLiteral("bare LF at %1").arg(i);
            return out;
        }
        if (uchar(c) >= 0x80 && !utf8Allowed) {
            out.error = QStringLiteral("8-bit byte outside a literal at %1").arg(i);
            return out;
        }
        if (c == '"') {
            flushWord();
            QByteArray value;
            ++i;
            while (true) {
                if (i >= data.size()) {
                    out.error = QStringLiteral("unterminated quoted string");
                    return out;
                }
                const char q = data.at(i);
                if (q == '"')
                    break;
                if (q == '\r' || q == '\n' || q == '\0') {
                    out.error = QStringLiteral("CR/LF/NUL inside a quoted string");
                    return out;
                }
                if (q == '\\') {
                    ++i;
                    if (i >= data.size() || (data.at(i) != '"' && data.at(i) != '\\')) {
                        out.error = QStringLiteral("bad escape in quoted string");
                        return out;
                    }
                }
                if (uchar(data.at(i)) >= 0x80 && !utf8Allowed) {
                    out.error = QStringLiteral("8-bit byte in quoted string");
                    return out;
                }
                value.append(data.at(i));
                ++i;
            }
            ++i;
            out.stringValues.append(value);
            out.all.append(value);
            continue;
        }
        if (c == '{' || (c == '~' && i + 1 < data.size() && data.at(i + 1) == '{')) {
            flushWord();
            const bool binary = c == '~';
            qsizetype j = i + (binary ? 2 : 1);
            qsizetype length = 0;
            const qsizetype digitsStart = j;
            while (j < data.size() && data.at(j) >= '0' && data.at(j) <= '9')
                length = length * 10 + (data.at(j++) - '0');
            bool nonSync = false;
            if (j < data.size() && data.at(j) == '+') {
                nonSync = true;
                ++j;
            }
            if (j == digitsStart || j + 2 >= data.size() + 0 || data.at(j) != '}' ||
                data.at(j + 1) != '\r' || data.at(j + 2) != '\n') {
                out.error = QStringLiteral("'{' that is not a literal announcement at %1").arg(i);
                return out;
            }
            j += 3;
            if (!nonSync) {
                if (!boundaries.contains(j)) {
                    out.error = QStringLiteral("synchronising literal not at a part boundary");
                    return out;
                }
                ++syncLiterals;
            }
            if (j + length > data.size()) {
                out.error = QStringLiteral("literal longer than the data");
                return out;
            }
            const QByteArray value = data.mid(j, length);
            if (!binary && value.contains('\0')) {
                out.error = QStringLiteral("NUL inside a non-binary literal");
                return out;
            }
            out.stringValues.append(value);
            out.all.append(value);
            i = j + length;
            continue;
        }
        if (c == ' ' || c == '(' || c == ')') {
            flushWord();
            ++i;
            continue;
        }
        word.append(c);
        ++i;
    }
    out.error = QStringLiteral("command does not end with CRLF");
    return out;
}

QList<QByteArray> hostileInputs()
{
    QList<QByteArray> inputs = {
        QByteArray(),
        QByteArrayLiteral("\r"),
        QByteArrayLiteral("\n"),
        QByteArrayLiteral("\r\n"),
        QByteArrayLiteral("a\r\nb"),
        QByteArrayLiteral("\r\nT2 LOGOUT\r\n"),
        QByteArrayLiteral("\""),
        QByteArrayLiteral("\\"),
        QByteArrayLiteral("\"\\\""),
        QByteArrayLiteral("a\"\r\n"),
        QByteArrayLiteral("{5}\r\n"),
        QByteArrayLiteral("{0+}\r\n"),
        QByteArrayLiteral("x {5}"),
        QByteArrayLiteral("~{3}"),
        QByteArrayLiteral("{5}"),
        QByteArrayLiteral("\xff"),
        QByteArrayLiteral("caf\xc3\xa9"),
        QByteArrayLiteral(")"),
        QByteArrayLiteral("("),
        QByteArrayLiteral("NIL"),
        QByteArrayLiteral("nil"),
        QByteArrayLiteral("*"),
        QByteArrayLiteral("%"),
        QByteArrayLiteral("]"),
        QByteArrayLiteral("\x7f"),
        QByteArrayLiteral("\t"),
        QByteArrayLiteral(" "),
        QByteArrayLiteral("plain"),
        QByteArrayLiteral("\\Seen"),
        QByteArrayLiteral("$Label1"),
        QByteArray(3000, 'a'),
        QByteArray(3000, ' '),
        QByteArray(5000, 'x') + "\r\n",
    };
    return inputs;
}

QList<QPair<QString, Options>> optionSets()
{
    Options plain;
    Options plus;
    plus.nonSyncLiterals = NonSync::LiteralPlus;
    Options minus;
    minus.nonSyncLiterals = NonSync::LiteralMinus;
    Options utf8;
    utf8.utf8Accepted = true;
    utf8.binary = true;
    return {{QStringLiteral("plain"), plain},
            {QStringLiteral("literal+"), plus},
            {QStringLiteral("literal-"), minus},
            {QStringLiteral("utf8+binary"), utf8}};
}

} // namespace

class TestCommandEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void astringForm_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("utf8");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("atom") << QByteArrayLiteral("INBOX") << false
                              << QByteArrayLiteral("X INBOX\r\n");
        QTest::newRow("empty") << QByteArray() << false << QByteArrayLiteral("X \"\"\r\n");
        QTest::newRow("NIL") << QByteArrayLiteral("NIL") << false
                             << QByteArrayLiteral("X \"NIL\"\r\n");
        QTest::newRow("nil") << QByteArrayLiteral("nil") << false
                             << QByteArrayLiteral("X \"nil\"\r\n");
        QTest::newRow("space") << QByteArrayLiteral("a b") << false
                               << QByteArrayLiteral("X \"a b\"\r\n");
        QTest::newRow("dquote") << QByteArrayLiteral("a\"b") << false
                                << QByteArrayLiteral("X \"a\\\"b\"\r\n");
        QTest::newRow("backslash")
            << QByteArrayLiteral("a\\b") << false << QByteArrayLiteral("X \"a\\\\b\"\r\n");
        QTest::newRow("brace") << QByteArrayLiteral("{5}") << false
                               << QByteArrayLiteral("X \"{5}\"\r\n");
        QTest::newRow("bracket") << QByteArrayLiteral("x]") << false
                                 << QByteArrayLiteral("X \"x]\"\r\n");
        QTest::newRow("wildcards")
            << QByteArrayLiteral("%*") << false << QByteArrayLiteral("X \"%*\"\r\n");
        QTest::newRow("crlf") << QByteArrayLiteral("a\r\nb") << false
                              << QByteArrayLiteral("X {4}\r\na\r\nb\r\n");
        QTest::newRow("tab") << QByteArrayLiteral("a\tb") << false
                             << QByteArrayLiteral("X {3}\r\na\tb\r\n");
        QTest::newRow("8bit") << QByteArrayLiteral("caf\xc3\xa9") << false
                              << QByteArrayLiteral("X {5}\r\ncaf\xc3\xa9\r\n");
        QTest::newRow("8bit-utf8") << QByteArrayLiteral("caf\xc3\xa9") << true
                                   << QByteArrayLiteral("X \"caf\xc3\xa9\"\r\n");
        QTest::newRow("bad-utf8-utf8")
            << QByteArrayLiteral("caf\xe9") << true << QByteArrayLiteral("X {4}\r\ncaf\xe9\r\n");
        QTest::newRow("truncated-utf8")
            << QByteArrayLiteral("ab\xc3") << true << QByteArrayLiteral("X {3}\r\nab\xc3\r\n");
        QTest::newRow("overlong-utf8")
            << QByteArrayLiteral("\xc0\xaf") << true << QByteArrayLiteral("X {2}\r\n\xc0\xaf\r\n");
        QTest::newRow("surrogate-utf8") << QByteArrayLiteral("\xed\xa0\x80") << true
                                        << QByteArrayLiteral("X {3}\r\n\xed\xa0\x80\r\n");
        QTest::newRow("4byte-utf8") << QByteArrayLiteral("\xf0\x9f\x93\xa7") << true
                                    << QByteArrayLiteral("X \"\xf0\x9f\x93\xa7\"\r\n");
        QTest::newRow("long") << QByteArray(1025, ' ') << false
                              << "X {1025}\r\n" + QByteArray(1025, ' ') + "\r\n";
    }

    void astringForm()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, utf8);
        QFETCH(QByteArray, wire);
        Options options;
        options.utf8Accepted = utf8;
        const EncodedCommand cmd =
            CommandEncoder(options).encode("X", {CommandArgument::astring(value)});
        QVERIFY2(cmd.isValid(), qPrintable(cmd.errorString()));
        QCOMPARE(cmd.wireBytes("T1"), "T1 " + wire);
        QCOMPARE(cmd.partsWithTag("T1").join(), "T1 " + wire);
    }

    void stringNeverAtom()
    {
        const EncodedCommand cmd = CommandEncoder().encode(
            "ID", {CommandArgument::list({CommandArgument::string(QByteArrayView("name")),
                                          CommandArgument::string(QStringLiteral("Lettertray")),
                                          CommandArgument::string(QByteArrayView("version")),
                                          CommandArgument::nil()})});
        QCOMPARE(cmd.wireBytes("a"),
                 QByteArrayLiteral("a ID (\"name\" \"Lettertray\" \"version\" NIL)\r\n"));
    }

    void loginSplitsAtLiteral()
    {
        const EncodedCommand cmd = CommandEncoder().encode(
            "LOGIN", {CommandArgument::astring(QByteArrayView("alice")),
                      CommandArgument::astring(QByteArrayView("p\r\nw")).secret()});
        QVERIFY(cmd.isValid());
        QCOMPARE(cmd.parts(), (QList<QByteArray>{"LOGIN alice {4}\r\n", "p\r\nw\r\n"}));
        QCOMPARE(cmd.continuationCount(), 1);
        QCOMPARE(cmd.partsWithTag("A1").first(), QByteArrayLiteral("A1 LOGIN alice {4}\r\n"));
        QVERIFY(cmd.containsSecret());
        QCOMPARE(cmd.redactedWithTag("A1"), QByteArrayLiteral("A1 LOGIN alice {*}\r\n<redacted>"));
        QVERIFY(!cmd.redacted().contains("p\r\nw"));
    }

    void redactsQuotedSecret()
    {
        const EncodedCommand cmd = CommandEncoder().encode(
            "LOGIN", {CommandArgument::astring(QByteArrayView("alice")),
                      CommandArgument::astring(QByteArrayView("hunter 2")).secret()});
        QCOMPARE(cmd.wireBytes("A1"), QByteArrayLiteral("A1 LOGIN alice \"hunter 2\"\r\n"));
        QCOMPARE(cmd.redacted(), QByteArrayLiteral("LOGIN alice <redacted>"));
        QVERIFY(!cmd.redacted().contains("hunter"));
        const EncodedCommand open =
            CommandEncoder().encode("SELECT", {CommandArgument::mailbox(QStringLiteral("INBOX"))});
        QVERIFY(!open.containsSecret());
        QCOMPARE(open.redacted(), QByteArrayLiteral("SELECT INBOX"));
    }

    void nonSyncLiterals()
    {
        Options plus;
        plus.nonSyncLiterals = NonSync::LiteralPlus;
        const EncodedCommand a =
            CommandEncoder(plus).encode("X", {CommandArgument::astring(QByteArrayView("p\r\nw"))});
        QCOMPARE(a.parts(), QList<QByteArray>{QByteArrayLiteral("X {4+}\r\np\r\nw\r\n")});
        QCOMPARE(a.continuationCount(), 0);

        Options minus;
        minus.nonSyncLiterals = NonSync::LiteralMinus;
        const QByteArray small(4096, '\n');
        const QByteArray big(4097, '\n');
        const EncodedCommand b = CommandEncoder(minus).encode(
            "X", {CommandArgument::literal(small), CommandArgument::literal(big)});
        QCOMPARE(b.parts().size(), 2);
        QVERIFY(b.parts().at(0).startsWith("X {4096+}\r\n"));
        QVERIFY(b.parts().at(0).endsWith(" {4097}\r\n"));

        const Options fromCaps =
            Options::fromCapabilities({"IMAP4rev1", "literal-", "BINARY"}, false);
        QCOMPARE(fromCaps.nonSyncLiterals, NonSync::LiteralMinus);
        QVERIFY(fromCaps.binary);
        QVERIFY(!fromCaps.utf8Accepted);
        QCOMPARE(Options::fromCapabilities({"LITERAL-", "LITERAL+"}, true).nonSyncLiterals,
                 NonSync::LiteralPlus);
    }

    void literal8()
    {
        const QByteArray data("a\0b", 3);
        const EncodedCommand refused =
            CommandEncoder().encode("APPEND", {CommandArgument::literal8(data)});
        QVERIFY(!refused.isValid());
        QVERIFY(refused.errorString().contains(QLatin1String("BINARY")));
        Options binary;
        binary.binary = true;
        const EncodedCommand cmd = CommandEncoder(binary).encode(
            "APPEND",
            {CommandArgument::mailbox(QStringLiteral("INBOX")), CommandArgument::literal8(data)});
        QCOMPARE(cmd.parts(), (QList<QByteArray>{"APPEND INBOX ~{3}\r\n", data + "\r\n"}));
        binary.nonSyncLiterals = NonSync::LiteralPlus;
        QCOMPARE(CommandEncoder(binary).encode("APPEND", {CommandArgument::literal8(data)}).parts(),
                 QList<QByteArray>{"APPEND ~{3+}\r\n" + data + "\r\n"});
    }

    void nulIsRefused_data()
    {
        QTest::addColumn<CommandArgument>("argument");
        const QByteArray nul("a\0b", 3);
        QTest::newRow("astring") << CommandArgument::astring(nul);
        QTest::newRow("string") << CommandArgument::string(nul);
        QTest::newRow("literal") << CommandArgument::literal(nul);
        QTest::newRow("mailbox") << CommandArgument::mailbox(QString::fromLatin1(nul));
        QTest::newRow("in-list") << CommandArgument::list({CommandArgument::string(nul)});
        QTest::newRow("search") << SearchKey::subject(QString::fromLatin1(nul)).toArgument();
    }

    void nulIsRefused()
    {
        QFETCH(CommandArgument, argument);
        for (const auto &[label, options] : optionSets()) {
            const EncodedCommand cmd = CommandEncoder(options).encode("X", {argument});
            QVERIFY2(!cmd.isValid(), qPrintable(label));
            QVERIFY(!cmd.errorString().isEmpty());
            QVERIFY(cmd.parts().isEmpty());
            QVERIFY(cmd.partsWithTag("T").isEmpty());
        }
    }

    void mailbox()
    {
        const QString name = QStringLiteral("~peter/mail/\u53F0\u5317/\u65E5\u672C\u8A9E");
        QCOMPARE(CommandEncoder().encode("SELECT", {CommandArgument::mailbox(name)}).wireBytes("a"),
                 QByteArrayLiteral("a SELECT ~peter/mail/&U,BTFw-/&ZeVnLIqe-\r\n"));
        Options utf8;
        utf8.utf8Accepted = true;
        QCOMPARE(
            CommandEncoder(utf8).encode("SELECT", {CommandArgument::mailbox(name)}).wireBytes("a"),
            "a SELECT \"" + name.toUtf8() + "\"\r\n");
        QCOMPARE(CommandEncoder()
                     .encode("SELECT", {CommandArgument::mailbox(QStringLiteral("My Folder"))})
                     .wireBytes("a"),
                 QByteArrayLiteral("a SELECT \"My Folder\"\r\n"));
        // CR/LF in a name: shifted into BASE64 in mUTF-7, a literal in UTF-8 mode.
        QCOMPARE(CommandEncoder()
                     .encode("SELECT", {CommandArgument::mailbox(QStringLiteral("x\r\ny"))})
                     .wireBytes("a"),
                 QByteArrayLiteral("a SELECT x&AA0ACg-y\r\n"));
        QCOMPARE(CommandEncoder(utf8)
                     .encode("SELECT", {CommandArgument::mailbox(QStringLiteral("x\r\ny"))})
                     .parts(),
                 (QList<QByteArray>{"SELECT {4}\r\n", "x\r\ny\r\n"}));
        QVERIFY(!CommandEncoder()
                     .encode("SELECT", {CommandArgument::mailbox(QString(QChar(0xD800)))})
                     .isValid());
        // LIST patterns keep their wildcards (quoted, where they are still wildcards).
        QCOMPARE(CommandEncoder()
                     .encode("LIST", {CommandArgument::mailbox(QString()),
                                      CommandArgument::mailbox(QStringLiteral("%"))})
                     .wireBytes("a"),
                 QByteArrayLiteral("a LIST \"\" \"%\"\r\n"));
    }

    void flags_data()
    {
        QTest::addColumn<QByteArray>("flag");
        QTest::addColumn<QByteArray>("wire"); // empty: refused
        QTest::newRow("seen") << QByteArrayLiteral("\\Seen") << QByteArrayLiteral("\\Seen");
        QTest::newRow("seen-lower") << QByteArrayLiteral("\\seen") << QByteArrayLiteral("\\Seen");
        QTest::newRow("deleted") << QByteArrayLiteral("\\DELETED")
                                 << QByteArrayLiteral("\\Deleted");
        QTest::newRow("keyword") << QByteArrayLiteral("$Forwarded")
                                 << QByteArrayLiteral("$Forwarded");
        QTest::newRow("junk") << QByteArrayLiteral("NonJunk") << QByteArrayLiteral("NonJunk");
        QTest::newRow("star") << QByteArrayLiteral("\\*") << QByteArray();
        QTest::newRow("recent") << QByteArrayLiteral("\\Recent") << QByteArray();
        QTest::newRow("unknown-system") << QByteArrayLiteral("\\Foo") << QByteArray();
        QTest::newRow("space") << QByteArrayLiteral("foo bar") << QByteArray();
        QTest::newRow("crlf") << QByteArrayLiteral("foo\r\n") << QByteArray();
        QTest::newRow("literal") << QByteArrayLiteral("{5}") << QByteArray();
        QTest::newRow("bracket") << QByteArrayLiteral("a]") << QByteArray();
        QTest::newRow("paren") << QByteArrayLiteral("a)") << QByteArray();
        QTest::newRow("8bit") << QByteArrayLiteral("\xc3\xa9") << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("backslash-only") << QByteArrayLiteral("\\") << QByteArray();
    }

    void flags()
    {
        QFETCH(QByteArray, flag);
        QFETCH(QByteArray, wire);
        const EncodedCommand cmd = CommandEncoder().encode(
            "UID STORE", {CommandArgument::sequenceSet(SequenceSet::range(1, 5)),
                          CommandArgument::atom("+FLAGS"),
                          CommandArgument::flagList({QByteArrayLiteral("\\Answered"), flag})});
        if (wire.isEmpty()) {
            QVERIFY(!cmd.isValid());
            QVERIFY(!cmd.errorString().isEmpty());
        } else {
            QCOMPARE(cmd.wireBytes("a"), "a UID STORE 1:5 +FLAGS (\\Answered " + wire + ")\r\n");
        }
    }

    void validation()
    {
        QVERIFY(CommandEncoder()
                    .encode("UID FETCH",
                            {CommandArgument::sequenceSet(SequenceSet::all()),
                             CommandArgument::token(
                                 "(UID FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]<0.2048>)")})
                    .isValid());
        QVERIFY(!CommandEncoder().encode("", {}).isValid());
        QVERIFY(!CommandEncoder().encode("NOOP\r\n", {}).isValid());
        QVERIFY(!CommandEncoder().encode("UID  FETCH", {}).isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument::atom("A B")}).isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument::atom("X{5}")}).isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument::atom("")}).isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument::token("BODY[] {5}")}).isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument::token("a\r\nb")}).isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument::token("\"a")}).isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument()}).isValid());
        QVERIFY(!CommandEncoder()
                     .encode("X", {CommandArgument::sequenceSet(SequenceSet::single(0))})
                     .isValid());
        QVERIFY(!CommandEncoder().encode("X", {CommandArgument::date(QDate())}).isValid());
        QVERIFY(!EncodedCommand::isValidTag("A+1"));
        QVERIFY(!EncodedCommand::isValidTag("A 1"));
        QVERIFY(!EncodedCommand::isValidTag(""));
        QVERIFY(EncodedCommand::isValidTag("A001"));
        QVERIFY(CommandEncoder().encode("NOOP").partsWithTag("A 1").isEmpty());
        QCOMPARE(CommandEncoder().encode("NOOP").wireBytes("A1"), QByteArrayLiteral("A1 NOOP\r\n"));
    }

    void emptySequenceAddsNoSpace()
    {
        const EncodedCommand cmd = CommandEncoder().encode(
            "FETCH", {CommandArgument::sequenceSet(SequenceSet::single(1)),
                      CommandArgument::sequence({}), CommandArgument::list({})});
        QCOMPARE(cmd.wireBytes("a"), QByteArrayLiteral("a FETCH 1 ()\r\n"));
    }

    void append()
    {
        const QByteArray message =
            QByteArrayLiteral("From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n");
        const EncodedCommand cmd = CommandEncoder().encode(
            "APPEND", {CommandArgument::mailbox(QStringLiteral("Sent")),
                       CommandArgument::flagList({"\\Seen"}),
                       CommandArgument::dateTime(
                           QDateTime(QDate(2024, 1, 1), QTime(10, 0), QTimeZone::utc())),
                       CommandArgument::literal(message)});
        QCOMPARE(cmd.parts(),
                 (QList<QByteArray>{"APPEND Sent (\\Seen) \"01-Jan-2024 10:00:00 +0000\" {" +
                                        QByteArray::number(message.size()) + "}\r\n",
                                    message + "\r\n"}));
        QVERIFY(cmd.redacted().contains(
            QByteArray("<" + QByteArray::number(message.size()) + " octets>")));
    }

    void rawLine()
    {
        const CommandEncoder encoder;
        QCOMPARE(encoder.encodeRawLine("CAPABILITY").wireBytes("a"),
                 QByteArrayLiteral("a CAPABILITY\r\n"));
        QVERIFY(!encoder.encodeRawLine("NOOP\r\nb LOGOUT").isValid());
        QVERIFY(!encoder.encodeRawLine("NOOP\n").isValid());
        QVERIFY(!encoder.encodeRawLine(QByteArrayView("NO\0OP", 5)).isValid());
        QVERIFY(!encoder.encodeRawLine("APPEND INBOX {5}").isValid());
        QVERIFY(!encoder.encodeRawLine("").isValid());
    }

    // The central guarantee, checked by an independent reader of the bytes: whatever a
    // stranger puts in any argument, the server sees exactly one command whose arguments
    // decode back to the caller's values — or the command is refused before anything is sent.
    void smuggling_data()
    {
        QTest::addColumn<QByteArray>("value");
        int n = 0;
        for (const QByteArray &v : hostileInputs())
            QTest::addRow("input-%d", n++) << v;
        QTest::addRow("with-nul") << QByteArray("a\0b\r\n", 5);
    }

    void smuggling()
    {
        QFETCH(QByteArray, value);
        const bool hasNul = value.contains('\0');
        const QString text = QString::fromUtf8(value);
        for (const auto &entry : optionSets()) {
            const QString label = entry.first;
            const Options options = entry.second;
            const CommandEncoder encoder(options);
            auto check = [&](const char *what, const QList<CommandArgument> &args, bool mayRefuse,
                             std::optional<QByteArray> expectedValue) {
                const EncodedCommand cmd = encoder.encode("X", args);
                const QString where = QStringLiteral("%1 / %2").arg(label, QLatin1String(what));
                if (!cmd.isValid()) {
                    QVERIFY2(mayRefuse || hasNul,
                             qPrintable(where + QStringLiteral(": refused: ") + cmd.errorString()));
                    QVERIFY2(cmd.parts().isEmpty(), qPrintable(where));
                    return;
                }
                const ParsedCommand parsed = readCommand(cmd, options.utf8Accepted);
                QVERIFY2(parsed.error.isEmpty(),
                         qPrintable(where + QStringLiteral(": ") + parsed.error));
                if (expectedValue) {
                    QVERIFY2(!parsed.all.isEmpty(), qPrintable(where));
                    QVERIFY2(
                        parsed.all.last() == *expectedValue,
                        qPrintable(where + QStringLiteral(": value changed: ") +
                                   QString::fromLatin1(parsed.all.last().toPercentEncoding())));
                }
            };
            check("astring", {CommandArgument::astring(value)}, false, value);
            check("string", {CommandArgument::string(value)}, false, value);
            check("literal", {CommandArgument::literal(value)}, false, value);
            check("secret", {CommandArgument::astring(value).secret()}, false, value);
            check("id-list",
                  {CommandArgument::list({CommandArgument::string(QByteArrayView("name")),
                                          CommandArgument::string(value)})},
                  false, value);
            check(
                "nested",
                {CommandArgument::list({CommandArgument::list({CommandArgument::astring(value)})}),
                 CommandArgument::atom("END")},
                false, QByteArray("END"));
            // Mailbox names go through mUTF-7 or UTF-8; check they come back as the same name.
            {
                const EncodedCommand cmd =
                    encoder.encode("SELECT", {CommandArgument::mailbox(text)});
                if (cmd.isValid()) {
                    const ParsedCommand parsed = readCommand(cmd, options.utf8Accepted);
                    QVERIFY2(parsed.error.isEmpty(),
                             qPrintable(label + QStringLiteral(" / mailbox: ") + parsed.error));
                    const QByteArray wireName = parsed.all.last();
                    const MailboxName::Decoded decoded =
                        options.utf8Accepted ? MailboxName::decodeUtf8(wireName)
                                             : MailboxName::decodeModifiedUtf7(wireName);
                    QCOMPARE(decoded.name, text);
                } else {
                    QVERIFY2(text.contains(QChar(0)), qPrintable(cmd.errorString()));
                }
            }
            check("search", SearchKey::subject(text).searchArguments(options.utf8Accepted), false,
                  text.toUtf8());
            check("header",
                  (SearchKey::header("X-Spam", text) && SearchKey::from(text))
                      .searchArguments(options.utf8Accepted),
                  false, text.toUtf8());
            check("gmail-raw", SearchKey::gmailRaw(text).searchArguments(options.utf8Accepted),
                  false, text.toUtf8());
            check("or-not",
                  (!SearchKey::body(text) || SearchKey::to(text))
                      .searchArguments(options.utf8Accepted),
                  false, text.toUtf8());
            // Arguments that must be syntax: either valid as they are or refused.
            check("atom", {CommandArgument::atom(value)}, true, value);
            check("token", {CommandArgument::token(value)}, true, std::nullopt);
            check("flag", {CommandArgument::flagList({value})}, true, std::nullopt);
            check("keyword", SearchKey::keyword(value).searchArguments(false), true, std::nullopt);
            check("emailid", SearchKey::emailId(value).searchArguments(false), true, value);
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandEncoder)
#include "tst_commandencoder.moc"
