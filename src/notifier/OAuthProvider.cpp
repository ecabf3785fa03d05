#include "notifier/OAuthProvider.h"

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

} // namespace Notifier
