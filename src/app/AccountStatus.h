#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace App {

// One line of the tray menu and tooltip: what the notifier knows about an account right now.
struct AccountStatus
{
    QString name;        // the account's display name (usually the address)
    int unreadCount = 0; // new messages waiting in its watched folders
    bool problem = false;
    QString problemText; // e.g. "Authentication failed"; shown as the line's tooltip
    friend bool operator==(const AccountStatus &, const AccountStatus &) = default;
};

using AccountStatusList = QList<AccountStatus>;

} // namespace App
