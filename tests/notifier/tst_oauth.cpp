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

namespace {

const QString clientId = QStringLiteral("lettertray-test-client");

// A stand-in authorization server on loopback, speaking just enough HTTP/1.1: /authorize
// answers with the redirect a real provider would send after the user agreed, /token checks
// the PKCE verifier against the challenge of the authorization request.
class StandInAuthServer : public QObject
{
public:
    enum class TokenMode
    {
        Ok,
        InvalidGrant,
    };

    StandInAuthServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    OAuthProvider provider() const
    {
        OAuthProvider provider;
        provider.name = QStringLiteral("StandIn");
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
        provider.authorizationUrl = QUrl(base + QStringLiteral("authorize"));
        provider.tokenUrl = QUrl(base + QStringLiteral("token"));
        provider.scope = QStringLiteral("https://mail.google.com/");
        provider.clientId = clientId;
        return provider;
    }

    TokenMode tokenMode = TokenMode::Ok;
    QStringList authorizeProblems;
    QStringList tokenProblems;
    bool verifierMatched = false;
    int tokenRequests = 0;
    int refreshRequests = 0;
    QString challenge;
    QString state;
    QString redirectUri;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        qsizetype contentLength = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
        m_buffers.remove(socket);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        if (target.path() == QLatin1String("/authorize"))
            authorize(socket, QUrlQuery(target));
        else if (target.path() == QLatin1String("/token"))
            token(socket, QUrlQuery(QString::fromUtf8(body)));
        else
            respond(socket, "404 Not Found", {}, "{}");
    }

    static void respond(QTcpSocket *socket, const QByteArray &status,
                        const QList<QByteArray> &headers, const QByteArray &body)
    {
        QByteArray response = "HTTP/1.1 " + status + "\r\n";
        for (const QByteArray &header : headers)
            response += header + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) +
                    "\r\nConnection: close\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    void authorize(QTcpSocket *socket, const QUrlQuery &query)
    {
        const auto value = [&query](const char *key) {
            return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        };
        if (value("client_id") != clientId)
            authorizeProblems << QStringLiteral("client_id");
        if (value("response_type") != QLatin1String("code"))
            authorizeProblems << QStringLiteral("response_type");
        redirectUri = value("redirect_uri");
        if (!redirectUri.startsWith(QLatin1String("http://127.0.0.1:")))
            authorizeProblems << QStringLiteral("redirect_uri ") + redirectUri;
        if (value("code_challenge_method") != QLatin1String("S256"))
            authorizeProblems << QStringLiteral("code_challenge_method");
        challenge = value("code_challenge");
        if (challenge.size() != 43) // base64url of 32 bytes, no padding
            authorizeProblems << QStringLiteral("code_challenge ") + challenge;
        state = value("state");
        if (state.isEmpty())
            authorizeProblems << QStringLiteral("state");
        QUrl location(redirectUri);
        QUrlQuery back;
        back.addQueryItem(QStringLiteral("code"), QStringLiteral("the-code"));
        back.addQueryItem(QStringLiteral("state"), state);
        location.setQuery(back);
        respond(socket, "302 Found", {"Location: " + location.toEncoded()}, QByteArray());
    }

    void token(QTcpSocket *socket, const QUrlQuery &form)
    {
        ++tokenRequests;
        const auto value = [&form](const char *key) {
            return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        };
        const QByteArray json = "Content-Type: application/json";
        if (tokenMode == TokenMode::InvalidGrant) {
            respond(
                socket, "400 Bad Request", {json},
                R"({"error":"invalid_grant","error_description":"Code was already redeemed."})");
            return;
        }
        if (value("grant_type") == QLatin1String("refresh_token")) {
            ++refreshRequests;
            if (value("refresh_token") != QLatin1String("refresh-1"))
                tokenProblems << QStringLiteral("refresh_token");
            respond(socket, "200 OK", {json},
                    R"({"access_token":"access-2","token_type":"Bearer","expires_in":3600})");
            return;
        }
        if (value("grant_type") != QLatin1String("authorization_code"))
            tokenProblems << QStringLiteral("grant_type");
        if (value("code") != QLatin1String("the-code"))
            tokenProblems << QStringLiteral("code");
        if (value("client_id") != clientId)
            tokenProblems << QStringLiteral("client_id");
        if (value("redirect_uri") != redirectUri)
            tokenProblems << QStringLiteral("redirect_uri ") + value("redirect_uri");
        const QByteArray verifier = value("code_verifier").toLatin1();
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        verifierMatched = !verifier.isEmpty() && expected == challenge;
        respond(socket, "200 OK", {json},
                R"({"access_token":"access-1","token_type":"Bearer","expires_in":3600,)"
                R"("refresh_token":"refresh-1"})");
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Plays the user's browser: loads the authorization page, takes the redirect the "user's
// consent" produced and follows it to the loopback listener, optionally tampered with.
class FakeBrowser : public QObject
{
public:
    QString replaceState; // non-empty: a forged redirect with this state
    QNetworkAccessManager network;

    void open(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (!replaceState.isEmpty()) {
                QUrlQuery query(location);
                query.removeAllQueryItems(QStringLiteral("state"));
                query.addQueryItem(QStringLiteral("state"), replaceState);
                location.setQuery(query);
            }
            QNetworkReply *redirect = network.get(QNetworkRequest(location));
            connect(redirect, &QNetworkReply::finished, redirect, &QObject::deleteLater);
        });
    }
};

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
        OAuthSignIn signIn(server.provider());
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
        OAuthSignIn signIn(server.provider());
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
        OAuthSignIn signIn(server.provider());
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
        OAuthTokenRefresher refresher(server.provider(), &clock);
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

    void tokensAreStoredInTheKeychain()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        SecretStore secrets(ApplicationIdentity::keychainService() + QStringLiteral(".Test.") +
                            QUuid::createUuid().toString(QUuid::Id128));
        const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
        StandInAuthServer server;
        ManualClock clock;
        OAuthTokenRefresher refresher(server.provider(), &clock);
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
