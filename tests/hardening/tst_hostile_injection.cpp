// Item 9 and 10 of the hardening list: strings that come from strangers (mailbox names from a
// LIST, search strings typed by a user, flags and ID values) never produce more than one
// command on the wire. A recording server splits what the client sends the way a server must
// (following literal announcements) and checks that every API call became exactly one command
// -- or none, when the client refused it locally -- and that the argument arrives intact.

#include "HardeningSupport.h"

#include "imap/AppendReply.h"
#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/IdReply.h"
#include "imap/ListReply.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"

#include <QtTest/QTest>

#include <memory>

using namespace Hardening;
using namespace Imap;

namespace {

const QByteArray kWithLiteralPlus =
    "* PREAUTH [CAPABILITY IMAP4rev1 IDLE ID LITERAL+ UIDPLUS] ready\r\n";
const QByteArray kWithoutLiteralPlus = "* PREAUTH [CAPABILITY IMAP4rev1 IDLE ID UIDPLUS] ready\r\n";

QString hostile(const char *utf8, qsizetype size)
{
    return QString::fromUtf8(utf8, size);
}

QByteArray answer(const ClientCommand &command)
{
    if (command.text.contains(" SELECT ") || command.text.contains(" EXAMINE ")) {
        return "* 3 EXISTS\r\n* OK [UIDVALIDITY 1] ok\r\n" + command.tag +
               " OK [READ-WRITE] done\r\n";
    }
    return command.tag + " OK done\r\n";
}

} // namespace

class TestHostileInjection : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<RecordingServer> m_server;
    std::unique_ptr<Client> m_client;

    bool start(const QByteArray &greeting)
    {
        m_transport = std::make_unique<FakeTransport>();
        m_server = std::make_unique<RecordingServer>(m_transport.get());
        m_server->setResponder(answer);
        m_client = std::make_unique<Client>();
        return connectOver(m_client.get(), m_transport.get(), greeting);
    }

    // Waits for the reply and checks the one-call-one-command rule. Returns the command, or an
    // empty one when the client refused the call locally.
    ClientCommand oneCommandFor(Reply *reply, qsizetype before, bool *ok)
    {
        *ok = false;
        if (!waitFor([reply] { return reply->isFinished(); })) {
            qWarning() << "reply did not finish";
            return {};
        }
        waitFor([] { return false; }, 20); // anything the client might still write
        if (m_server->framingError()) {
            qWarning() << "framing:" << m_server->framingErrorString();
            return {};
        }
        const QList<ClientCommand> commands = m_server->commands().mid(before);
        if (reply->status() == Reply::Status::InvalidArgument) {
            *ok = commands.isEmpty();
            if (!*ok) {
                qWarning() << "refused locally but sent" << commands.size() << "commands";
            }
            return {};
        }
        if (commands.size() != 1) {
            qWarning() << "expected one command, the server saw" << commands.size();
            for (const ClientCommand &c : commands) {
                qWarning() << c.text;
            }
            return {};
        }
        if (commands.first().tag != reply->tag()) {
            qWarning() << "tag mismatch" << commands.first().tag << reply->tag();
            return {};
        }
        *ok = reply->isOk();
        if (!*ok) {
            qWarning() << "reply" << reply->errorString();
        }
        return commands.first();
    }

    // The decoded astring after "<tag> <verb> ".
    QByteArray argumentAfter(const ClientCommand &command, QByteArrayView verb, int skipArgs = 0)
    {
        const QByteArray prefix = command.tag + ' ' + verb.toByteArray() + ' ';
        if (!command.text.startsWith(prefix)) {
            return "<no " + verb.toByteArray() + ">";
        }
        QByteArrayView rest = QByteArrayView(command.text).sliced(prefix.size());
        int literal = 0;
        QByteArray value;
        for (int i = 0; i <= skipArgs; ++i) {
            if (i > 0) {
                if (!rest.startsWith(' ')) {
                    return "<bad separator>";
                }
                rest = rest.sliced(1);
            }
            if (!decodeAstring(rest, command.literals, &literal, &value, &rest)) {
                return "<not an astring>";
            }
        }
        return value;
    }

private Q_SLOTS:
    void mailboxNames_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QString>("name");
        const QList<std::pair<const char *, QString>> names = {
            {"CR", hostile("a\rb", 3)},
            {"LF", hostile("a\nb", 3)},
            {"CRLF command", QStringLiteral("x\r\nA999 DELETE INBOX")},
            {"NUL", hostile("a\0b", 3)},
            {"quote", QStringLiteral("a\"b")},
            {"backslash", QStringLiteral("a\\b")},
            {"literal announcement", QStringLiteral("x{5}\r\nhello")},
            {"non-sync literal", QStringLiteral("x{0+}\r\n")},
            {"8-bit", QStringLiteral("Entw\u00fcrfe/\u65e5\u672c")},
            {"ampersand", QStringLiteral("a&-b&")},
            {"braces only", QStringLiteral("{5}")},
            {"paren", QStringLiteral("a (b) \"c\" \\d")},
        };
        for (const auto &[tag, name] : names) {
            QTest::addRow("%s, LITERAL+", tag) << kWithLiteralPlus << name;
            QTest::addRow("%s, no LITERAL+", tag) << kWithoutLiteralPlus << name;
        }
    }
    void mailboxNames()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QString, name);
        QVERIFY(start(greeting));
        struct Call
        {
            const char *verb;
            std::function<Reply *()> issue;
        };
        const QList<Call> calls = {
            {"SELECT",
             [&]() -> Reply * {
                 return m_client->select(name);
             }},
            {"EXAMINE",
             [&]() -> Reply * {
                 return m_client->examine(name);
             }},
            {"STATUS",
             [&]() -> Reply * {
                 return m_client->status(name, {"MESSAGES"});
             }},
            {"APPEND",
             [&]() -> Reply * {
                 return m_client->append(name, "Subject: x\r\n\r\nbody\r\n");
             }},
        };
        for (const Call &call : calls) {
            const qsizetype before = m_server->commands().size();
            Reply *reply = call.issue();
            bool ok = false;
            const ClientCommand command = oneCommandFor(reply, before, &ok);
            QVERIFY2(ok, call.verb);
            if (command.tag.isEmpty()) {
                continue; // refused locally, nothing sent
            }
            // The name the server received decodes back to the name the caller gave.
            const QByteArray wire = argumentAfter(command, call.verb);
            QCOMPARE(m_client->mailboxName(wire), name);
        }
        // LIST with the hostile text as reference and as pattern.
        const qsizetype before = m_server->commands().size();
        ListReply *list = m_client->list(name, name);
        bool ok = false;
        const ClientCommand command = oneCommandFor(list, before, &ok);
        QVERIFY(ok);
        if (!command.tag.isEmpty()) {
            QCOMPARE(m_client->mailboxName(argumentAfter(command, "LIST")), name);
        }
    }

    void searchStrings_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QString>("text");
        const QList<std::pair<const char *, QString>> texts = {
            {"CR", hostile("a\rb", 3)},
            {"LF", hostile("a\nb", 3)},
            {"CRLF command", QStringLiteral("x\r\nA999 LOGOUT")},
            {"NUL", hostile("a\0b", 3)},
            {"quote", QStringLiteral("say \"hi\"")},
            {"backslash", QStringLiteral("C:\\path")},
            {"literal announcement", QStringLiteral("{5}\r\nhello")},
            {"non-sync literal", QStringLiteral("x {0+}\r\n")},
            {"8-bit", QStringLiteral("Gr\u00fc\u00dfe \u043f\u0440\u0438\u0432\u0435\u0442")},
        };
        for (const auto &[tag, text] : texts) {
            QTest::addRow("%s, LITERAL+", tag) << kWithLiteralPlus << text;
            QTest::addRow("%s, no LITERAL+", tag) << kWithoutLiteralPlus << text;
        }
    }
    void searchStrings()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QString, text);
        QVERIFY(start(greeting));
        Reply *select = m_client->select(QStringLiteral("INBOX"));
        QVERIFY(waitFor([select] { return select->isFinished(); }));
        QVERIFY(select->isOk());
        const qsizetype before = m_server->commands().size();
        SearchReply *search = m_client->uidSearch(
            {Wire::CommandArgument::atom("SUBJECT"), Wire::CommandArgument::string(text)});
        bool ok = false;
        const ClientCommand command = oneCommandFor(search, before, &ok);
        QVERIFY(ok);
        if (command.tag.isEmpty()) {
            return;
        }
        // "UID SEARCH [CHARSET UTF-8] SUBJECT <string>": the last argument is the text.
        const qsizetype at = command.text.indexOf(" SUBJECT ");
        QVERIFY(at > 0);
        QByteArrayView rest = QByteArrayView(command.text).sliced(at + 9);
        int literal = 0;
        // Literals before SUBJECT (none expected) would shift the index.
        QByteArray value;
        QVERIFY(decodeAstring(rest, command.literals, &literal, &value, &rest));
        QCOMPARE(QString::fromUtf8(value), text);
        QVERIFY(rest.isEmpty());
    }

    void flags_data()
    {
        QTest::addColumn<QByteArray>("flag");
        QTest::newRow("CRLF command") << QByteArray("\\Seen\r\nA999 LOGOUT");
        QTest::newRow("LF") << QByteArray("a\nb");
        QTest::newRow("CR") << QByteArray("a\rb");
        QTest::newRow("NUL") << QByteArray("a\0b", 3);
        QTest::newRow("quote") << QByteArray("a\"b");
        QTest::newRow("backslash inside") << QByteArray("a\\b");
        QTest::newRow("literal announcement") << QByteArray("x{5}\r\nhello");
        QTest::newRow("non-sync literal") << QByteArray("x{0+}\r\n");
        QTest::newRow("8-bit") << QByteArray("\xc3\xbc\xff");
        QTest::newRow("paren") << QByteArray("a) (b");
        QTest::newRow("space") << QByteArray("a b");
    }
    void flags()
    {
        QFETCH(QByteArray, flag);
        QVERIFY(start(kWithLiteralPlus));
        Reply *select = m_client->select(QStringLiteral("INBOX"));
        QVERIFY(waitFor([select] { return select->isFinished(); }));
        for (bool uid : {true, false}) {
            const qsizetype before = m_server->commands().size();
            FetchReply *store =
                uid ? m_client->uidStore(Wire::SequenceSet::single(1), Client::StoreMode::Add,
                                         {"\\Flagged", flag})
                    : m_client->store(Wire::SequenceSet::single(1), Client::StoreMode::Remove,
                                      {flag});
            bool ok = false;
            const ClientCommand command = oneCommandFor(store, before, &ok);
            QVERIFY(ok);
            if (!command.tag.isEmpty()) {
                // A flag is an atom: whatever was sent is one atom inside the parentheses.
                QVERIFY2(command.literals.isEmpty(), command.text.constData());
                QVERIFY(command.text.contains(flag));
            }
        }
    }

    void idValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CRLF command") << QByteArray("x\r\nA999 LOGOUT");
        QTest::newRow("NUL") << QByteArray("a\0b", 3);
        QTest::newRow("quote") << QByteArray("a\"b");
        QTest::newRow("backslash") << QByteArray("a\\b");
        QTest::newRow("literal announcement") << QByteArray("{5}\r\nhello");
        QTest::newRow("non-sync literal") << QByteArray("{0+}\r\n");
        QTest::newRow("8-bit") << QByteArray("\xc3\xbc\xff");
    }
    void idValues()
    {
        QFETCH(QByteArray, value);
        QVERIFY(start(kWithLiteralPlus));
        const qsizetype before = m_server->commands().size();
        IdReply *id = m_client->id({{"name", "lettertray"}, {"x-evil", value}});
        bool ok = false;
        const ClientCommand command = oneCommandFor(id, before, &ok);
        QVERIFY(ok);
        if (command.tag.isEmpty()) {
            return;
        }
        // ID ("name" "lettertray" "x-evil" <value>)
        const qsizetype at = command.text.indexOf("x-evil");
        QVERIFY(at > 0);
        QByteArrayView rest = QByteArrayView(command.text).sliced(at + 7); // past x-evil"
        QVERIFY(rest.startsWith(' '));
        rest = rest.sliced(1);
        int literal = 0;
        QByteArray decoded;
        QVERIFY(decodeAstring(rest, command.literals, &literal, &decoded, &rest));
        QCOMPARE(decoded, value);
        QCOMPARE(rest, QByteArrayView(")"));
    }

    // Item 10: names a server lists (quotes, backslashes, "&-", broken modified UTF-7, 8-bit,
    // CR LF, NUL, 10 KB) either select back under exactly the bytes the server listed, or fail
    // cleanly. The list entry's bytes are passed back as Wire::MailboxName::fromWire(); the
    // text a name decodes to is for display and, for names that are not canonical modified
    // UTF-7, would re-encode to other bytes, i.e. another mailbox.
    void listedNamesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("listed");   // as on the wire, quoted or literal
        QTest::addColumn<QByteArray>("raw");      // the name's bytes
        QTest::addColumn<bool>("textRoundTrips"); // canonical: the QString API works as well
        QTest::newRow("quotes") << QByteArray("\"a\\\"b\"") << QByteArray("a\"b") << true;
        QTest::newRow("backslash") << QByteArray("\"a\\\\b\"") << QByteArray("a\\b") << true;
        QTest::newRow("ampersand") << QByteArray("\"a&-b\"") << QByteArray("a&-b") << true;
        QTest::newRow("mUTF-7") << QByteArray("\"Entw&APw-rfe\"") << QByteArray("Entw&APw-rfe")
                                << true;
        const QByteArray big(10 * 1024, 'n');
        QTest::newRow("10 KB") << QByteArray("{10240}\r\n" + big) << big << true;
        QTest::newRow("invalid mUTF-7")
            << QByteArray("\"x&Jjo!-y\"") << QByteArray("x&Jjo!-y") << false;
        QTest::newRow("unterminated mUTF-7")
            << QByteArray("\"x&AGE\"") << QByteArray("x&AGE") << false;
        QTest::newRow("non-shortest mUTF-7")
            << QByteArray("\"&AGE-\"") << QByteArray("&AGE-") << false;
        QTest::newRow("8-bit") << QByteArray("{6}\r\nb\xc3\xa4r\xff\xfe")
                               << QByteArray("b\xc3\xa4r\xff\xfe") << false;
        QTest::newRow("CRLF") << QByteArray("{12}\r\nx\r\nA9 LOGOUT")
                              << QByteArray("x\r\nA9 LOGOUT") << false;
        QTest::newRow("NUL") << QByteArray("{3}\r\na\0b", 8) << QByteArray("a\0b", 3) << false;
    }
    void listedNamesRoundTrip()
    {
        QFETCH(QByteArray, listed);
        QFETCH(QByteArray, raw);
        QFETCH(bool, textRoundTrips);
        QVERIFY(start(kWithLiteralPlus));
        m_server->setResponder([listed](const ClientCommand &command) -> QByteArray {
            if (command.text.contains(" LIST ")) {
                return "* LIST () \"/\" " + listed + "\r\n" + command.tag + " OK listed\r\n";
            }
            return answer(command);
        });
        ListReply *list = m_client->list(QString(), QStringLiteral("*"));
        QVERIFY(waitFor([list] { return list->isFinished(); }));
        QVERIFY2(list->isOk(), qPrintable(list->errorString()));
        QCOMPARE(list->mailboxes().size(), 1);
        QCOMPARE(list->mailboxes().first().mailbox, raw);

        QList<Wire::MailboxName> names{
            Wire::MailboxName::fromWire(list->mailboxes().first().mailbox)};
        if (textRoundTrips) {
            names.append(m_client->mailboxName(raw));
        }
        for (const Wire::MailboxName &name : std::as_const(names)) {
            for (const char *verb : {"SELECT", "STATUS"}) {
                const qsizetype before = m_server->commands().size();
                Reply *reply = qstrcmp(verb, "SELECT") == 0
                                   ? static_cast<Reply *>(m_client->select(name))
                                   : m_client->status(name, {"UIDNEXT"});
                bool ok = false;
                const ClientCommand command = oneCommandFor(reply, before, &ok);
                QVERIFY2(ok, verb);
                if (command.tag.isEmpty()) {
                    QVERIFY2(raw.contains('\0'), "only a NUL may make a listed name unusable");
                    QVERIFY(reply->text().contains(QLatin1String("NUL")));
                    continue; // failed cleanly
                }
                const QByteArray sent = argumentAfter(command, verb);
                // The server compares bytes: anything else than the listed bytes is another
                // mailbox (or none), so the name must come back exactly.
                QCOMPARE(sent, raw);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInjection)
#include "tst_hostile_injection.moc"
