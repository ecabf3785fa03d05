#pragma once

#include <QtCore/QString>

namespace Notifier {

// Where there is no freedesktop notification service (other platforms, or a desktop without
// one), DesktopNotifier hands its messages to this. The app implements it with
// QSystemTrayIcon::showMessage, which the notifier cannot call itself (no Widgets here).
class FallbackPresenter
{
public:
    virtual ~FallbackPresenter() = default;
    virtual void showMessage(const QString &title, const QString &body) = 0;
};

} // namespace Notifier
