#pragma once

#include "notifier/Account.h"

#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Notifier {

// The endpoints and IMAP scopes of an OAuth2 provider. The client id (and, for Google's
// "desktop app" clients, the non-confidential client secret) come from the application's
// registration with the provider, so they are parameters rather than constants here.
struct OAuthProvider
{
    QString name;
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope; // space separated, as RFC 6749 §3.3 wants it
    QString clientId;
    QString clientSecret; // empty for public clients

    static OAuthProvider google(const QString &clientId, const QString &clientSecret = QString());
    // "common" lets both work/school and personal Microsoft accounts sign in.
    static OAuthProvider microsoft(const QString &clientId, const QString &tenant = QString());
    // For an account's AuthMethod; an empty provider (no name) for AuthMethod::Password.
    static OAuthProvider forAuthMethod(AuthMethod method, const QString &clientId,
                                       const QString &clientSecret = QString());

    // The provider for an account's AuthMethod with the client id this build was registered
    // with (CMake: LETTERTRAY_OAUTH_GOOGLE_CLIENT_ID, ..._GOOGLE_CLIENT_SECRET,
    // ..._MICROSOFT_CLIENT_ID). For tests, LETTERTRAY_TEST_OAUTH_ENDPOINT (a base URL whose
    // "authorize" and "token" are the endpoints) and LETTERTRAY_TEST_OAUTH_CLIENT_ID replace
    // them -- honoured only for a loopback address, so that a stray variable can never send a
    // user's sign-in to another host.
    static OAuthProvider configured(AuthMethod method);
    // The loopback test endpoint in force, or an empty URL.
    static QUrl testEndpoint();

    bool isValid() const
    {
        return !clientId.isEmpty() && authorizationUrl.isValid() && tokenUrl.isValid();
    }
};

} // namespace Notifier
