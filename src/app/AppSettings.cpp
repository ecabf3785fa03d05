#include "app/AppSettings.h"

#include <algorithm>

namespace App {

AppSettings::AppSettings(const QString &directory)
    : m_settings(directory + QStringLiteral("/app.conf"), QSettings::IniFormat)
{}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

PanelTone AppSettings::trayTone() const
{
    return m_settings.value(QStringLiteral("ui/trayTone")).toString() == QLatin1String("light")
               ? PanelTone::Light
               : PanelTone::Dark;
}

void AppSettings::setTrayTone(PanelTone tone)
{
    m_settings.setValue(QStringLiteral("ui/trayTone"), tone == PanelTone::Light
                                                           ? QStringLiteral("light")
                                                           : QStringLiteral("dark"));
}

AppSettings::NotificationStyle AppSettings::notificationStyle() const
{
    return m_settings.value(QStringLiteral("notifications/style")).toString() ==
                   QLatin1String("summary")
               ? NotificationStyle::Summary
               : NotificationStyle::PerMessage;
}

void AppSettings::setNotificationStyle(NotificationStyle style)
{
    m_settings.setValue(QStringLiteral("notifications/style"), style == NotificationStyle::Summary
                                                                   ? QStringLiteral("summary")
                                                                   : QStringLiteral("per-message"));
}

bool AppSettings::showPreview() const
{
    return m_settings.value(QStringLiteral("notifications/preview"), true).toBool();
}

void AppSettings::setShowPreview(bool show)
{
    m_settings.setValue(QStringLiteral("notifications/preview"), show);
}

int AppSettings::checkIntervalMinutes() const
{
    return std::clamp(m_settings.value(QStringLiteral("polling/intervalMinutes"), 5).toInt(), 1,
                      240);
}

void AppSettings::setCheckIntervalMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("polling/intervalMinutes"), std::clamp(minutes, 1, 240));
}

bool AppSettings::welcomeShown() const
{
    return m_settings.value(QStringLiteral("ui/welcomeShown"), false).toBool();
}

void AppSettings::setWelcomeShown(bool shown)
{
    m_settings.setValue(QStringLiteral("ui/welcomeShown"), shown);
}

} // namespace App
