#include "imap/wire/CommandEncoder.h"
#include "imap/wire/MailboxName.h"
#include "imap/wire/ResponseParser.h"
#include "imap/wire/SearchKey.h"
#include "support/DovecotFixture.h"

#include <QtNetwork/QSslSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace Imap::Wire;
using TestSupport::DovecotFixture;

namespace {

// What a real server made of one encoded command.
struct Outcome
{
    QString error; // a framing problem: the command was not exactly one command
    TaggedStatus tagged;
    QList<Response> untagged;
    int continuationsUsed = 0;
};

// A bare connection that sends EncodedCommands the way Imap::Client must: part by part,
// waiting for "+" at each synchronising literal.
class Connection
{
public:
    bool open(DovecotFixture &dovecot, const DovecotFixture::User &user)
    {
        m_socket.setSslConfiguration(dovecot.sslConfiguration());
        m_socket.connectToHostEncrypted(dovecot.host(), dovecot.imapsPort());
        Response greeting;
        if (!next(&greeting) || !greeting.is<UntaggedStatus>())
            return false;
        const Outcome login = run(CommandEncoder().encode(
            "LOGIN", {CommandArgument::astring(QStringView(user.name)),
                      CommandArgument::astring(QStringView(user.password)).secret()}));
        if (!login.error.isEmpty() || login.tagged.status != Status::Ok)
            return false;
        const Outcome caps = run(CommandEncoder().encode("CAPABILITY"));
        for (const Response &r : caps.untagged) {
            if (const auto *c = r.get<Capability>())
                m_capabilities = c->capabilities;
        }
        return caps.tagged.status == Status::Ok;
    }

    QList<QByteArray> capabilities() const { return m_capabilities; }

    Outcome run(const EncodedCommand &command)
    {
        Outcome outcome;
        if (!command.isValid()) {
            outcome.error = QStringLiteral("not encoded: ") + command.errorString();
            return outcome;
        }
        const QByteArray tag = "T" + QByteArray::number(++m_tagCounter);
        const QList<QByteArray> parts = command.partsWithTag(tag);
        m_socket.write(parts.first());
        for (qsizetype i = 1; i < parts.size(); ++i) {
            Response r;
            if (!next(&r)) {
                outcome.error = QStringLiteral("no continuation");
                return outcome;
            }
            if (const auto *t = r.get<TaggedStatus>()) {
                outcome.tagged = *t; // the server refused before the literal
                return outcome;
            }
            if (!r.is<ContinuationRequest>()) {
                outcome.error = QStringLiteral("expected a continuation");
                return outcome;
            }
            ++outcome.continuationsUsed;
            m_socket.write(parts.at(i));
        }
        while (true) {
            Response r;
            if (!next(&r)) {
                outcome.error = QStringLiteral("no tagged response");
                return outcome;
            }
            if (const auto *t = r.get<TaggedStatus>()) {
                if (t->tag != tag) {
                    outcome.error = QStringLiteral("a second command reached the server: ") +
                                    QString::fromLatin1(t->tag);
                    return outcome;
                }
                outcome.tagged = *t;
                break;
            }
            if (r.is<ContinuationRequest>()) {
                outcome.error = QStringLiteral("server waits for a literal we did not announce");
                return outcome;
            }
            if (r.is<ProtocolError>()) {
                outcome.error = QStringLiteral("unparsable server response");
                return outcome;
            }
            outcome.untagged.append(r);
        }
        // A BAD means the server did not read the command we meant to send.
        if (outcome.tagged.status == Status::Bad)
            outcome.error = QStringLiteral("BAD: ") + QString::fromUtf8(outcome.tagged.text);
        return outcome;
    }

private:
    bool next(Response *out)
    {
        while (!m_parser.next(*out)) {
            if (m_socket.bytesAvailable() == 0) {
                QSignalSpy spy(&m_socket, &QIODevice::readyRead);
                if (!spy.wait(10000))
                    return false;
            }
            m_parser.feed(m_socket.readAll());
        }
        return true;
    }

    QSslSocket m_socket;
    ResponseParser m_parser;
    QList<QByteArray> m_capabilities;
    int m_tagCounter = 0;
};

QList<QByteArray> hostileStrings()
{
    return {QByteArrayLiteral("plain"),
            QByteArrayLiteral("two words"),
            QByteArrayLiteral("quote\"d"),
            QByteArrayLiteral("back\\slash"),
            QByteArrayLiteral("{5}\r\n"),
            QByteArrayLiteral("{0+}\r\n"),
            QByteArrayLiteral("\r\nT999 LOGOUT\r\n"),
            QByteArrayLiteral("a\rb\nc"),
            QByteArrayLiteral("Gr\xc3\xbc\xc3\x9f"
                              "e"),
            QByteArrayLiteral("NIL"),
            QByteArrayLiteral(")(*%]"),
            QByteArray(3000, 'x') + " y",
            QByteArray()};
}

} // namespace

class TestDovecotEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        LETTERTRAY_REQUIRE(m_dovecot.status());
        m_user = m_dovecot.createUser(QStringLiteral("encoder"));
        if (m_user.name.isEmpty())
            m_user = m_dovecot.defaultUser();
        QVERIFY2(m_connection.open(m_dovecot, m_user), "cannot log in to Dovecot");
        QVERIFY(m_connection
                    .run(CommandEncoder().encode(
                        "SELECT", {CommandArgument::mailbox(QStringLiteral("INBOX"))}))
                    .tagged.status == Status::Ok);
    }

    // Names from strangers: each CREATE is exactly one command, and the name the server
    // lists decodes back to the name we asked for.
    void mailboxNames()
    {
        const QList<QString> names = {
            QStringLiteral("Plain"),
            QStringLiteral("With Space"),
            QStringLiteral("Quote\"d"),
            QStringLiteral("Back\\slash"),
            QStringLiteral("Brace {5}"),
            QStringLiteral("Amp & ersand &-"),
            QStringLiteral("Entw\u00FCrfe"),
            QStringLiteral("\u53F0\u5317 \u65E5\u672C\u8A9E"),
            QStringLiteral("Mail \U0001F4E7"),
            QStringLiteral("NIL"),
            QStringLiteral("Crlf\r\nT9 LOGOUT"),
        };
        const CommandEncoder encoder(
            CommandEncoder::Options::fromCapabilities(m_connection.capabilities(), false));
        int created = 0;
        for (const QString &name : names) {
            const Outcome create =
                m_connection.run(encoder.encode("CREATE", {CommandArgument::mailbox(name)}));
            QVERIFY2(create.error.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + create.error));
            if (create.tagged.status != Status::Ok) {
                // Dovecot may refuse some names (control characters); refusing is fine, a
                // second command or a BAD is not.
                QVERIFY2(name.contains(QLatin1Char('\r')),
                         qPrintable(name + QString::fromUtf8(create.tagged.text)));
                continue;
            }
            ++created;
            const Outcome list = m_connection.run(encoder.encode(
                "LIST", {CommandArgument::mailbox(QString()), CommandArgument::mailbox(name)}));
            QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
            bool found = false;
            for (const Response &r : list.untagged) {
                if (const auto *entry = r.get<List>()) {
                    const MailboxName::Decoded decoded =
                        MailboxName::decodeModifiedUtf7(entry->mailbox);
                    QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
                    found = found || decoded.name == name;
                }
            }
            QVERIFY2(found, qPrintable(name));
            const Outcome status = m_connection.run(encoder.encode(
                "STATUS", {CommandArgument::mailbox(name),
                           CommandArgument::list({CommandArgument::atom("MESSAGES")})}));
            QVERIFY2(status.error.isEmpty() && status.tagged.status == Status::Ok,
                     qPrintable(name));
        }
        QVERIFY(created >= names.size() - 1);
    }

    void searchStrings_data()
    {
        QTest::addColumn<bool>("literalPlus");
        QTest::newRow("synchronising") << false;
        QTest::newRow("literal+") << true;
    }

    // Hostile search text: every SEARCH is one command that the server parses (OK, never BAD),
    // with literals announced and, for synchronising ones, sent only after "+".
    void searchStrings()
    {
        QFETCH(bool, literalPlus);
        CommandEncoder::Options options =
            CommandEncoder::Options::fromCapabilities(m_connection.capabilities(), false);
        if (!literalPlus)
            options.nonSyncLiterals = CommandEncoder::NonSyncLiterals::None;
        const CommandEncoder encoder(options);
        int continuations = 0;
        for (const QByteArray &value : hostileStrings()) {
            const QString text = QString::fromUtf8(value);
            const SearchKey key = SearchKey::subject(text) ||
                                  (SearchKey::header("X-Test", text) && !SearchKey::body(text));
            const Outcome outcome =
                m_connection.run(encoder.encode("UID SEARCH", key.searchArguments(false)));
            QVERIFY2(outcome.error.isEmpty(),
                     qPrintable(QString::fromLatin1(value.toPercentEncoding()) +
                                QStringLiteral(": ") + outcome.error));
            QCOMPARE(outcome.tagged.status, Status::Ok);
            continuations += outcome.continuationsUsed;
        }
        QCOMPARE(continuations > 0, !literalPlus);
    }

    void idValues()
    {
        QList<CommandArgument> fields;
        int i = 0;
        for (const QByteArray &value : hostileStrings()) {
            fields << CommandArgument::string(QByteArray("k" + QByteArray::number(i++)))
                   << CommandArgument::string(value);
        }
        const Outcome outcome =
            m_connection.run(CommandEncoder().encode("ID", {CommandArgument::list(fields)}));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.tagged.status, Status::Ok);
    }

    void append()
    {
        const QByteArray message = DovecotFixture::sampleMessage(QStringLiteral("encoder append"));
        const CommandEncoder encoder(
            CommandEncoder::Options::fromCapabilities(m_connection.capabilities(), false));
        const Outcome outcome = m_connection.run(encoder.encode(
            "APPEND",
            {CommandArgument::mailbox(QStringLiteral("INBOX")),
             CommandArgument::flagList({"\\Seen", "$Forwarded"}),
             CommandArgument::dateTime(QDateTime(QDate(2024, 1, 1), QTime(10, 0), QTimeZone(3600))),
             CommandArgument::literal(message)}));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.tagged.status, Status::Ok);

        if (!m_connection.capabilities().contains("BINARY"))
            QSKIP("Dovecot does not advertise BINARY");
        QByteArray binary = message;
        binary.append(QByteArray("NUL:\0:end\r\n", 11));
        const Outcome withNul = m_connection.run(
            encoder.encode("APPEND", {CommandArgument::mailbox(QStringLiteral("INBOX")),
                                      CommandArgument::literal8(binary)}));
        QVERIFY2(withNul.error.isEmpty(), qPrintable(withNul.error));
        QCOMPARE(withNul.tagged.status, Status::Ok);
    }

    void cleanupTestCase()
    {
        if (m_dovecot.isAvailable())
            m_connection.run(CommandEncoder().encode("LOGOUT"));
    }

private:
    DovecotFixture m_dovecot;
    DovecotFixture::User m_user;
    Connection m_connection;
};

QTEST_GUILESS_MAIN(TestDovecotEncoder)
#include "tst_dovecot_encoder.moc"
