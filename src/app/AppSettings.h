#pragma once

#include "app/TrayIconRenderer.h"

#include <QtCore/QSettings>
#include <QtCore/QString>

namespace App {

// The app's own preferences (how things look and are announced), kept beside the notifier's
// account file in the same settings directory. Accounts and rules are the notifier's
// AccountStore; secrets are the keychain's.
class AppSettings
{
public:
    enum class NotificationStyle
    {
        PerMessage,
        Summary
    };

    explicit AppSettings(const QString &directory);

    QString language() const; // "" = the system's
    void setLanguage(const QString &code);
    PanelTone trayTone() const;
    void setTrayTone(PanelTone tone);
    NotificationStyle notificationStyle() const;
    void setNotificationStyle(NotificationStyle style);
    bool showPreview() const;
    void setShowPreview(bool show);
    int checkIntervalMinutes() const; // for servers without IDLE
    void setCheckIntervalMinutes(int minutes);
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace App
