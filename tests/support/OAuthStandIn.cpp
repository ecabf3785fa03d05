#include "support/OAuthStandIn.h"

#include <QtCore/QCryptographicHash>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>

namespace TestSupport {

StandInAuthServer::StandInAuthServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl StandInAuthServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

QUrl StandInAuthServer::url(const char *path) const
{
    return baseUrl().resolved(QUrl(QString::fromLatin1(path)));
}

void StandInAuthServer::onData(QTcpSocket *socket)
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

void StandInAuthServer::respond(QTcpSocket *socket, const QByteArray &status,
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

void StandInAuthServer::authorize(QTcpSocket *socket, const QUrlQuery &query)
{
    ++authorizeRequests;
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    if (value("client_id") != clientId())
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

void StandInAuthServer::token(QTcpSocket *socket, const QUrlQuery &form)
{
    ++tokenRequests;
    const auto value = [&form](const char *key) {
        return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    const QByteArray json = "Content-Type: application/json";
    if (value("grant_type") == QLatin1String("refresh_token"))
        ++refreshRequests;
    if (tokenMode == TokenMode::InvalidGrant) {
        respond(socket, "400 Bad Request", {json},
                R"({"error":"invalid_grant","error_description":"Code was already redeemed."})");
        return;
    }
    if (value("grant_type") == QLatin1String("refresh_token")) {
        if (value("refresh_token") != QLatin1String("refresh-1"))
            tokenProblems << QStringLiteral("refresh_token");
        if (value("client_id") != clientId())
            tokenProblems << QStringLiteral("client_id");
        respond(socket, "200 OK", {json},
                QStringLiteral(R"({"access_token":"%1","token_type":"Bearer","expires_in":%2})")
                    .arg(refreshedAccessToken)
                    .arg(refreshedExpiresIn)
                    .toUtf8());
        return;
    }
    if (value("grant_type") != QLatin1String("authorization_code"))
        tokenProblems << QStringLiteral("grant_type");
    if (value("code") != QLatin1String("the-code"))
        tokenProblems << QStringLiteral("code");
    if (value("client_id") != clientId())
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

void FakeBrowser::open(const QUrl &url)
{
    ++opened;
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

} // namespace TestSupport
