#pragma once

#include "notifier/FolderKey.h"

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace Notifier {

// What the message list shows of one message. Texts decoded, not yet sanitised.
struct MessageSummary
{
    MessageKey key;
    QString accountName;
    QString from;
    QString fromAddress;
    QString subject;
    QString preview;
    QDateTime date;
    qint64 size = 0;
    bool seen = false;
};

} // namespace Notifier

Q_DECLARE_METATYPE(Notifier::MessageSummary)
