#include "imap/sasl/ScramMechanism.h"

#include <QtTest/QtTest>

using namespace Imap::Sasl;

namespace {

Credentials userPencil()
{
    Credentials c;
    c.username = QStringLiteral("user");
    c.password = QStringLiteral("pencil");
    return c;
}

struct Vector
{
    ScramMechanism::Hash hash;
    QByteArray clientNonce;
    QByteArray clientFirst;
    QByteArray serverFirst;
    QByteArray clientFinal;
    QByteArray serverFinal;
};

// RFC 5802 §5 (SCRAM-SHA-1) and RFC 7677 §3 (SCRAM-SHA-256).
Vector rfc5802()
{
    return {ScramMechanism::Hash::Sha1,
            "fyko+d2lbbFgONRv9qkxdawL",
            "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
            "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="};
}

Vector rfc7677()
{
    return {
        ScramMechanism::Hash::Sha256,
        "rOprNGfwEbeRWgbNEkqO",
        "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+"
        "Ute9ytag9zjfMHgsqmmiz7AndVQ=",
        "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="};
}

} // namespace

class TestScram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcVectors_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("rfc5802-sha1") << 0;
        QTest::newRow("rfc7677-sha256") << 1;
    }

    void rfcVectors()
    {
        QFETCH(int, which);
        const Vector v = which == 0 ? rfc5802() : rfc7677();
        ScramMechanism scram(v.hash, userPencil());
        scram.setClientNonceForTesting(v.clientNonce);
        QCOMPARE(scram.name(), which == 0 ? QByteArrayLiteral("SCRAM-SHA-1")
                                          : QByteArrayLiteral("SCRAM-SHA-256"));
        QVERIFY(scram.hasInitialResponse());
        const Mechanism::Step first = scram.initialResponse();
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.response, v.clientFirst);
        QVERIFY(!scram.verifyCompletion().isEmpty()); // not done yet
        const Mechanism::Step final = scram.respond(v.serverFirst);
        QVERIFY2(final.ok(), qPrintable(final.error));
        QCOMPARE(final.response, v.clientFinal);
        QVERIFY(!scram.verifyCompletion().isEmpty()); // server not yet verified
        const Mechanism::Step done = scram.respond(v.serverFinal);
        QVERIFY2(done.ok(), qPrintable(done.error));
        QCOMPARE(done.response, QByteArray());
        QCOMPARE(scram.verifyCompletion(), QString());
        // Anything after the server's proof is a protocol error.
        QVERIFY(!scram.respond("x").ok());
    }

    void wrongServerSignature()
    {
        const Vector v = rfc7677();
        ScramMechanism scram(v.hash, userPencil());
        scram.setClientNonceForTesting(v.clientNonce);
        scram.initialResponse();
        QVERIFY(scram.respond(v.serverFirst).ok());
        QByteArray forged = v.serverFinal;
        forged[5] = forged[5] == 'A' ? 'B' : 'A';
        const Mechanism::Step step = scram.respond(forged);
        QVERIFY(!step.ok());
        QVERIFY(step.error.contains(QLatin1String("signature")));
        QVERIFY(!scram.verifyCompletion().isEmpty());
    }

    void wrongPasswordGivesDifferentProof()
    {
        const Vector v = rfc7677();
        Credentials c = userPencil();
        c.password = QStringLiteral("pencils");
        ScramMechanism scram(v.hash, c);
        scram.setClientNonceForTesting(v.clientNonce);
        scram.initialResponse();
        const Mechanism::Step final = scram.respond(v.serverFirst);
        QVERIFY(final.ok());
        QVERIFY(final.response != v.clientFinal);
        QVERIFY(!scram.respond(v.serverFinal).ok()); // and the real server's proof fails for us
    }

    void okWithoutServerFinal()
    {
        const Vector v = rfc5802();
        ScramMechanism scram(v.hash, userPencil());
        scram.setClientNonceForTesting(v.clientNonce);
        scram.initialResponse();
        scram.respond(v.serverFirst);
        // The server says OK without ever sending v=...: that is not a proven success.
        QVERIFY(scram.verifyCompletion().contains(QLatin1String("signature")));
    }

    void serverError()
    {
        const Vector v = rfc5802();
        ScramMechanism scram(v.hash, userPencil());
        scram.setClientNonceForTesting(v.clientNonce);
        scram.initialResponse();
        scram.respond(v.serverFirst);
        const Mechanism::Step step = scram.respond("e=invalid-proof");
        QVERIFY(!step.ok());
        QVERIFY(step.error.contains(QLatin1String("invalid-proof")));
    }

    void badServerFirst_data()
    {
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::newRow("nonce-not-extended")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096");
        QTest::newRow("foreign-nonce")
            << QByteArrayLiteral("r=XXXX+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=4096");
        QTest::newRow("mandatory-ext")
            << QByteArrayLiteral("m=foo,r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=4096");
        QTest::newRow("missing-salt") << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,i=4096");
        QTest::newRow("bad-salt") << QByteArrayLiteral(
            "r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=!!!!,i=4096");
        QTest::newRow("empty-salt")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=,i=4096");
        QTest::newRow("iter-zero")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=0");
        QTest::newRow("iter-negative")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=-1");
        QTest::newRow("iter-text")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=4k");
        QTest::newRow("iter-below-min")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=4095");
        QTest::newRow("iter-above-max")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=100001");
        QTest::newRow("iter-huge")
            << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=QSXCR+Q6sek8bf92,i=4294967296");
        QTest::newRow("garbage") << QByteArrayLiteral("hello");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("reordered")
            << QByteArrayLiteral("s=QSXCR+Q6sek8bf92,r=fyko+d2lbbFgONRv9qkxdawL3rfc,i=4096");
    }

    void badServerFirst()
    {
        QFETCH(QByteArray, serverFirst);
        ScramMechanism scram(ScramMechanism::Hash::Sha1, userPencil());
        scram.setClientNonceForTesting("fyko+d2lbbFgONRv9qkxdawL");
        QVERIFY(scram.initialResponse().ok());
        QElapsedTimer timer;
        timer.start();
        const Mechanism::Step step = scram.respond(serverFirst);
        QVERIFY(!step.ok());
        QVERIFY(!step.error.isEmpty());
        QVERIFY(timer.elapsed() < 2000); // refused before any expensive key derivation
        QVERIFY(!scram.verifyCompletion().isEmpty());
    }

    void iterationPolicyIsConfigurable()
    {
        ScramPolicy policy;
        policy.minIterations = 1;
        policy.maxIterations = 4096;
        ScramMechanism scram(ScramMechanism::Hash::Sha1, userPencil(), policy);
        scram.setClientNonceForTesting("abc");
        scram.initialResponse();
        QVERIFY(scram.respond("r=abcdef,s=QSXCR+Q6sek8bf92,i=1").ok());

        ScramMechanism strict(ScramMechanism::Hash::Sha1, userPencil(), policy);
        strict.setClientNonceForTesting("abc");
        strict.initialResponse();
        QVERIFY(!strict.respond("r=abcdef,s=QSXCR+Q6sek8bf92,i=4097").ok());
    }

    void userNameEscaping()
    {
        Credentials c = userPencil();
        c.username = QStringLiteral("a,b=c");
        c.authorizationId = QStringLiteral("admin=x");
        ScramMechanism scram(ScramMechanism::Hash::Sha256, c);
        scram.setClientNonceForTesting("nonce");
        QCOMPARE(scram.initialResponse().response,
                 QByteArrayLiteral("n,a=admin=3Dx,n=a=2Cb=3Dc,r=nonce"));
    }

    void saslPrepApplied()
    {
        // U+00AD (soft hyphen) maps to nothing and U+2168 (ROMAN NUMERAL NINE) to "IX"
        // (RFC 4013 §3 examples), so these derive the same keys as the plain strings.
        Credentials a = userPencil();
        a.password = QStringLiteral("pen\u00ADcil");
        ScramMechanism scram(ScramMechanism::Hash::Sha1, a);
        const Vector v = rfc5802();
        scram.setClientNonceForTesting(v.clientNonce);
        scram.initialResponse();
        QCOMPARE(scram.respond(v.serverFirst).response, v.clientFinal);

        Credentials bad = userPencil();
        bad.password = QStringLiteral("pen\u0007cil");
        ScramMechanism refused(ScramMechanism::Hash::Sha1, bad);
        refused.setClientNonceForTesting(v.clientNonce);
        refused.initialResponse();
        QVERIFY(refused.respond(v.serverFirst).error.contains(QLatin1String("SASLprep")));
    }

    void randomNonce()
    {
        ScramMechanism a(ScramMechanism::Hash::Sha256, userPencil());
        ScramMechanism b(ScramMechanism::Hash::Sha256, userPencil());
        const QByteArray first = a.initialResponse().response;
        const QByteArray second = b.initialResponse().response;
        QVERIFY(first.startsWith("n,,n=user,r="));
        QVERIFY(first != second);
        QVERIFY(first.size() >= QByteArray("n,,n=user,r=").size() + 24);
        QVERIFY(!first.mid(12).contains(','));
    }

    void serverSpeaksFirst()
    {
        ScramMechanism scram(ScramMechanism::Hash::Sha256, userPencil());
        QVERIFY(!scram.respond("r=abc,s=QSXCR+Q6sek8bf92,i=4096").ok());
        ScramMechanism empty(ScramMechanism::Hash::Sha256, userPencil());
        QVERIFY(empty.respond(QByteArrayView()).response.startsWith("n,,n=user,r="));
    }
};

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
