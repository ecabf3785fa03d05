#include "app/Autostart.h"

#include "notifier/ApplicationIdentity.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

namespace App {

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + Notifier::ApplicationIdentity::desktopEntryName();
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

QByteArray Autostart::entryContents(const QString &program)
{
    // --minimized: at login the tray icon is enough; nobody wants a window in their face.
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Lettertray\n"
           "Comment=Mail notifier for the system tray\n"
           "Icon=" +
           Notifier::ApplicationIdentity::applicationId().toUtf8() +
           "\n"
           "Exec=" +
           program.toUtf8() +
           " --minimized\n"
           "TryExec=" +
           program.toUtf8() +
           "\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled=true\n"
           "X-GNOME-Autostart-Delay=5\n";
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error) {
                *error = QDir::toNativeSeparators(path);
            }
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryContents()) < 0 || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace App
