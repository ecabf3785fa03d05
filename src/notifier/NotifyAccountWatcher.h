#pragma once

#include "notifier/FolderKey.h"
#include "notifier/MailWatcher.h"

#include <QtCore/QHash>

#include <functional>

namespace Notifier {

class NewMailTracker;
class UnreadCounter;

// Watches several folders of one account on ONE connection, where the server offers NOTIFY
// (RFC 5465) and IDLE: a "home" folder (INBOX when watched) stays selected in IDLE and reports
// through the usual pushes; the other folders report through untagged STATUS. A STATUS that
// differs from what the watcher last saw of a folder makes it visit that folder -- SELECT,
// UID SEARCH UNSEEN, fetch above the highest handled UID -- and return home. What is new, what
// is unread and what to withdraw is decided exactly as in FolderWatcher (NewMailTracker,
// UnreadCounter), so restarts, reconnects and UIDVALIDITY changes behave the same.
//
// Without NOTIFY or IDLE, or when the server refuses NOTIFY, it emits notifyUnavailable() and
// stops: the owner then watches the folders one by one (FolderWatcher). Reconnects, the
// watchdog and the problems that stop the account (password, certificate, security) are as in
// FolderWatcher. A folder that does not exist is reported and left out; the others go on.
class NotifyAccountWatcher : public MailWatcher
{
    Q_OBJECT
public:
    NotifyAccountWatcher(const QString &accountId, const QStringList &mailboxes,
                         SessionFactory factory, NewMailTracker *tracker, UnreadCounter *counter,
                         Clock *clock = Clock::system(), const WatcherSettings &settings = {},
                         QObject *parent = nullptr);
    ~NotifyAccountWatcher() override;

    QString accountId() const { return m_accountId; }
    QList<FolderKey> folders() const { return m_folders; }
    QList<FolderKey> missingFolders() const { return m_missing; }
    bool watches(const FolderKey &folder) const { return m_folders.contains(folder); }
    // The folder that stays selected between visits.
    FolderKey homeFolder() const { return m_folders.value(0); }

    void setSeen(const FolderKey &folder, quint32 uid, bool seen,
                 std::function<void(bool ok)> done = {});
    void moveToTrash(const FolderKey &folder, quint32 uid, std::function<void(bool ok)> done = {});

Q_SIGNALS:
    // The server has no NOTIFY (or no IDLE), or refused it: the watcher has stopped and the
    // owner should watch the folders one by one.
    void notifyUnavailable();
    void folderMissing(const Notifier::FolderKey &folder, const QString &message);

private:
    // What the watcher knows of a folder's counters, to tell a STATUS that reports a change
    // from one that repeats what is known.
    struct Snapshot
    {
        bool valid = false;
        quint32 uidValidity = 0;
        quint32 uidNext = 0;
        quint32 messages = 0;
        quint32 unseen = 0;
    };
    // The connection does one thing at a time; everything that needs a folder selected goes
    // through this queue so that replies are always read against the right folder.
    struct Job
    {
        enum Kind
        {
            Visit, // select (unless selected), search unseen, fetch what is new
            Fetch, // fetch what is new (the folder grew while selected)
            Action,
        };
        Kind kind = Visit;
        FolderKey folder;
        std::function<void(std::function<void()> next)> action;
        std::function<void()> cancel; // the action will never run
    };

    void connectNow() override;
    void resetSession() override;
    void fallBack();
    void onOpened();
    void onMailboxStatus(const QString &mailbox, const MailboxStatusEvent &event);
    void enqueue(Job job);
    void runQueue();
    void runJob(const Job &job, std::function<void()> next);
    void selectAndSync(const FolderKey &folder, std::function<void(bool selected)> then);
    void syncSelected(const FolderKey &folder, std::function<void()> then);
    void fetchNew(const FolderKey &folder, std::function<void()> then);
    void becomeIdle();
    void folderIsMissing(const FolderKey &folder, const QString &message);
    // Queues `command` (a setSeen or a moveToTrash of the session) for `folder`; `applied` runs
    // when it succeeded on the current session, `done` hears whether it did (also "failed"
    // when it could not run).
    void enqueueAction(const FolderKey &folder, std::function<void(bool ok)> done,
                       std::function<void(MailSession::Done finished)> command,
                       std::function<void()> applied);
    FolderKey folderNamed(const QString &mailbox) const;

    QString m_accountId;
    QList<FolderKey> m_folders; // the first one is home
    QList<FolderKey> m_missing;
    NewMailTracker *m_tracker;
    UnreadCounter *m_counter;
    Clock *m_clock;
    WatcherSettings m_settings;
    QHash<FolderKey, Snapshot> m_known;
    QList<Job> m_jobs;
    FolderKey m_current; // selected, or being selected
    bool m_selected = false;
    bool m_busy = false;
    bool m_idling = false;
};

} // namespace Notifier
