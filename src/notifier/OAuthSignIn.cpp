#include "notifier/OAuthSignIn.h"

#include "notifier/Clock.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetworkAuth/QOAuth2AuthorizationCodeFlow>
#include <QtNetworkAuth/QOAuthHttpServerReplyHandler>
#include <QtNetworkAuth/QOAuthOobReplyHandler>

namespace Notifier {

namespace {

// Text from the provider is shown to the user: keep it short and on one line.
QString providerText(const QVariant &value)
{
    QString text = value.toString().simplified();
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    return text;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// RFC 7636 §4.1: 32 random octets, base64url encoded, give a 43-character verifier.
QByteArray makeCodeVerifier()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    return base64Url(random);
}

constexpr qint64 maxExpiresInSeconds = 366LL * 24 * 3600;

} // namespace

OAuthSignIn::OAuthSignIn(const OAuthProvider &provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_clock(Clock::system())
{}

OAuthSignIn::~OAuthSignIn()
{
    abort();
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void OAuthSignIn::setUpFlow(QAbstractOAuthReplyHandler *handler)
{
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setNetworkAccessManager(new QNetworkAccessManager(m_flow));
    m_flow->setAuthorizationUrl(m_provider.authorizationUrl);
    m_flow->setAccessTokenUrl(m_provider.tokenUrl);
    m_flow->setClientIdentifier(m_provider.clientId);
    if (!m_provider.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_provider.clientSecret);
    m_flow->setScope(m_provider.scope);
    handler->setParent(m_flow);
    m_handler = handler;
    m_flow->setReplyHandler(handler);

    // Qt 6.4's flow knows no PKCE (RFC 7636), which both Google and Microsoft expect from a
    // native app whose client secret is not secret. The flow lets us edit the parameters of
    // each request: the challenge goes into the authorization request, the verifier into the
    // code-for-token request, so a stolen redirect code is useless without the verifier.
    const QByteArray verifier = m_codeVerifier;
    const bool google = m_provider.name == QLatin1String("Google");
    m_flow->setModifyParametersFunction(
        [verifier, google](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            switch (stage) {
            case QAbstractOAuth::Stage::RequestingAuthorization:
                parameters->insert(QStringLiteral("code_challenge"),
                                   QString::fromLatin1(base64Url(QCryptographicHash::hash(
                                       verifier, QCryptographicHash::Sha256))));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                // Without it Google returns no refresh token and the user signs in hourly.
                if (google)
                    parameters->insert(QStringLiteral("access_type"), QStringLiteral("offline"));
                break;
            case QAbstractOAuth::Stage::RequestingAccessToken:
                parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
                break;
            default:
                break;
            }
        });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        if (m_openBrowser)
            m_openBrowser(url);
    });
    // Connected after the flow's own handler: by the time this runs the flow has either
    // requested the token (good redirect) or ignored the redirect (with only a log line).
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback);
    connect(handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &OAuthSignIn::onTokens);
    // Qt 6.4 drops token endpoint answers with an HTTP error status (RFC 6749 §5.2 sends
    // invalid_grant & co. with 400) after a log line; watch the replies to report them.
    connect(m_flow->networkAccessManager(), &QNetworkAccessManager::finished, this,
            &OAuthSignIn::onTokenReplyFinished);
}

void OAuthSignIn::start()
{
    abort();
    if (!m_provider.isValid()) {
        fail(Error::InvalidProvider,
             tr("The sign-in for %1 is not configured (no client id).").arg(m_provider.name));
        return;
    }
    auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0);
    if (!handler->isListening()) {
        delete handler;
        fail(Error::ListenFailed, tr("Could not open a local port for the sign-in redirect."));
        return;
    }
    handler->setCallbackText(tr("Signed in. You can close this page and return to Lettertray."));
    m_codeVerifier = makeCodeVerifier();
    m_previousRefreshToken.clear();
    m_running = true;
    setUpFlow(handler);
    m_flow->grant();
}

void OAuthSignIn::refresh(const QString &refreshToken)
{
    abort();
    if (!m_provider.isValid()) {
        fail(Error::InvalidProvider,
             tr("The sign-in for %1 is not configured (no client id).").arg(m_provider.name));
        return;
    }
    if (refreshToken.isEmpty()) {
        fail(Error::NoRefreshToken, tr("No refresh token: please sign in again."));
        return;
    }
    m_codeVerifier.clear();
    m_previousRefreshToken = refreshToken;
    m_running = true;
    // No redirect happens on a refresh, so no port is opened: the out-of-band handler only
    // parses the token answer.
    setUpFlow(new QOAuthOobReplyHandler);
    m_flow->setRefreshToken(refreshToken);
    m_flow->refreshAccessToken();
}

void OAuthSignIn::abort()
{
    m_running = false;
    tearDown();
}

void OAuthSignIn::tearDown()
{
    if (!m_flow)
        return;
    if (auto *server = qobject_cast<QOAuthHttpServerReplyHandler *>(m_handler.data()))
        server->close();
    m_flow->disconnect(this);
    if (m_handler)
        m_handler->disconnect(this);
    m_flow->networkAccessManager()->disconnect(this);
    // We may be inside one of the flow's signals.
    m_flow->deleteLater();
    m_flow = nullptr;
}

void OAuthSignIn::onCallback(const QVariantMap &values)
{
    if (!m_running)
        return;
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description = providerText(values.value(QStringLiteral("error_description")));
        fail(Error::AuthorizationDenied,
             tr("%1 refused the sign-in: %2%3")
                 .arg(m_provider.name, providerText(error),
                      description.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + description + QLatin1Char(')')));
        return;
    }
    if (values.value(QStringLiteral("state")).toString() != m_flow->state()) {
        fail(Error::StateMismatch,
             tr("The sign-in redirect did not belong to this sign-in (state mismatch); it was "
                "refused. Please try again."));
        return;
    }
    if (values.value(QStringLiteral("code")).toString().isEmpty())
        fail(Error::AuthorizationDenied,
             tr("%1 redirected back without an authorization code.").arg(m_provider.name));
}

void OAuthSignIn::onTokens(const QVariantMap &tokens)
{
    if (!m_running)
        return;
    const QString error = tokens.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description = providerText(tokens.value(QStringLiteral("error_description")));
        fail(Error::TokenError,
             tr("%1 refused the token request: %2%3")
                 .arg(m_provider.name, providerText(error),
                      description.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + description + QLatin1Char(')')));
        return;
    }
    OAuthTokens result;
    result.accessToken = tokens.value(QStringLiteral("access_token")).toString();
    result.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    // RFC 6749 §6: the server may keep the old refresh token valid and not send a new one.
    if (result.refreshToken.isEmpty())
        result.refreshToken = m_previousRefreshToken;
    bool ok = false;
    const qint64 expiresIn = tokens.value(QStringLiteral("expires_in")).toLongLong(&ok);
    if (ok && expiresIn > 0 && expiresIn <= maxExpiresInSeconds)
        result.expiresAt = m_clock->wallTime().toUTC().addSecs(expiresIn);
    if (result.accessToken.isEmpty()) {
        fail(Error::TokenError,
             tr("%1 answered the token request without an access token.").arg(m_provider.name));
        return;
    }
    finishWith(result);
}

void OAuthSignIn::onTokenReplyFinished(QNetworkReply *reply)
{
    if (!m_running || reply->url() != m_provider.tokenUrl ||
        reply->error() == QNetworkReply::NoError)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(Error::NetworkError,
             tr("Could not reach %1: %2").arg(m_provider.tokenUrl.host(), reply->errorString()));
        return;
    }
    // Bounded: an error body larger than this is not a token error document anyway.
    const QJsonObject body = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
    QVariantMap values = body.toVariantMap();
    if (values.value(QStringLiteral("error")).toString().isEmpty())
        values.insert(QStringLiteral("error"), QStringLiteral("HTTP %1").arg(status));
    onTokens(values);
}

void OAuthSignIn::fail(Error error, const QString &message)
{
    m_running = false;
    tearDown();
    Q_EMIT failed(error, message);
}

void OAuthSignIn::finishWith(const OAuthTokens &tokens)
{
    m_running = false;
    tearDown();
    Q_EMIT succeeded(tokens);
}

} // namespace Notifier
