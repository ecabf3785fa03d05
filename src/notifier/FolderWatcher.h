#pragma once

#include "notifier/Clock.h"
#include "notifier/FolderKey.h"
#include "notifier/MailSession.h"
#include "notifier/ReconnectPolicy.h"
#include "notifier/Watchdog.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <memory>

namespace Notifier {

class NewMailTracker;
class UnreadCounter;
class WatcherConnection;

struct WatcherSettings
{
    // Servers without IDLE are asked with STATUS this often.
    qint64 pollIntervalMs = 5 * 60 * 1000;
    // No byte for this long while idling means the connection is dead. IDLE is renewed every
    // 29 minutes by the client, so a live connection always talks within this time.
    qint64 watchdogMs = 31 * 60 * 1000;
    Backoff::Settings backoff;
    // Several folders of an account on one NOTIFY connection where the server offers it
    // (NotifyAccountWatcher); off: one connection per folder always.
    bool useNotify = true;
};

// Watches one folder of one account on its own connection: IDLE where the server has it,
// STATUS polling otherwise. Decides what is new through the NewMailTracker, keeps the
// UnreadCounter current from pushes, reconnects with backoff (and at once on triggerNow()),
// detects a dead connection with a watchdog, and stops -- without retrying -- on an
// authentication or certificate problem, which only the user can solve. A watcher never ends
// the program and never throws; every problem ends in a state and a signal.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Connecting,
        Syncing,
        Idling,
        Polling,
        Waiting, // for the next reconnect attempt
        AuthenticationFailed,
        CertificateProblem,
        SecurityProblem,
        FolderMissing,
    };
    Q_ENUM(State)

    using SessionFactory = std::function<MailSession *(QObject *parent)>;

    FolderWatcher(const FolderKey &folder, SessionFactory factory, NewMailTracker *tracker,
                  UnreadCounter *counter, Clock *clock = Clock::system(),
                  const WatcherSettings &settings = {}, QObject *parent = nullptr);
    ~FolderWatcher() override;

    FolderKey folder() const { return m_folder; }
    State state() const;
    bool isStoppedByProblem() const;
    QString lastError() const;
    ReconnectPolicy *reconnectPolicy();

    void start();
    void stop();
    // Network back, resumed from suspend, "Check now": reconnect at once if waiting, or poll
    // at once; a connection that may have died meanwhile is replaced.
    void triggerNow();
    // After the user fixed the password or accepted the certificate.
    void restart();

    // Actions from notifications and the message list.
    void setSeen(quint32 uid, bool seen, std::function<void(bool ok)> done = {});
    void moveToTrash(quint32 uid, std::function<void(bool ok)> done = {});

Q_SIGNALS:
    void stateChanged(Notifier::FolderWatcher::State state);
    // Messages to announce (new, unread, not seen in another folder), after the tracker.
    void newMail(const Notifier::FolderKey &folder,
                 const QList<Notifier::FetchedMessage> &messages);
    // Every message fetched (for the message list), new or not.
    void messagesFetched(const Notifier::FolderKey &folder,
                         const QList<Notifier::FetchedMessage> &messages);
    void flagsChanged(const Notifier::FolderKey &folder, quint32 uid, bool seen);
    void messagesRemoved(const Notifier::FolderKey &folder, const QList<quint32> &uids);
    // UIDVALIDITY changed: what the list showed of this folder is void.
    void folderReset(const Notifier::FolderKey &folder);
    void authenticationFailed(const QString &message);
    void certificateProblem(const QString &message, const QByteArray &sha256);

private:
    void connectNow();
    void resetSession();
    void handleError(const SessionError &error);
    MailSession *session() const;
    quint64 generation() const;
    void onOpened();
    void syncSelected(const FolderStatus &status, std::function<void()> then);
    void fetchNew(std::function<void()> then);
    void resyncUnseen();
    void schedulePoll(qint64 delayMs);
    void poll();
    void withSelected(std::function<void(bool ok)> action);

    FolderKey m_folder;
    NewMailTracker *m_tracker;
    UnreadCounter *m_counter;
    Clock *m_clock;
    WatcherSettings m_settings;
    std::unique_ptr<WatcherConnection> m_connection; // session, state, reconnects, watchdog
    bool m_idleMode = false;
    bool m_selected = false;
    bool m_fetching = false;
    bool m_fetchAgain = false;
    bool m_resyncing = false;
    Clock::Handle m_pollTimer = 0;
};

} // namespace Notifier
