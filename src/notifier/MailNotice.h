#pragma once

#include "notifier/FolderKey.h"

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace Notifier {

// One new message to announce. The texts are as decoded from the server (RFC 2047 already
// undone) but not yet made safe; whoever shows them sanitises, truncates and escapes.
struct MailNotice
{
    MessageKey key;
    QString accountName;
    QString from;        // display name, or address when there is none
    QString fromAddress; // for rules
    QString subject;
    QString preview;
    QDateTime date;
    bool playSound = false;
};

enum class NotificationAction
{
    Open,       // also the default action (clicking the bubble)
    MarkAsRead, // \Seen on the server
    Delete,     // to Trash (MOVE where possible)
};

} // namespace Notifier

Q_DECLARE_METATYPE(Notifier::MailNotice)
Q_DECLARE_METATYPE(Notifier::NotificationAction)
