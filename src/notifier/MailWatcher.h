#pragma once

#include "notifier/Clock.h"
#include "notifier/FolderKey.h"
#include "notifier/MailSession.h"
#include "notifier/ReconnectPolicy.h"

#include <QtCore/QObject>

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

// What the monitor sees of a watcher, whether it watches one folder on its own connection
// (FolderWatcher) or several folders of an account on one (NotifyAccountWatcher): its state, the
// problem that stopped it, and the signals that report mail. The connection lifecycle behind it
// (sessions, reconnects, watchdog) is the WatcherConnection this class owns; a subclass says
// what to do on an open session (connectNow) and what to forget when it is dropped
// (resetSession).
class MailWatcher : public QObject
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

    ~MailWatcher() override;

    State state() const;
    // Stopped by a problem only the user can solve (password, certificate, security, folder).
    bool isStoppedByProblem() const;
    QString lastError() const;
    ReconnectPolicy *reconnectPolicy();

    void start();
    virtual void stop();
    // Network back, resumed from suspend, "Check now": reconnect at once if waiting; a
    // connection that may have died meanwhile is replaced.
    virtual void triggerNow();
    // After the user fixed the password or accepted the certificate.
    void restart();

Q_SIGNALS:
    void stateChanged(Notifier::MailWatcher::State state);
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

protected:
    MailWatcher(SessionFactory factory, Clock *clock, const WatcherSettings &settings,
                QObject *parent);

    WatcherConnection &connection() const { return *m_connection; }
    MailSession *session() const;
    // Bumps with every new session: a callback of an older one is stale.
    quint64 generation() const;
    void handleError(const SessionError &error);
    // Whether a command's reply is to be acted on: it is not from a replaced session and not an
    // error (an error is handed to handleError()).
    bool replyUsable(quint64 generation, const SessionError &error);
    // The pushes of the selected folder (flag changes, expunges, HIGHESTMODSEQ), alike for every
    // watcher: counted, tracked and emitted for `selected()`, the folder selected now (null:
    // none, the push is dropped). `resync` asks the server again where a push names no UID
    // (flags of an unknown message, EXPUNGE by sequence number).
    void relaySelectedPushes(MailSession *session, NewMailTracker *tracker, UnreadCounter *counter,
                             std::function<const FolderKey *()> selected,
                             std::function<void()> resync);

    // Opens a new session and starts watching (run by start(), the reconnect policy and
    // triggerNow()).
    virtual void connectNow() = 0;
    // The session was dropped: forget what was known of it. Subclasses drop the session in
    // their destructor, while this is still theirs to call.
    virtual void resetSession() = 0;

private:
    std::unique_ptr<WatcherConnection> m_connection;
};

} // namespace Notifier
