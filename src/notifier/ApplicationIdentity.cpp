#include "notifier/ApplicationIdentity.h"

namespace Notifier {

QString ApplicationIdentity::applicationId()
{
    return QStringLiteral("io.github.lettertray.Lettertray");
}

QString ApplicationIdentity::displayName()
{
    return QStringLiteral("Lettertray");
}

QString ApplicationIdentity::keychainService()
{
    return applicationId();
}

QString ApplicationIdentity::desktopEntryName()
{
    return applicationId() + QStringLiteral(".desktop");
}

} // namespace Notifier
