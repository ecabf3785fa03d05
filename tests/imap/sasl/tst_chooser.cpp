#include "imap/sasl/MechanismChooser.h"

#include <QtTest/QtTest>

using namespace Imap::Sasl;

namespace {

Credentials password()
{
    Credentials c;
    c.username = QStringLiteral("alice");
    c.password = QStringLiteral("pw");
    return c;
}

Credentials token()
{
    Credentials c;
    c.username = QStringLiteral("alice@example.com");
    c.accessToken = QStringLiteral("tok");
    return c;
}

QList<QByteArray> caps(const char *text)
{
    return QByteArray(text).split(' ');
}

} // namespace

class TestChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void automatic_data()
    {
        QTest::addColumn<QByteArray>("capabilities");
        QTest::addColumn<bool>("useToken");
        QTest::addColumn<bool>("allowExposure");
        QTest::addColumn<QByteArray>("expected"); // empty: error
        QTest::newRow("dovecot")
            << QByteArrayLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=SCRAM-SHA-1 AUTH=SCRAM-SHA-256")
            << false << true << QByteArrayLiteral("SCRAM-SHA-256");
        QTest::newRow("sha1-only") << QByteArrayLiteral("IMAP4rev1 AUTH=PLAIN AUTH=SCRAM-SHA-1")
                                   << false << true << QByteArrayLiteral("SCRAM-SHA-1");
        QTest::newRow("lowercase") << QByteArrayLiteral("IMAP4rev1 auth=scram-sha-256") << false
                                   << true << QByteArrayLiteral("SCRAM-SHA-256");
        QTest::newRow("cram-over-plain") << QByteArrayLiteral("AUTH=PLAIN AUTH=CRAM-MD5 AUTH=LOGIN")
                                         << false << true << QByteArrayLiteral("CRAM-MD5");
        QTest::newRow("plain") << QByteArrayLiteral("AUTH=LOGIN AUTH=PLAIN") << false << true
                               << QByteArrayLiteral("PLAIN");
        QTest::newRow("login-only")
            << QByteArrayLiteral("AUTH=LOGIN") << false << true << QByteArrayLiteral("LOGIN");
        QTest::newRow("cleartext-refuses-plain")
            << QByteArrayLiteral("AUTH=PLAIN AUTH=LOGIN") << false << false << QByteArray();
        QTest::newRow("cleartext-scram-ok") << QByteArrayLiteral("AUTH=PLAIN AUTH=SCRAM-SHA-1")
                                            << false << false << QByteArrayLiteral("SCRAM-SHA-1");
        QTest::newRow("gmail-token")
            << QByteArrayLiteral("IMAP4rev1 AUTH=XOAUTH2 AUTH=PLAIN AUTH=OAUTHBEARER") << true
            << true << QByteArrayLiteral("OAUTHBEARER");
        QTest::newRow("outlook-token") << QByteArrayLiteral("IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2")
                                       << true << true << QByteArrayLiteral("XOAUTH2");
        QTest::newRow("token-no-oauth")
            << QByteArrayLiteral("AUTH=PLAIN AUTH=SCRAM-SHA-256") << true << true << QByteArray();
        QTest::newRow("password-only-oauth")
            << QByteArrayLiteral("AUTH=XOAUTH2 AUTH=OAUTHBEARER") << false << true << QByteArray();
        QTest::newRow("nothing") << QByteArrayLiteral("IMAP4rev1 LOGINDISABLED") << false << true
                                 << QByteArray();
        QTest::newRow("unknown-only")
            << QByteArrayLiteral("AUTH=GSSAPI AUTH=NTLM") << false << true << QByteArray();
    }

    void automatic()
    {
        QFETCH(QByteArray, capabilities);
        QFETCH(bool, useToken);
        QFETCH(bool, allowExposure);
        QFETCH(QByteArray, expected);
        MechanismChooser::Options options;
        options.allowPasswordExposure = allowExposure;
        const MechanismChooser::Choice choice = MechanismChooser::choose(
            caps(capabilities.constData()), useToken ? token() : password(), options);
        if (expected.isEmpty()) {
            QVERIFY(!choice.mechanism);
            QVERIFY(!choice.error.isEmpty());
        } else {
            QVERIFY2(choice.mechanism, qPrintable(choice.error));
            QCOMPARE(choice.mechanism->name(), expected);
        }
    }

    void preferred()
    {
        MechanismChooser::Options options;
        options.preferred = "plain";
        MechanismChooser::Choice choice =
            MechanismChooser::choose(caps("AUTH=PLAIN AUTH=SCRAM-SHA-256"), password(), options);
        QVERIFY(choice.mechanism);
        QCOMPARE(choice.mechanism->name(), QByteArrayLiteral("PLAIN"));
        // Named but not offered: an error, not a silent fallback to something else.
        options.preferred = "CRAM-MD5";
        choice =
            MechanismChooser::choose(caps("AUTH=PLAIN AUTH=SCRAM-SHA-256"), password(), options);
        QVERIFY(!choice.mechanism);
        QVERIFY(choice.error.contains(QLatin1String("CRAM-MD5")));
        options.preferred = "GSSAPI";
        choice = MechanismChooser::choose(caps("AUTH=GSSAPI"), password(), options);
        QVERIFY(!choice.mechanism);
        options.preferred = "PLAIN";
        options.allowPasswordExposure = false;
        choice = MechanismChooser::choose(caps("AUTH=PLAIN"), password(), options);
        QVERIFY(!choice.mechanism);
        QVERIFY(choice.error.contains(QLatin1String("clear")));
    }

    void scramPolicyIsPassedOn()
    {
        MechanismChooser::Options options;
        options.scram.maxIterations = 5000;
        const MechanismChooser::Choice choice =
            MechanismChooser::choose(caps("AUTH=SCRAM-SHA-1"), password(), options);
        QVERIFY(choice.mechanism);
        QVERIFY(choice.mechanism->initialResponse().ok());
        const QByteArray nonce = choice.mechanism->initialResponse().response; // second call fails
        QVERIFY(nonce.isEmpty());
    }

    void create()
    {
        for (const QByteArray &name : MechanismChooser::supportedMechanisms()) {
            const std::unique_ptr<Mechanism> m =
                MechanismChooser::create(name.toLower(), password());
            QVERIFY(m);
            QCOMPARE(m->name(), name);
        }
        QVERIFY(!MechanismChooser::create("NTLM", password()));
        QCOMPARE(MechanismChooser::serverMechanisms(
                     caps("IMAP4rev1 AUTH=plain SASL-IR AUTH= AUTH=XOAUTH2")),
                 (QList<QByteArray>{"PLAIN", "XOAUTH2"}));
    }
};

QTEST_GUILESS_MAIN(TestChooser)
#include "tst_chooser.moc"
