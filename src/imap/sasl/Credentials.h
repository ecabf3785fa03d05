#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QString>

namespace Imap::Sasl {

// What a mechanism may need to authenticate. The password and the access token are wiped
// when the last copy is destroyed (see SecureMemory).
class LETTERTRAY_IMAP_EXPORT Credentials
{
public:
    Credentials() = default;
    Credentials(const Credentials &) = default;
    Credentials(Credentials &&) noexcept = default;
    Credentials &operator=(const Credentials &) = default;
    Credentials &operator=(Credentials &&) noexcept = default;
    ~Credentials();

    QString username;
    QString authorizationId; // act as this user (usually empty: the same as username)
    QString password;
    QString accessToken; // OAuth 2.0 bearer token (XOAUTH2, OAUTHBEARER)
    QString host;        // sent in OAUTHBEARER's host field when not empty
    quint16 port = 0;    // sent in OAUTHBEARER's port field when not 0

    bool hasPassword() const { return !password.isEmpty(); }
    bool hasAccessToken() const { return !accessToken.isEmpty(); }
};

} // namespace Imap::Sasl
