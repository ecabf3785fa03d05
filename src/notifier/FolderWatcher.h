#pragma once

#include "notifier/FolderKey.h"
#include "notifier/MailWatcher.h"

#include <functional>

namespace Notifier {

class NewMailTracker;
class UnreadCounter;

// Watches one folder of one account on its own connection: IDLE where the server has it,
// STATUS polling otherwise. Decides what is new through the NewMailTracker, keeps the
// UnreadCounter current from pushes, reconnects with backoff (and at once on triggerNow()),
// detects a dead connection with a watchdog, and stops -- without retrying -- on an
// authentication or certificate problem, which only the user can solve. A watcher never ends
// the program and never throws; every problem ends in a state and a signal.
class FolderWatcher : public MailWatcher
{
    Q_OBJECT
public:
    FolderWatcher(const FolderKey &folder, SessionFactory factory, NewMailTracker *tracker,
                  UnreadCounter *counter, Clock *clock = Clock::system(),
                  const WatcherSettings &settings = {}, QObject *parent = nullptr);
    ~FolderWatcher() override;

    FolderKey folder() const { return m_folder; }

    void stop() override;
    // Also polls at once where the server has no IDLE.
    void triggerNow() override;

    // Actions from notifications and the message list.
    void setSeen(quint32 uid, bool seen, std::function<void(bool ok)> done = {});
    void moveToTrash(quint32 uid, std::function<void(bool ok)> done = {});

private:
    void connectNow() override;
    void resetSession() override;
    void onOpened();
    // SELECT the folder, then syncSelected(); `then` runs once synced, unless the session was
    // replaced meanwhile. A failed SELECT goes to handleError().
    void selectAndSync(std::function<void()> then);
    void syncSelected(const FolderStatus &status, std::function<void()> then);
    void fetchNew(std::function<void()> then);
    void resyncUnseen();
    void schedulePoll(qint64 delayMs);
    void poll();
    void withSelected(std::function<void(bool ok)> action);
    // Runs `command` (a setSeen or a moveToTrash of the session) with the folder selected;
    // `applied` runs when it succeeded on the current session, `done` hears whether it did
    // (also "failed" when it could not run).
    void runAction(std::function<void(bool ok)> done,
                   std::function<void(MailSession::Done finished)> command,
                   std::function<void()> applied);

    FolderKey m_folder;
    NewMailTracker *m_tracker;
    UnreadCounter *m_counter;
    Clock *m_clock;
    WatcherSettings m_settings;
    bool m_idleMode = false;
    bool m_selected = false;
    bool m_fetching = false;
    bool m_fetchAgain = false;
    bool m_resyncing = false;
    Clock::Handle m_pollTimer = 0;
};

} // namespace Notifier
