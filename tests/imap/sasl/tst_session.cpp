#include "imap/sasl/MechanismChooser.h"
#include "imap/sasl/Session.h"
#include "imap/wire/CommandEncoder.h"

#include <QtTest/QtTest>

using namespace Imap::Sasl;
using Imap::Wire::CommandEncoder;

namespace {

Credentials userPencil()
{
    Credentials c;
    c.username = QStringLiteral("user");
    c.password = QStringLiteral("pencil");
    return c;
}

std::unique_ptr<Mechanism> scramWithNonce(ScramMechanism::Hash hash, const QByteArray &nonce)
{
    auto scram = std::make_unique<ScramMechanism>(hash, userPencil());
    scram->setClientNonceForTesting(nonce);
    return scram;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The RFC 7677 exchange as it looks on an IMAP connection with SASL-IR.
    void scramWithSaslIr()
    {
        Session session(scramWithNonce(ScramMechanism::Hash::Sha256, "rOprNGfwEbeRWgbNEkqO"), true);
        const auto cmd = CommandEncoder().encode("AUTHENTICATE", session.commandArguments());
        QVERIFY(cmd.isValid());
        QCOMPARE(cmd.wireBytes("A1"),
                 QByteArray("A1 AUTHENTICATE SCRAM-SHA-256 " +
                            QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO").toBase64() + "\r\n"));
        QCOMPARE(cmd.redactedWithTag("A1"),
                 QByteArrayLiteral("A1 AUTHENTICATE SCRAM-SHA-256 <redacted>"));
        const QByteArray serverFirst = QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)"
                                                  "hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                                           .toBase64();
        Session::Reply reply = session.continuation(serverFirst);
        QVERIFY(!reply.cancelled());
        QCOMPARE(QByteArray::fromBase64(reply.line),
                 QByteArrayLiteral("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                   "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
        QVERIFY(!session.finishSuccess().isEmpty());
        reply = session.continuation(
            QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").toBase64());
        QVERIFY(!reply.cancelled());
        QCOMPARE(reply.line, QByteArray());
        QCOMPARE(session.finishSuccess(), QString());
    }

    void scramWithoutSaslIr()
    {
        Session session(scramWithNonce(ScramMechanism::Hash::Sha1, "fyko+d2lbbFgONRv9qkxdawL"),
                        false);
        QCOMPARE(
            CommandEncoder().encode("AUTHENTICATE", session.commandArguments()).wireBytes("A1"),
            QByteArrayLiteral("A1 AUTHENTICATE SCRAM-SHA-1\r\n"));
        // First "+ " (empty) invites the client-first-message.
        QCOMPARE(QByteArray::fromBase64(session.continuation("").line),
                 QByteArrayLiteral("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
        const Session::Reply reply = session.continuation(
            QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
                .toBase64());
        QCOMPARE(QByteArray::fromBase64(reply.line),
                 QByteArrayLiteral("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p="
                                   "v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
        // A forged server signature cancels with "*".
        const Session::Reply forged =
            session.continuation(QByteArray("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=").toBase64());
        QVERIFY(forged.cancelled());
        QCOMPARE(forged.line, QByteArrayLiteral("*"));
        QVERIFY(!session.finishSuccess().isEmpty());
        QVERIFY(!session.lastError().isEmpty());
    }

    void emptyInitialResponseIsEquals()
    {
        // A SASL-IR initial response of zero bytes is "=" (RFC 4959), never an empty argument.
        class Empty : public Mechanism
        {
        public:
            QByteArray name() const override { return "X-EMPTY"; }
            bool hasInitialResponse() const override { return true; }
            Step initialResponse() override { return Step::respond({}); }
            Step respond(QByteArrayView) override { return Step::fail(QStringLiteral("no")); }
        };
        Session session(std::make_unique<Empty>(), true);
        QCOMPARE(
            CommandEncoder().encode("AUTHENTICATE", session.commandArguments()).wireBytes("A1"),
            QByteArrayLiteral("A1 AUTHENTICATE X-EMPTY =\r\n"));
    }

    void plainAndXoauth2()
    {
        Credentials c = userPencil();
        Session plain(MechanismChooser::create("PLAIN", c), true);
        const auto cmd = CommandEncoder().encode("AUTHENTICATE", plain.commandArguments());
        QCOMPARE(cmd.wireBytes("a"),
                 QByteArray("a AUTHENTICATE PLAIN " + QByteArray("\0user\0pencil", 12).toBase64() +
                            "\r\n"));
        QVERIFY(!cmd.redacted().contains(QByteArray("\0user\0pencil", 12).toBase64()));
        QCOMPARE(plain.finishSuccess(), QString());

        c.accessToken = QStringLiteral("tok");
        Session x(MechanismChooser::create("XOAUTH2", c), true);
        x.commandArguments();
        const Session::Reply reply = x.continuation(QByteArray(R"({"status":"400"})").toBase64());
        QVERIFY(!reply.cancelled());
        QCOMPARE(reply.line, QByteArray()); // the empty line that lets the server send NO
        QCOMPARE(x.mechanism()->serverErrorDetails(), QByteArrayLiteral(R"({"status":"400"})"));
    }

    void invalidBase64Cancels()
    {
        Session session(MechanismChooser::create("CRAM-MD5", userPencil()), true);
        QCOMPARE(CommandEncoder().encode("AUTHENTICATE", session.commandArguments()).wireBytes("a"),
                 QByteArrayLiteral("a AUTHENTICATE CRAM-MD5\r\n"));
        const Session::Reply reply = session.continuation("not base64!");
        QVERIFY(reply.cancelled());
        QCOMPARE(reply.line, QByteArrayLiteral("*"));
    }

    void failingInitialResponseSendsNothing()
    {
        Credentials c = userPencil();
        c.password = QStringLiteral("a") + QChar(0);
        Session session(MechanismChooser::create("PLAIN", c), true);
        const auto cmd = CommandEncoder().encode("AUTHENTICATE", session.commandArguments());
        QVERIFY(!cmd.isValid());
        QVERIFY(cmd.errorString().contains(QLatin1String("NUL")));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
