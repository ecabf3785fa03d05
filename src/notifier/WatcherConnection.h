#pragma once

#include "notifier/Clock.h"
#include "notifier/MailSession.h"
#include "notifier/MailWatcher.h"
#include "notifier/ReconnectPolicy.h"
#include "notifier/Watchdog.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>

namespace Notifier {

// The connection lifecycle of every MailWatcher (FolderWatcher, NotifyAccountWatcher), so that it
// is decided in one place: one MailSession at a time from the factory, a generation number that
// voids the callbacks of a dropped session, the watchdog that declares a silent connection
// dead, the reconnect policy, the watcher's state, and what a SessionError does to it -- a
// problem only the user can solve stops the watcher, any other waits for the next attempt.
// The owning watcher adds what it does on an open session and resets its own per-session
// state when the session is dropped.
class WatcherConnection : public QObject
{
    Q_OBJECT
public:
    using State = MailWatcher::State;

    // owner: the parent of every session and the receiver that dropSession() disconnects.
    // reconnect: the owner's "connect now" (run by the reconnect policy and triggerNow()).
    // resetSession: the owner forgets what it knew of the dropped session.
    WatcherConnection(QObject *owner, MailWatcher::SessionFactory factory, Clock *clock,
                      const WatcherSettings &settings, std::function<void()> reconnect,
                      std::function<void()> resetSession);
    ~WatcherConnection() override;

    State state() const { return m_state; }
    void setState(State state);
    bool isStoppedByProblem() const;
    QString lastError() const { return m_lastError; }
    MailSession *session() const { return m_session; }
    quint64 generation() const { return m_generation; }
    ReconnectPolicy &policy() { return m_policy; }

    // A missing folder stops a watcher of one folder; a watcher of several leaves it out itself
    // and treats the error like any other that a reconnect may cure.
    void setMissingFolderStops(bool stops) { m_missingFolderStops = stops; }

    // Drops the session (if any) and makes a new one in Connecting; its loss and its silence
    // end in handleError(). The owner connects its own signals, then calls open().
    MailSession *newSession();
    // Connects the new session: an error goes to handleError(), success to opened().
    void open(std::function<void()> opened);
    void dropSession();
    void handleError(const SessionError &error);
    // Stops in `state` without retrying: only the user can solve `message`.
    void stopByProblem(State state, const QString &message);
    void stop();
    // A waiting retry is made now; an idle connection, likely dead after a network change or a
    // resume, is replaced. False: nothing done here (the owner may still act on its state).
    bool triggerNow();
    // The session is ready and watched: the backoff starts over and silence counts.
    void connectionUp();
    // Polling: nothing is expected from the server between polls.
    void stopWatchdog() { m_watchdog.stop(); }

Q_SIGNALS:
    void stateChanged(Notifier::MailWatcher::State state);
    void authenticationFailed(const QString &message);
    void certificateProblem(const QString &message, const QByteArray &sha256);

private:
    QObject *m_owner;
    MailWatcher::SessionFactory m_factory;
    WatcherSettings m_settings;
    std::function<void()> m_reconnect;
    std::function<void()> m_resetSession;
    ReconnectPolicy m_policy;
    Watchdog m_watchdog;
    QPointer<MailSession> m_session;
    State m_state = State::Stopped;
    QString m_lastError;
    bool m_missingFolderStops = true;
    quint64 m_generation = 0; // bumps with every new session: stale callbacks are ignored
};

} // namespace Notifier
