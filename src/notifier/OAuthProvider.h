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

    bool isValid() const
    {
        return !clientId.isEmpty() && authorizationUrl.isValid() && tokenUrl.isValid();
    }
};

} // namespace Notifier
