#pragma once

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>

class QTcpSocket;

namespace TestSupport {

// A stand-in OAuth2 authorization server on loopback, speaking just enough HTTP/1.1:
// /authorize answers with the redirect a real provider would send after the user agreed
// (code "the-code"), /token checks the PKCE verifier against the challenge of the
// authorization request and hands out "access-1" + "refresh-1"; a refresh with "refresh-1"
// gives "access-2" (no new refresh token, as Google does).
//
//     StandInAuthServer server;
//     provider.authorizationUrl = server.url("authorize"); provider.tokenUrl = server.url("token");
//     provider.clientId = StandInAuthServer::clientId();
class StandInAuthServer : public QObject
{
public:
    enum class TokenMode
    {
        Ok,
        InvalidGrant, // every token request answered 400 invalid_grant
    };

    StandInAuthServer();

    static QString clientId() { return QStringLiteral("lettertray-test-client"); }
    // http://127.0.0.1:port/ -- what LETTERTRAY_TEST_OAUTH_ENDPOINT takes.
    QUrl baseUrl() const;
    QUrl url(const char *path) const;

    TokenMode tokenMode = TokenMode::Ok;
    QString refreshedAccessToken = QStringLiteral("access-2");
    qint64 refreshedExpiresIn = 3600;
    QStringList authorizeProblems;
    QStringList tokenProblems;
    bool verifierMatched = false;
    int authorizeRequests = 0;
    int tokenRequests = 0;
    int refreshRequests = 0;
    QString challenge;
    QString state;
    QString redirectUri;

private:
    void onData(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, const QByteArray &status,
                        const QList<QByteArray> &headers, const QByteArray &body);
    void authorize(QTcpSocket *socket, const QUrlQuery &query);
    void token(QTcpSocket *socket, const QUrlQuery &form);

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
    int opened = 0;

    void open(const QUrl &url);
};

} // namespace TestSupport
