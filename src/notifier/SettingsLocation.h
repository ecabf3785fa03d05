#pragma once

#include <QtCore/QString>

namespace Notifier {

// Where the notifier keeps its files and under which keychain service its secrets live.
// Tests and demo mode get their own location so that they never read or overwrite the
// user's real accounts, tracker state or keychain entries.
class SettingsLocation
{
public:
    // The user's real configuration, unless LETTERTRAY_CONFIG_DIR points elsewhere (used by
    // tests and by scripts that must not touch the real configuration).
    static SettingsLocation user();
    // Demo mode: its own directory and a keychain service name that differs from the real one.
    static SettingsLocation demo(const QString &directory);
    // An explicit directory, with the real keychain service (tests pass their own).
    static SettingsLocation custom(const QString &directory, const QString &keychainService);

    QString directory() const { return m_directory; }
    QString accountsFile() const;
    QString trackerStateFile() const;
    QString keychainService() const { return m_keychainService; }
    bool isDemo() const { return m_demo; }

private:
    QString m_directory;
    QString m_keychainService;
    bool m_demo = false;
};

} // namespace Notifier
