// A SASL step that fails on the client side (a challenge that is not base64, a SCRAM
// server-first that does not extend our nonce, ...) must cancel the exchange with "*"
// (RFC 9051 §6.2.2), fail the reply with the local reason once the server completes, and
// never answer a further challenge of the cancelled exchange.

#include "imap/Client.h"
#include "imap/FakeClock.h"
#include "imap/Reply.h"
#include "support/ScriptedClientTest.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Imap;

namespace {
constexpr int kWait = 5000;
} // namespace

class TestClientSaslCancel : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

    bool connectPlain(const QString &script)
    {
        return listen(script) && connectWith(settings(), kWait);
    }

private Q_SLOTS:
    void init() { createClient(); }
    void cleanup() { destroyClient(); }

    void failedStepSendsStarAndFailsLocally_data()
    {
        QTest::addColumn<QString>("capabilities");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::addColumn<QString>("exchange"); // up to the challenge the client must refuse
        QTest::addColumn<QString>("completion");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorPart");
        const int bad = int(Reply::Status::Bad);
        const int no = int(Reply::Status::No);
        QTest::newRow("CRAM-MD5 challenge not base64")
            << QStringLiteral("AUTH=CRAM-MD5") << QByteArray("CRAM-MD5")
            << QStringLiteral("C: $t AUTHENTICATE CRAM-MD5\nS: + !!!not*base64!!!\n")
            << QStringLiteral("S: $t BAD AUTHENTICATE cancelled\n") << bad
            << QStringLiteral("base64");
        QTest::newRow("LOGIN challenge not base64, NO")
            << QStringLiteral("AUTH=LOGIN") << QByteArray("LOGIN")
            << QStringLiteral("C: $t AUTHENTICATE LOGIN\nS: + ====\n")
            << QStringLiteral("S: $t NO cancelled\n") << no << QStringLiteral("base64");
        // base64("r=foreign,s=c2FsdA==,i=4096"): the server nonce does not extend ours.
        QTest::newRow("SCRAM foreign nonce")
            << QStringLiteral("SASL-IR AUTH=SCRAM-SHA-256") << QByteArray("SCRAM-SHA-256")
            << QStringLiteral("C: $t AUTHENTICATE SCRAM-SHA-256 $*\n"
                              "S: + cj1mb3JlaWduLHM9YzJGc2RBPT0saT00MDk2\n")
            << QStringLiteral("S: $t BAD cancelled\n") << bad << QStringLiteral("SCRAM");
    }
    void failedStepSendsStarAndFailsLocally()
    {
        QFETCH(QString, capabilities);
        QFETCH(QByteArray, mechanism);
        QFETCH(QString, exchange);
        QFETCH(QString, completion);
        QFETCH(int, status);
        QFETCH(QString, errorPart);
        QVERIFY(connectPlain(
            QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 %1] hi\n").arg(capabilities) + exchange +
            QStringLiteral("C: *\n") + completion));
        Reply *auth =
            m_client->authenticate(QStringLiteral("alice"), QStringLiteral("secret"), mechanism);
        QTRY_VERIFY_WITH_TIMEOUT(auth->isFinished(), kWait);
        QVERIFY2(m_server->waitForFinished(kWait), qPrintable(m_server->errorString()));
        QCOMPARE(int(auth->status()), status);
        // The reason is ours, not the server's "cancelled".
        QVERIFY2(auth->errorString().contains(errorPart, Qt::CaseInsensitive),
                 qPrintable(auth->errorString()));
        QVERIFY2(auth->errorString().contains(QStringLiteral("cancel"), Qt::CaseInsensitive),
                 qPrintable(auth->errorString()));
        QCOMPARE(m_client->state(), Client::State::NotAuthenticated);
        // One "*" and nothing else after it: no retry.
        QCOMPARE(m_server->received().count("\r\n*\r\n"), 1);
        QVERIFY(m_server->received().endsWith("\r\n*\r\n"));
    }

    // After "*" a server that keeps challenging is broken: the client does not answer again.
    void challengeAfterCancelIsAProtocolError()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=CRAM-MD5] hi\n"
                                            "C: $t AUTHENTICATE CRAM-MD5\nS: + !!!\nC: *\n"
                                            "S: + PDE0OTY+\nW: 50\n")));
        Reply *auth = m_client->authenticate(QStringLiteral("alice"), QStringLiteral("secret"),
                                             QByteArray("CRAM-MD5"));
        QTRY_VERIFY_WITH_TIMEOUT(auth->isFinished(), kWait);
        QVERIFY(auth->status() != Reply::Status::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->lastError().kind, ConnectionError::Kind::ProtocolError,
                                  kWait);
        QCOMPARE(m_server->received().count("\r\n*\r\n"), 1);
        QVERIFY(m_server->received().endsWith("\r\n*\r\n"));
    }

    // A tagged OK for a cancelled exchange cannot be trusted.
    void okAfterCancelIsNotTrusted()
    {
        QVERIFY(connectPlain(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=CRAM-MD5] hi\n"
                                            "C: $t AUTHENTICATE CRAM-MD5\nS: + !!!\nC: *\n"
                                            "S: $t OK welcome\nW: 50\n")));
        Reply *auth = m_client->authenticate(QStringLiteral("alice"), QStringLiteral("secret"),
                                             QByteArray("CRAM-MD5"));
        QTRY_VERIFY_WITH_TIMEOUT(auth->isFinished(), kWait);
        QVERIFY(auth->status() != Reply::Status::Ok);
        QVERIFY(m_client->state() != Client::State::Authenticated);
    }
};

QTEST_GUILESS_MAIN(TestClientSaslCancel)
#include "tst_client_sasl_cancel.moc"
