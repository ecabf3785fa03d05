#include "support/OAuthStandIn.h"
#include "support/ServiceRequirement.h"

#include "notifier/ApplicationIdentity.h"
#include "notifier/Clock.h"
#include "notifier/OAuthSignIn.h"
#include "notifier/OAuthTokenRefresher.h"
#include "notifier/SecretStore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrlQuery>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

using TestSupport::FakeBrowser;
using TestSupport::StandInAuthServer;

namespace {

const QString clientId = StandInAuthServer::clientId();

OAuthProvider standInProvider(const StandInAuthServer &server)
{
    OAuthProvider provider;
    provider.name = QStringLiteral("StandIn");
    provider.authorizationUrl = server.url("authorize");
    provider.tokenUrl = server.url("token");
    provider.scope = QStringLiteral("https://mail.google.com/");
    provider.clientId = clientId;
    return provider;
}

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInObtainsTokensWithPkce()
    {
        StandInAuthServer server;
        FakeBrowser browser;
        ManualClock clock;
        OAuthSignIn signIn(standInProvider(server));
        signIn.setClock(&clock);
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start();
        QVERIFY(signIn.redirectUri().toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(succeeded.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(server.authorizeProblems, QStringList());
        QCOMPARE(server.tokenProblems, QStringList());
        QVERIFY(server.verifierMatched);
        const auto tokens = succeeded.first().first().value<OAuthTokens>();
        QCOMPARE(tokens.accessToken, QStringLiteral("access-1"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("refresh-1"));
        QCOMPARE(tokens.expiresAt, clock.wallTime().addSecs(3600));
        QVERIFY(!signIn.isRunning());
    }

    void wrongStateIsRejected()
    {
        StandInAuthServer server;
        FakeBrowser browser;
        browser.replaceState = QStringLiteral("forged");
        OAuthSignIn signIn(standInProvider(server));
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<OAuthSignIn::Error>(),
                 OAuthSignIn::Error::StateMismatch);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("state")));
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(server.tokenRequests, 0); // the forged code was never redeemed
    }

    void tokenErrorIsReported()
    {
        StandInAuthServer server;
        server.tokenMode = StandInAuthServer::TokenMode::InvalidGrant;
        FakeBrowser browser;
        OAuthSignIn signIn(standInProvider(server));
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<OAuthSignIn::Error>(),
                 OAuthSignIn::Error::TokenError);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("invalid_grant")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("already redeemed")), qPrintable(message));
        QTest::qWait(50); // no second report, no late success
        QCOMPARE(failed.count(), 1);
        QCOMPARE(succeeded.count(), 0);
    }

    void refreshHappensBeforeExpiry()
    {
        StandInAuthServer server;
        ManualClock clock;
        OAuthTokenRefresher refresher(standInProvider(server), &clock);
        refresher.setRefreshMarginSeconds(300);
        QSignalSpy refreshed(&refresher, &OAuthTokenRefresher::tokensRefreshed);
        OAuthTokens tokens;
        tokens.accessToken = QStringLiteral("access-1");
        tokens.refreshToken = QStringLiteral("refresh-1");
        tokens.expiresAt = clock.wallTime().addSecs(3600);
        refresher.setTokens(tokens);

        clock.advance((3600 - 300 - 1) * 1000LL);
        QTest::qWait(20);
        QCOMPARE(server.refreshRequests, 0);
        clock.advance(1000);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(server.refreshRequests, 1);
        QCOMPARE(server.tokenProblems, QStringList());
        const OAuthTokens fresh = refresher.tokens();
        QCOMPARE(fresh.accessToken, QStringLiteral("access-2"));
        // The server sent no new refresh token: the old one stays valid (RFC 6749 §6).
        QCOMPARE(fresh.refreshToken, QStringLiteral("refresh-1"));
        QCOMPARE(fresh.expiresAt, clock.wallTime().addSecs(3600));
        QVERIFY(fresh.expiresAt > tokens.expiresAt);
        // ...and the next refresh is planned for the new expiry.
        QCOMPARE(clock.nextDueIn(), (3600 - 300) * 1000LL);
    }

    void tokensJsonRoundTrip()
    {
        OAuthTokens tokens{QStringLiteral("a"), QStringLiteral("r"),
                           QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC)};
        OAuthTokens back;
        QVERIFY(OAuthTokens::fromJson(tokens.toJson(), &back));
        QCOMPARE(back, tokens);
        QVERIFY(!OAuthTokens::fromJson(QStringLiteral("not json"), &back));
        QVERIFY(!OAuthTokens::fromJson(QStringLiteral("{\"access_token\":3}"), &back));
    }

    void providersAskForImapScopes()
    {
        const auto google = OAuthProvider::forAuthMethod(AuthMethod::OAuth2Google, clientId);
        QCOMPARE(google.scope, QStringLiteral("https://mail.google.com/"));
        QVERIFY(google.isValid());
        const auto microsoft = OAuthProvider::forAuthMethod(AuthMethod::OAuth2Microsoft, clientId);
        QCOMPARE(microsoft.scope,
                 QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All offline_access"));
        QCOMPARE(microsoft.tokenUrl.scheme(), QStringLiteral("https"));
        QVERIFY(!OAuthProvider::forAuthMethod(AuthMethod::Password, clientId).isValid());
    }

    // Tests point the providers at a stand-in; only a loopback address is honoured.
    void testEndpointOnlyOnLoopback()
    {
        qputenv("LETTERTRAY_TEST_OAUTH_ENDPOINT", "http://127.0.0.1:4711/");
        qputenv("LETTERTRAY_TEST_OAUTH_CLIENT_ID", "test-id");
        OAuthProvider google = OAuthProvider::configured(AuthMethod::OAuth2Google);
        QCOMPARE(google.authorizationUrl, QUrl(QStringLiteral("http://127.0.0.1:4711/authorize")));
        QCOMPARE(google.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:4711/token")));
        QCOMPARE(google.clientId, QStringLiteral("test-id"));
        QCOMPARE(google.scope, QStringLiteral("https://mail.google.com/"));
        QCOMPARE(google.name, QStringLiteral("Google"));
        const OAuthProvider microsoft = OAuthProvider::configured(AuthMethod::OAuth2Microsoft);
        QCOMPARE(microsoft.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:4711/token")));
        QVERIFY(microsoft.scope.contains(QLatin1String("offline_access")));

        for (const char *elsewhere : {"http://auth.example.org/", "https://127.0.0.1:4711/",
                                      "http://10.0.0.1/", "not a url"}) {
            qputenv("LETTERTRAY_TEST_OAUTH_ENDPOINT", elsewhere);
            google = OAuthProvider::configured(AuthMethod::OAuth2Google);
            QCOMPARE(google.tokenUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
            QVERIFY(google.clientId != QLatin1String("test-id"));
        }
        qunsetenv("LETTERTRAY_TEST_OAUTH_ENDPOINT");
        qunsetenv("LETTERTRAY_TEST_OAUTH_CLIENT_ID");
        QVERIFY(!OAuthProvider::configured(AuthMethod::Password).isValid());
    }

    void tokensAreStoredInTheKeychain()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        SecretStore secrets(ApplicationIdentity::keychainService() + QStringLiteral(".Test.") +
                            QUuid::createUuid().toString(QUuid::Id128));
        const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
        StandInAuthServer server;
        ManualClock clock;
        OAuthTokenRefresher refresher(standInProvider(server), &clock);
        refresher.setSecretStore(&secrets, account);
        QSignalSpy stored(&refresher, &OAuthTokenRefresher::stored);
        QSignalSpy storeFailed(&refresher, &OAuthTokenRefresher::storeFailed);
        OAuthTokens tokens{QStringLiteral("access-1"), QStringLiteral("refresh-1"),
                           clock.wallTime().addSecs(3600)};
        refresher.setTokens(tokens);
        refresher.store();
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() + storeFailed.count() > 0, 20000);
        QVERIFY2(storeFailed.isEmpty(), qPrintable(storeFailed.value(0).value(0).toString()));

        SecretReply *read = secrets.read(account, SecretStore::Kind::OAuth2Tokens);
        QSignalSpy readDone(read, &SecretReply::finished);
        QVERIFY(readDone.wait(20000));
        QCOMPARE(read->error(), SecretReply::Error::NoError);
        OAuthTokens back;
        QVERIFY(OAuthTokens::fromJson(read->secret(), &back));
        QCOMPARE(back, tokens);

        SecretReply *removed = secrets.removeAccount(account);
        QSignalSpy removeDone(removed, &SecretReply::finished);
        QVERIFY(removeDone.wait(20000));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
