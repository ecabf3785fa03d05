#include "notifier/UnreadCounter.h"

namespace Notifier {

UnreadCounter::UnreadCounter(QObject *parent)
    : QObject(parent)
{}

int UnreadCounter::unread(const FolderKey &folder) const
{
    const auto it = m_folders.constFind(folder);
    return it == m_folders.cend() ? 0 : it->value();
}

int UnreadCounter::unreadForAccount(const QString &accountId) const
{
    int sum = 0;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        if (it.key().accountId == accountId)
            sum += it->value();
    }
    return sum;
}

void UnreadCounter::update(const FolderKey &folder, const std::function<void(Folder &)> &change)
{
    Folder &entry = m_folders[folder];
    const int before = entry.value();
    change(entry);
    const int after = entry.value();
    if (before == after)
        return;
    m_total += after - before;
    Q_EMIT folderUnreadChanged(folder, after);
    Q_EMIT accountUnreadChanged(folder.accountId, unreadForAccount(folder.accountId));
    Q_EMIT totalUnreadChanged(m_total);
}

void UnreadCounter::withdraw(const MessageKey &message)
{
    if (m_shown.remove(message))
        Q_EMIT readElsewhere(message);
}

void UnreadCounter::setUnreadUids(const FolderKey &folder, const QSet<quint32> &uids)
{
    update(folder, [&uids](Folder &entry) {
        entry.byUid = true;
        entry.uids = uids;
    });
    // A message shown as new that the full answer no longer lists as unread was read (or
    // removed) while we were not looking, e.g. during a reconnect.
    const QSet<MessageKey> shown = m_shown;
    for (const MessageKey &message : shown) {
        if (message.folder == folder && !uids.contains(message.uid))
            withdraw(message);
    }
}

void UnreadCounter::setUnreadCount(const FolderKey &folder, int count)
{
    update(folder, [count](Folder &entry) {
        entry.byUid = false;
        entry.uids.clear();
        entry.count = std::max(0, count);
    });
}

void UnreadCounter::messageArrived(const FolderKey &folder, quint32 uid, bool seen)
{
    if (seen)
        return;
    update(folder, [uid](Folder &entry) {
        if (entry.byUid)
            entry.uids.insert(uid);
        else
            ++entry.count;
    });
}

void UnreadCounter::flagsChanged(const FolderKey &folder, quint32 uid, bool seen)
{
    update(folder, [uid, seen](Folder &entry) {
        if (!entry.byUid)
            return; // a polled folder learns its count at the next poll
        if (seen)
            entry.uids.remove(uid);
        else
            entry.uids.insert(uid);
    });
    if (seen)
        withdraw({folder, uid});
}

void UnreadCounter::expunged(const FolderKey &folder, quint32 uid)
{
    update(folder, [uid](Folder &entry) {
        if (entry.byUid)
            entry.uids.remove(uid);
    });
    withdraw({folder, uid});
}

void UnreadCounter::removeFolder(const FolderKey &folder)
{
    update(folder, [](Folder &entry) {
        entry.byUid = true;
        entry.uids.clear();
    });
    m_folders.remove(folder);
    m_shown.removeIf([&folder](const MessageKey &message) { return message.folder == folder; });
}

void UnreadCounter::removeAccount(const QString &accountId)
{
    const QList<FolderKey> folders = m_folders.keys();
    for (const FolderKey &folder : folders) {
        if (folder.accountId == accountId)
            removeFolder(folder);
    }
}

void UnreadCounter::trackNotification(const MessageKey &message)
{
    m_shown.insert(message);
}

void UnreadCounter::untrackNotification(const MessageKey &message)
{
    m_shown.remove(message);
}

} // namespace Notifier
