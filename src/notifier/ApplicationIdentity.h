#pragma once

#include <QtCore/QString>

namespace Notifier {

// The names under which Lettertray meets the desktop: the reverse-DNS application id used by
// the desktop entry, the notification daemon, the keychain service and the autostart entry.
struct ApplicationIdentity
{
    static QString applicationId();    // io.github.lettertray.Lettertray
    static QString displayName();      // Lettertray
    static QString keychainService();  // service name of every keychain entry
    static QString desktopEntryName(); // applicationId() + ".desktop"
};

} // namespace Notifier
