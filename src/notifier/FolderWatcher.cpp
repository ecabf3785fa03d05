#include "notifier/FolderWatcher.h"

#include "notifier/FolderSync.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"

namespace Notifier {

FolderWatcher::FolderWatcher(const FolderKey &folder, SessionFactory factory,
                             NewMailTracker *tracker, UnreadCounter *counter, Clock *clock,
                             const WatcherSettings &settings, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_factory(std::move(factory))
    , m_tracker(tracker)
    , m_counter(counter)
    , m_clock(clock)
    , m_settings(settings)
    , m_policy(clock, settings.backoff, QRandomGenerator::global()->generate())
    , m_watchdog(clock)
{
    connect(&m_policy, &ReconnectPolicy::reconnectNow, this, &FolderWatcher::connectNow);
    connect(&m_watchdog, &Watchdog::expired, this, [this] {
        // Silence for longer than the server's keep-alives and our IDLE renewal: the
        // connection is dead even though no error was reported (NAT timeout, network switch).
        handleError(SessionError::make(SessionError::Network, tr("The server stopped answering.")));
    });
}

FolderWatcher::~FolderWatcher()
{
    if (m_pollTimer)
        m_clock->cancel(m_pollTimer);
    dropSession();
}

bool FolderWatcher::isStoppedByProblem() const
{
    return m_state == State::AuthenticationFailed || m_state == State::CertificateProblem ||
           m_state == State::SecurityProblem || m_state == State::FolderMissing;
}

void FolderWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void FolderWatcher::start()
{
    if (m_state != State::Stopped)
        return;
    connectNow();
}

void FolderWatcher::stop()
{
    if (m_pollTimer) {
        m_clock->cancel(m_pollTimer);
        m_pollTimer = 0;
    }
    m_watchdog.stop();
    m_policy.stop();
    dropSession();
    setState(State::Stopped);
}

void FolderWatcher::restart()
{
    stop();
    m_policy.resume(); // emits reconnectNow -> connectNow
}

void FolderWatcher::triggerNow()
{
    switch (m_state) {
    case State::Waiting:
        m_policy.triggerNow();
        break;
    case State::Idling:
        // After a network change or a resume, an idle connection is likely dead but may not
        // know it for minutes. A fresh one costs a login; a missed mail costs more.
        dropSession();
        m_policy.connectionSucceeded();
        connectNow();
        break;
    case State::Polling:
        if (m_pollTimer) {
            m_clock->cancel(m_pollTimer);
            m_pollTimer = 0;
        }
        poll();
        break;
    default:
        break; // connecting or syncing already, or stopped until the user acts
    }
}

void FolderWatcher::dropSession()
{
    ++m_generation;
    m_selected = false;
    m_fetching = false;
    m_fetchAgain = false;
    m_resyncing = false;
    m_watchdog.stop();
    if (m_session) {
        m_session->disconnect(this);
        m_session->close();
        m_session->deleteLater();
        m_session = nullptr;
    }
}

void FolderWatcher::connectNow()
{
    dropSession();
    if (m_pollTimer) {
        m_clock->cancel(m_pollTimer);
        m_pollTimer = 0;
    }
    setState(State::Connecting);
    m_session = m_factory(this);
    const quint64 generation = m_generation;
    MailSession *session = m_session;
    connect(session, &MailSession::lost, this, [this, generation](const SessionError &error) {
        if (generation == m_generation)
            handleError(error);
    });
    connect(session, &MailSession::activity, this, [this] { m_watchdog.kick(); });
    connect(session, &MailSession::existsIncreased, this, [this, generation] {
        if (generation == m_generation && m_selected)
            fetchNew({});
    });
    connect(session, &MailSession::flagsChanged, this, [this](quint32 uid, bool seen) {
        if (!m_selected)
            return;
        if (uid == 0) {
            resyncUnseen();
            return;
        }
        m_counter->flagsChanged(m_folder, uid, seen);
        Q_EMIT flagsChanged(m_folder, uid, seen);
    });
    connect(session, &MailSession::messagesRemoved, this, [this](const QList<quint32> &uids) {
        if (!m_selected)
            return;
        if (uids.isEmpty()) {
            resyncUnseen(); // EXPUNGE gives sequence numbers only; ask for the truth
            return;
        }
        for (quint32 uid : uids)
            m_counter->expunged(m_folder, uid);
        Q_EMIT messagesRemoved(m_folder, uids);
    });
    connect(session, &MailSession::highestModSeqChanged, this, [this](quint64 modSeq) {
        if (m_selected)
            m_tracker->setHighestModSeq(m_folder, modSeq);
    });
    connect(session, &MailSession::idleRefused, this, [this, generation] {
        if (generation != m_generation)
            return;
        // Advertised but refused: fall back to polling on this connection.
        m_idleMode = false;
        m_watchdog.stop();
        setState(State::Polling);
        schedulePoll(m_settings.pollIntervalMs);
    });
    session->open([this, generation](const SessionError &error) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            handleError(error);
            return;
        }
        onOpened();
    });
}

void FolderWatcher::handleError(const SessionError &error)
{
    m_lastError = error.message;
    dropSession();
    switch (error.kind) {
    case SessionError::Authentication:
        m_policy.stop();
        setState(State::AuthenticationFailed);
        Q_EMIT authenticationFailed(error.message);
        return;
    case SessionError::Certificate:
        m_policy.stop();
        setState(State::CertificateProblem);
        Q_EMIT certificateProblem(error.message, error.certificateSha256);
        return;
    case SessionError::Security:
        m_policy.stop();
        setState(State::SecurityProblem);
        return;
    case SessionError::FolderMissing:
        m_policy.stop();
        setState(State::FolderMissing);
        return;
    default:
        break;
    }
    setState(State::Waiting);
    m_policy.connectionFailed();
}

void FolderWatcher::onOpened()
{
    setState(State::Syncing);
    m_idleMode = m_session->supportsIdle();
    const quint64 generation = m_generation;
    if (!m_idleMode) {
        poll();
        return;
    }
    m_session->select(m_folder.mailbox,
                      [this, generation](const SessionError &error, const FolderStatus &status) {
                          if (generation != m_generation)
                              return;
                          if (error.isError()) {
                              handleError(error);
                              return;
                          }
                          m_selected = true;
                          syncSelected(status, [this, generation] {
                              if (generation != m_generation)
                                  return;
                              m_policy.connectionSucceeded();
                              m_session->startIdle();
                              m_watchdog.start(m_settings.watchdogMs);
                              setState(State::Idling);
                          });
                      });
}

void FolderWatcher::syncSelected(const FolderStatus &status, std::function<void()> then)
{
    const auto result =
        m_tracker->openFolder(m_folder, status.uidValidity, status.uidNext, status.highestModSeq);
    if (result == NewMailTracker::OpenResult::Rebaselined)
        Q_EMIT folderReset(m_folder);
    const quint64 generation = m_generation;
    // Unseen first, then new messages: a message that arrives in between is counted by the
    // fetch (messageArrived) and not lost.
    m_resyncing = true;
    m_session->searchUnseen(
        [this, generation, then](const SessionError &error, const QSet<quint32> &uids) {
            if (generation != m_generation)
                return;
            m_resyncing = false;
            if (error.isError() && error.kind != SessionError::Refused) {
                handleError(error);
                return;
            }
            if (!error.isError())
                m_counter->setUnreadUids(m_folder, uids);
            fetchNew(then);
        });
}

void FolderWatcher::fetchNew(std::function<void()> then)
{
    if (m_fetching) {
        m_fetchAgain = true; // one more round after the running one
        if (then)
            then();
        return;
    }
    m_fetching = true;
    const quint64 generation = m_generation;
    const quint32 after = m_tracker->state(m_folder).highestHandledUid;
    m_session->fetchAfter(after, [this, generation, then](const SessionError &error,
                                                          const QList<FetchedMessage> &messages) {
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (error.isError()) {
            handleError(error);
            return;
        }
        const FetchOutcome outcome = applyFetched(m_tracker, m_counter, m_folder, messages);
        if (!outcome.listed.isEmpty())
            Q_EMIT messagesFetched(m_folder, outcome.listed);
        if (!outcome.fresh.isEmpty())
            Q_EMIT newMail(m_folder, outcome.fresh);
        if (m_fetchAgain) {
            m_fetchAgain = false;
            fetchNew({});
        }
        if (then)
            then();
    });
}

void FolderWatcher::resyncUnseen()
{
    if (!m_session || !m_selected || m_resyncing)
        return;
    m_resyncing = true;
    const quint64 generation = m_generation;
    m_session->searchUnseen(
        [this, generation](const SessionError &error, const QSet<quint32> &uids) {
            if (generation != m_generation)
                return;
            m_resyncing = false;
            if (!error.isError())
                m_counter->setUnreadUids(m_folder, uids);
        });
}

void FolderWatcher::schedulePoll(qint64 delayMs)
{
    if (m_pollTimer)
        m_clock->cancel(m_pollTimer);
    m_pollTimer = m_clock->schedule(delayMs, this, [this] {
        m_pollTimer = 0;
        poll();
    });
}

void FolderWatcher::poll()
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    m_session->status(m_folder.mailbox, [this, generation](const SessionError &error,
                                                           const FolderStatus &status) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            handleError(error);
            return;
        }
        m_policy.connectionSucceeded();
        const NewMailTracker::FolderState known = m_tracker->state(m_folder);
        const bool changed = !m_tracker->knows(m_folder) ||
                             known.uidValidity != status.uidValidity ||
                             status.uidNext > known.highestHandledUid + 1;
        if (!changed) {
            m_counter->setUnreadCount(m_folder, int(std::min<quint32>(status.unseen, INT_MAX)));
            setState(State::Polling);
            schedulePoll(m_settings.pollIntervalMs);
            return;
        }
        // Something arrived: open the folder, take what is new, and close it again.
        m_session->select(m_folder.mailbox, [this, generation](const SessionError &error,
                                                               const FolderStatus &selected) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                handleError(error);
                return;
            }
            m_selected = true;
            syncSelected(selected, [this, generation] {
                if (generation != m_generation)
                    return;
                m_selected = false;
                m_session->unselect([](const SessionError &) {});
                setState(State::Polling);
                schedulePoll(m_settings.pollIntervalMs);
            });
        });
    });
}

void FolderWatcher::withSelected(std::function<void(bool ok)> action)
{
    if (!m_session || (m_state != State::Idling && m_state != State::Polling)) {
        action(false);
        return;
    }
    if (m_selected) {
        action(true);
        return;
    }
    const quint64 generation = m_generation;
    m_session->select(m_folder.mailbox,
                      [this, generation, action](const SessionError &error, const FolderStatus &) {
                          if (generation != m_generation) {
                              action(false);
                              return;
                          }
                          if (error.isError()) {
                              action(false);
                              return;
                          }
                          action(true);
                          m_session->unselect([](const SessionError &) {});
                      });
}

void FolderWatcher::setSeen(quint32 uid, bool seen, std::function<void(bool ok)> done)
{
    withSelected([this, uid, seen, done](bool ready) {
        if (!ready) {
            if (done)
                done(false);
            return;
        }
        const quint64 generation = m_generation;
        m_session->setSeen(uid, seen, [this, generation, uid, seen, done](const SessionError &e) {
            if (generation == m_generation && !e.isError()) {
                m_counter->flagsChanged(m_folder, uid, seen);
                Q_EMIT flagsChanged(m_folder, uid, seen);
            }
            if (done)
                done(!e.isError());
        });
    });
}

void FolderWatcher::moveToTrash(quint32 uid, std::function<void(bool ok)> done)
{
    withSelected([this, uid, done](bool ready) {
        if (!ready) {
            if (done)
                done(false);
            return;
        }
        const quint64 generation = m_generation;
        m_session->moveToTrash(uid, [this, generation, uid, done](const SessionError &e) {
            if (generation == m_generation && !e.isError()) {
                m_counter->expunged(m_folder, uid);
                Q_EMIT messagesRemoved(m_folder, {uid});
            }
            if (done)
                done(!e.isError());
        });
    });
}

} // namespace Notifier
