#include "imap/sasl/CramMd5Mechanism.h"
#include "imap/sasl/LoginMechanism.h"
#include "imap/sasl/OAuthBearerMechanism.h"
#include "imap/sasl/PlainMechanism.h"
#include "imap/sasl/SecureMemory.h"
#include "imap/sasl/XOAuth2Mechanism.h"

#include <QtTest/QtTest>

using namespace Imap::Sasl;

namespace {

Credentials make(const QString &user, const QString &password, const QString &authz = QString())
{
    Credentials c;
    c.username = user;
    c.password = password;
    c.authorizationId = authz;
    return c;
}

} // namespace

class TestMechanisms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 4616 §4 examples.
    void plain()
    {
        PlainMechanism plain(make(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
        QCOMPARE(plain.name(), QByteArrayLiteral("PLAIN"));
        QVERIFY(plain.hasInitialResponse());
        QVERIFY(plain.exposesPassword());
        QCOMPARE(plain.initialResponse().response, QByteArray("\0tim\0tanstaaftanstaaf", 21));
        QVERIFY(!plain.respond("more?").ok());
        QCOMPARE(plain.verifyCompletion(), QString());

        PlainMechanism withAuthz(
            make(QStringLiteral("Kurt"), QStringLiteral("xipj3plmq"), QStringLiteral("Ursel")));
        QCOMPARE(withAuthz.initialResponse().response, QByteArray("Ursel\0Kurt\0xipj3plmq", 20));
        QCOMPARE(Mechanism::encodeInitialResponse(QByteArray("\0tim\0tanstaaftanstaaf", 21)),
                 QByteArrayLiteral("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    }

    void plainUtf8AndNul()
    {
        PlainMechanism utf8(make(QStringLiteral("j\u00F6rg"), QStringLiteral("p\u00E4ss \"\\")));
        QCOMPARE(utf8.initialResponse().response,
                 QByteArray("\0j\xc3\xb6rg\0p\xc3\xa4ss \"\\", 15));
        PlainMechanism nul(
            make(QStringLiteral("a"), QStringLiteral("x") + QChar(0) + QStringLiteral("y")));
        QVERIFY(!nul.initialResponse().ok());
        // Without SASL-IR the first empty challenge gets the message.
        PlainMechanism late(make(QStringLiteral("tim"), QStringLiteral("pw")));
        QCOMPARE(late.respond(QByteArrayView()).response, QByteArray("\0tim\0pw", 7));
        QVERIFY(!late.respond(QByteArrayView()).ok());
    }

    void login()
    {
        LoginMechanism login(make(QStringLiteral("alice"), QStringLiteral("s3cr\u00E9t")));
        QVERIFY(!login.hasInitialResponse());
        QVERIFY(login.exposesPassword());
        QCOMPARE(login.respond("Username:").response, QByteArrayLiteral("alice"));
        QCOMPARE(login.respond("Password:").response, QByteArrayLiteral("s3cr\xc3\xa9t"));
        QVERIFY(!login.respond("What?").ok());
        // Prompts are ignored: other wordings work the same.
        LoginMechanism other(make(QStringLiteral("bob"), QStringLiteral("pw")));
        QCOMPARE(other.respond("User Name").response, QByteArrayLiteral("bob"));
        QCOMPARE(other.respond("").response, QByteArrayLiteral("pw"));
    }

    // RFC 2195 §2 example.
    void cramMd5()
    {
        CramMd5Mechanism cram(make(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
        QVERIFY(!cram.hasInitialResponse());
        QVERIFY(!cram.exposesPassword());
        const std::optional<QByteArray> challenge =
            Mechanism::decodeChallenge("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
        QVERIFY(challenge.has_value());
        QCOMPARE(*challenge, QByteArrayLiteral("<1896.697170952@postoffice.reston.mci.net>"));
        const Mechanism::Step step = cram.respond(*challenge);
        QCOMPARE(step.response, QByteArrayLiteral("tim b913a602c7eda7a495b4e6e7334d3890"));
        QCOMPARE(Mechanism::encodeResponse(step.response),
                 QByteArrayLiteral("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
        QVERIFY(!cram.respond("again").ok());
        CramMd5Mechanism empty(make(QStringLiteral("tim"), QStringLiteral("x")));
        QVERIFY(!empty.respond(QByteArrayView()).ok());
    }

    void xoauth2()
    {
        Credentials c;
        c.username = QStringLiteral("someuser@example.com");
        c.accessToken = QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
        XOAuth2Mechanism x(c);
        QVERIFY(x.hasInitialResponse());
        const QByteArray expected =
            "user=someuser@example.com\x01"
            "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01";
        QCOMPARE(x.initialResponse().response, expected);
        // Error JSON continuation: answered with an empty response, JSON kept for the report.
        const QByteArray json =
            R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";
        const Mechanism::Step step = x.respond(json);
        QVERIFY(step.ok());
        QCOMPARE(step.response, QByteArray());
        QCOMPARE(Mechanism::encodeResponse(step.response), QByteArray());
        QCOMPARE(x.serverErrorDetails(), json);
        QVERIFY(!x.respond(json).ok());

        Credentials forged = c;
        forged.accessToken = QStringLiteral("tok\u0001user=admin");
        QVERIFY(!XOAuth2Mechanism(forged).initialResponse().ok());
        Credentials none = c;
        none.accessToken.clear();
        QVERIFY(!XOAuth2Mechanism(none).initialResponse().ok());
    }

    // RFC 7628 §4.1 (success) and §4.3 (failure) examples.
    void oauthBearer()
    {
        Credentials c;
        c.username = QStringLiteral("user@example.com");
        c.accessToken = QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==");
        c.host = QStringLiteral("server.example.com");
        c.port = 143;
        OAuthBearerMechanism o(c);
        QCOMPARE(o.name(), QByteArrayLiteral("OAUTHBEARER"));
        const QByteArray first = o.initialResponse().response;
        QCOMPARE(first,
                 QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                            "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
        QCOMPARE(Mechanism::encodeInitialResponse(first),
                 QByteArrayLiteral("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXB"
                                   "vcnQ9MTQzAWF1dGg9QmVhcmVy"
                                   "IHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"));
        const std::optional<QByteArray> error =
            Mechanism::decodeChallenge("eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3N"
                                       "jb3BlIiwib3BlbmlkLWNvbmZpZ3VyYXRpb24iOiJodHRwczovL2V4YW1wbG"
                                       "UuY29tLy53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=");
        QVERIFY(error.has_value());
        const Mechanism::Step step = o.respond(*error);
        QCOMPARE(step.response, QByteArrayLiteral("\x01"));
        QCOMPARE(Mechanism::encodeResponse(step.response), QByteArrayLiteral("AQ=="));
        QVERIFY(o.serverErrorDetails().contains("invalid_token"));

        Credentials bare;
        bare.username = QStringLiteral("a,b=c");
        bare.accessToken = QStringLiteral("t");
        QCOMPARE(OAuthBearerMechanism(bare).initialResponse().response,
                 QByteArray("n,a=a=2Cb=3Dc,\x01"
                            "auth=Bearer t\x01\x01"));
        Credentials forged = bare;
        forged.host = QStringLiteral("h\u0001auth=Bearer x");
        QVERIFY(!OAuthBearerMechanism(forged).initialResponse().ok());
    }

    void base64Helpers()
    {
        QCOMPARE(Mechanism::encodeInitialResponse(QByteArray()), QByteArrayLiteral("="));
        QCOMPARE(Mechanism::encodeResponse(QByteArray()), QByteArray());
        QCOMPARE(Mechanism::decodeChallenge(""), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(Mechanism::decodeChallenge(" dGlt "),
                 std::optional<QByteArray>(QByteArrayLiteral("tim")));
        QVERIFY(!Mechanism::decodeChallenge("Ready for more").has_value());
        QVERIFY(!Mechanism::decodeChallenge("dGl").has_value());
        QVERIFY(!Mechanism::decodeChallenge("dG!t").has_value());
        QCOMPARE(Mechanism::cancelLine(), QByteArrayLiteral("*"));
    }

    void secureMemory()
    {
        QByteArray secret = QByteArrayLiteral("hunter2");
        secret.detach();
        const char *data = secret.constData();
        QByteArray shared = secret; // a second owner: must not be wiped under its feet
        SecureMemory::wipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(shared, QByteArrayLiteral("hunter2"));
        QCOMPARE(shared.constData(), data);
        SecureMemory::wipe(shared);
        QVERIFY(shared.isEmpty());
        QString text = QStringLiteral("pw");
        text.detach();
        SecureMemory::wipe(text);
        QVERIFY(text.isEmpty());
        QVERIFY(SecureMemory::equalConstantTime("abc", "abc"));
        QVERIFY(!SecureMemory::equalConstantTime("abc", "abd"));
        QVERIFY(!SecureMemory::equalConstantTime("abc", "ab"));
    }
};

QTEST_GUILESS_MAIN(TestMechanisms)
#include "tst_mechanisms.moc"
