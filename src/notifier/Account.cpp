#include "notifier/Account.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QUuid>

namespace Notifier {

QString securityModeToString(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::Tls:
        return QStringLiteral("tls");
    case SecurityMode::StartTls:
        return QStringLiteral("starttls");
    case SecurityMode::PlainExplicit:
        return QStringLiteral("plain");
    }
    return QString();
}

bool securityModeFromString(const QString &text, SecurityMode *mode)
{
    for (SecurityMode candidate :
         {SecurityMode::Tls, SecurityMode::StartTls, SecurityMode::PlainExplicit}) {
        if (text == securityModeToString(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

QString authMethodToString(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::OAuth2Google:
        return QStringLiteral("oauth2-google");
    case AuthMethod::OAuth2Microsoft:
        return QStringLiteral("oauth2-microsoft");
    }
    return QString();
}

bool authMethodFromString(const QString &text, AuthMethod *method)
{
    for (AuthMethod candidate :
         {AuthMethod::Password, AuthMethod::OAuth2Google, AuthMethod::OAuth2Microsoft}) {
        if (text == authMethodToString(candidate)) {
            *method = candidate;
            return true;
        }
    }
    return false;
}

QString Account::generateId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

quint16 Account::defaultPort(SecurityMode mode)
{
    return mode == SecurityMode::Tls ? 993 : 143;
}

QString Account::validationError() const
{
    if (id.isEmpty())
        return QCoreApplication::translate("Notifier::Account", "The account has no identifier.");
    if (!email.contains(QLatin1Char('@')))
        return QCoreApplication::translate("Notifier::Account",
                                           "The email address must contain an @.");
    if (server.trimmed().isEmpty())
        return QCoreApplication::translate("Notifier::Account", "The server name is empty.");
    if (server.contains(QLatin1Char(' ')) || server.contains(QLatin1Char('/')))
        return QCoreApplication::translate("Notifier::Account",
                                           "The server name contains invalid characters.");
    if (port == 0)
        return QCoreApplication::translate("Notifier::Account", "The port must be 1 to 65535.");
    if (watchedFolders.isEmpty())
        return QCoreApplication::translate("Notifier::Account",
                                           "At least one folder must be watched.");
    if (!pinnedCertificateSha256.isEmpty() && pinnedCertificateSha256.size() != 32)
        return QCoreApplication::translate("Notifier::Account",
                                           "The pinned certificate fingerprint is not SHA-256.");
    return QString();
}

} // namespace Notifier
