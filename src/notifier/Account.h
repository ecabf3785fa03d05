#pragma once

#include "notifier/NotificationRules.h"

#include <QtCore/QByteArray>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

namespace Notifier {

// How the connection to the server is secured. Implicit TLS is the default (RFC 8314);
// plaintext exists only because a user can choose it explicitly, never as a fallback.
enum class SecurityMode
{
    Tls,
    StartTls,
    PlainExplicit,
};

enum class AuthMethod
{
    Password,
    OAuth2Google,
    OAuth2Microsoft,
};

QString securityModeToString(SecurityMode mode);
bool securityModeFromString(const QString &text, SecurityMode *mode);
QString authMethodToString(AuthMethod method);
bool authMethodFromString(const QString &text, AuthMethod *method);

// One mail account as the user configured it. Holds no secret: the password or OAuth tokens
// live in the keychain under the account's id (see SecretStore).
struct Account
{
    QString id; // stable, generated once; keys the keychain entries and the tracker state
    QString displayName;
    QString email;
    QString userName; // login name; empty means "use the email address"
    QString server;
    quint16 port = 993;
    SecurityMode security = SecurityMode::Tls;
    AuthMethod auth = AuthMethod::Password;
    QStringList watchedFolders = {QStringLiteral("INBOX")};
    QByteArray pinnedCertificateSha256; // raw 32 bytes when the user trusted one certificate
    QUrl webmailUrl;
    QString mailClientCommand;
    bool enabled = true;
    AccountRules rules;

    static QString generateId();
    static quint16 defaultPort(SecurityMode mode);
    QString effectiveUserName() const { return userName.isEmpty() ? email : userName; }

    // Empty when the account can be saved; otherwise a sentence for the user.
    QString validationError() const;

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace Notifier

Q_DECLARE_METATYPE(Notifier::Account)
