#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace Notifier {

// What an OAuth2 sign-in yields. Serialised to JSON only for the keychain
// (SecretStore::Kind::OAuth2Tokens); never written to settings or logs.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when the server gave no expires_in

    bool isValid() const { return !accessToken.isEmpty(); }
    QString toJson() const;
    // False (and *tokens untouched) for text that is not a token record.
    static bool fromJson(const QString &json, OAuthTokens *tokens);

    friend bool operator==(const OAuthTokens &, const OAuthTokens &) = default;
};

} // namespace Notifier
