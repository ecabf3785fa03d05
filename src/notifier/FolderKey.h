#pragma once

#include <QtCore/QHashFunctions>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace Notifier {

// One watched folder: the account's id and the mailbox name as the server spells it.
struct FolderKey
{
    QString accountId;
    QString mailbox;

    friend bool operator==(const FolderKey &, const FolderKey &) = default;
    friend size_t qHash(const FolderKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.accountId, key.mailbox);
    }
};

// One message of one folder, as long as the folder's UIDVALIDITY holds.
struct MessageKey
{
    FolderKey folder;
    quint32 uid = 0;

    friend bool operator==(const MessageKey &, const MessageKey &) = default;
    friend size_t qHash(const MessageKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.folder, key.uid);
    }
};

} // namespace Notifier

Q_DECLARE_METATYPE(Notifier::FolderKey)
Q_DECLARE_METATYPE(Notifier::MessageKey)
