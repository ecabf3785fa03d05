#include "notifier/OAuthProvider.h"

#include <QtNetwork/QHostAddress>

#ifndef LETTERTRAY_OAUTH_GOOGLE_CLIENT_ID
#define LETTERTRAY_OAUTH_GOOGLE_CLIENT_ID ""
#endif
#ifndef LETTERTRAY_OAUTH_GOOGLE_CLIENT_SECRET
#define LETTERTRAY_OAUTH_GOOGLE_CLIENT_SECRET ""
#endif
#ifndef LETTERTRAY_OAUTH_MICROSOFT_CLIENT_ID
#define LETTERTRAY_OAUTH_MICROSOFT_CLIENT_ID ""
#endif

namespace Notifier {

OAuthProvider OAuthProvider::google(const QString &clientId, const QString &clientSecret)
{
    OAuthProvider provider;
    provider.name = QStringLiteral("Google");
    provider.authorizationUrl =
        QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    provider.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    // The only scope Gmail accepts for IMAP; a refresh token comes with access_type=offline,
    // which OAuthSignIn adds for this provider.
    provider.scope = QStringLiteral("https://mail.google.com/");
    provider.clientId = clientId;
    provider.clientSecret = clientSecret;
    return provider;
}

OAuthProvider OAuthProvider::microsoft(const QString &clientId, const QString &tenant)
{
    const QString realm = tenant.isEmpty() ? QStringLiteral("common") : tenant;
    const QString base = QStringLiteral("https://login.microsoftonline.com/") + realm +
                         QStringLiteral("/oauth2/v2.0/");
    OAuthProvider provider;
    provider.name = QStringLiteral("Microsoft");
    provider.authorizationUrl = QUrl(base + QStringLiteral("authorize"));
    provider.tokenUrl = QUrl(base + QStringLiteral("token"));
    // offline_access is what makes Microsoft return a refresh token.
    provider.scope =
        QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All offline_access");
    provider.clientId = clientId;
    return provider;
}

OAuthProvider OAuthProvider::forAuthMethod(AuthMethod method, const QString &clientId,
                                           const QString &clientSecret)
{
    switch (method) {
    case AuthMethod::OAuth2Google:
        return google(clientId, clientSecret);
    case AuthMethod::OAuth2Microsoft:
        return microsoft(clientId);
    case AuthMethod::Password:
        break;
    }
    return OAuthProvider();
}

QUrl OAuthProvider::testEndpoint()
{
    const QUrl url(qEnvironmentVariable("LETTERTRAY_TEST_OAUTH_ENDPOINT"));
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return QUrl();
    const QString host = url.host();
    const QHostAddress address(host);
    if (host != QLatin1String("localhost") && !(!address.isNull() && address.isLoopback()))
        return QUrl();
    return url;
}

OAuthProvider OAuthProvider::configured(AuthMethod method)
{
    OAuthProvider provider;
    switch (method) {
    case AuthMethod::OAuth2Google:
        provider = google(QStringLiteral(LETTERTRAY_OAUTH_GOOGLE_CLIENT_ID),
                          QStringLiteral(LETTERTRAY_OAUTH_GOOGLE_CLIENT_SECRET));
        break;
    case AuthMethod::OAuth2Microsoft:
        provider = microsoft(QStringLiteral(LETTERTRAY_OAUTH_MICROSOFT_CLIENT_ID));
        break;
    case AuthMethod::Password:
        return provider;
    }
    const QUrl endpoint = testEndpoint();
    if (!endpoint.isEmpty()) {
        QUrl base = endpoint;
        if (!base.path().endsWith(QLatin1Char('/')))
            base.setPath(base.path() + QLatin1Char('/'));
        provider.authorizationUrl = base.resolved(QUrl(QStringLiteral("authorize")));
        provider.tokenUrl = base.resolved(QUrl(QStringLiteral("token")));
        const QString clientId = qEnvironmentVariable("LETTERTRAY_TEST_OAUTH_CLIENT_ID");
        if (!clientId.isEmpty())
            provider.clientId = clientId;
        provider.clientSecret.clear();
    }
    return provider;
}

} // namespace Notifier
