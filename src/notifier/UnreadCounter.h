#pragma once

#include "notifier/FolderKey.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <functional>

namespace Notifier {

// Unread counts per folder, per account and in total, kept current from what the server
// pushes (new messages, FETCH FLAGS, EXPUNGE/VANISHED). It also remembers which messages have
// a notification on screen, and says so (readElsewhere) when one of them is read or removed
// on another device, so that its bubble is withdrawn.
//
// A folder is counted either by the UIDs of its unread messages (IDLE/NOTIFY watchers, which
// see every change) or by a bare number (STATUS polling); setting one replaces the other.
class UnreadCounter : public QObject
{
    Q_OBJECT
public:
    explicit UnreadCounter(QObject *parent = nullptr);

    // A full answer, e.g. UID SEARCH UNSEEN after (re)selecting the folder.
    void setUnreadUids(const FolderKey &folder, const QSet<quint32> &uids);
    // STATUS (UNSEEN) polling: only the number is known.
    void setUnreadCount(const FolderKey &folder, int count);

    void messageArrived(const FolderKey &folder, quint32 uid, bool seen);
    void flagsChanged(const FolderKey &folder, quint32 uid, bool seen);
    void expunged(const FolderKey &folder, quint32 uid);
    void removeFolder(const FolderKey &folder);
    void removeAccount(const QString &accountId);

    // A notification is on screen for this message.
    void trackNotification(const MessageKey &message);
    void untrackNotification(const MessageKey &message);
    bool isTracked(const MessageKey &message) const { return m_shown.contains(message); }

    int unread(const FolderKey &folder) const;
    int unreadForAccount(const QString &accountId) const;
    int totalUnread() const { return m_total; }

Q_SIGNALS:
    void folderUnreadChanged(const Notifier::FolderKey &folder, int count);
    void accountUnreadChanged(const QString &accountId, int count);
    void totalUnreadChanged(int count);
    void readElsewhere(const Notifier::MessageKey &message);

private:
    struct Folder
    {
        QSet<quint32> uids;
        int count = 0;
        bool byUid = true;
        int value() const { return byUid ? int(uids.size()) : count; }
    };
    void update(const FolderKey &folder, const std::function<void(Folder &)> &change);
    void withdraw(const MessageKey &message);

    QHash<FolderKey, Folder> m_folders;
    QSet<MessageKey> m_shown;
    int m_total = 0;
};

} // namespace Notifier
