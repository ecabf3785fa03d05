#include "notifier/SettingsLocation.h"

#include "notifier/ApplicationIdentity.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>

namespace Notifier {

SettingsLocation SettingsLocation::user()
{
    SettingsLocation location;
    const QString overridden = qEnvironmentVariable("LETTERTRAY_CONFIG_DIR");
    if (!overridden.isEmpty()) {
        location.m_directory = overridden;
    } else {
        // Not AppConfigLocation: that depends on QCoreApplication's names, which a library
        // must not assume were set.
        location.m_directory =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
            QStringLiteral("/lettertray");
    }
    location.m_keychainService = ApplicationIdentity::keychainService();
    return location;
}

SettingsLocation SettingsLocation::demo(const QString &directory)
{
    SettingsLocation location;
    location.m_directory = directory;
    location.m_keychainService = ApplicationIdentity::keychainService() + QStringLiteral(".Demo");
    location.m_demo = true;
    return location;
}

SettingsLocation SettingsLocation::custom(const QString &directory, const QString &keychainService)
{
    SettingsLocation location;
    location.m_directory = directory;
    location.m_keychainService = keychainService;
    return location;
}

QString SettingsLocation::accountsFile() const
{
    return QDir(m_directory).filePath(QStringLiteral("accounts.ini"));
}

QString SettingsLocation::trackerStateFile() const
{
    return QDir(m_directory).filePath(QStringLiteral("seen-state.json"));
}

} // namespace Notifier
