#pragma once

#include <QtCore/QString>

namespace App {

// "Start on login": the XDG autostart entry ~/.config/autostart/<application id>.desktop
// (under $XDG_CONFIG_HOME when set). Written atomically; removing it turns autostart off.
class Autostart
{
public:
    static QString entryPath();
    static bool isEnabled();
    // False with a message in *error when the file could not be written or removed.
    static bool setEnabled(bool enabled, QString *error = nullptr);
    // The entry's contents; `program` is the command to run (lettertray from PATH by default).
    static QByteArray entryContents(const QString &program = QStringLiteral("lettertray"));
};

} // namespace App
