#include "notifier/FolderWatcher.h"

#include "notifier/FolderSync.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"
#include "notifier/WatcherConnection.h"

namespace Notifier {

FolderWatcher::FolderWatcher(const FolderKey &folder, SessionFactory factory,
                             NewMailTracker *tracker, UnreadCounter *counter, Clock *clock,
                             const WatcherSettings &settings, QObject *parent)
    : MailWatcher(std::move(factory), clock, settings, parent)
    , m_folder(folder)
    , m_tracker(tracker)
    , m_counter(counter)
    , m_clock(clock)
    , m_settings(settings)
{}

FolderWatcher::~FolderWatcher()
{
    if (m_pollTimer)
        m_clock->cancel(m_pollTimer);
    connection().dropSession();
}

void FolderWatcher::stop()
{
    if (m_pollTimer) {
        m_clock->cancel(m_pollTimer);
        m_pollTimer = 0;
    }
    MailWatcher::stop();
}

void FolderWatcher::triggerNow()
{
    if (connection().triggerNow())
        return; // a retry was waiting, or the idle connection is replaced
    if (state() == State::Polling) {
        if (m_pollTimer) {
            m_clock->cancel(m_pollTimer);
            m_pollTimer = 0;
        }
        poll();
    }
    // otherwise connecting or syncing already, or stopped until the user acts
}

void FolderWatcher::resetSession()
{
    m_selected = false;
    m_fetching = false;
    m_fetchAgain = false;
    m_resyncing = false;
}

void FolderWatcher::connectNow()
{
    if (m_pollTimer) {
        m_clock->cancel(m_pollTimer);
        m_pollTimer = 0;
    }
    MailSession *session = connection().newSession();
    const quint64 generation = this->generation();
    connect(session, &MailSession::existsIncreased, this, [this, generation] {
        if (generation == this->generation() && m_selected)
            fetchNew({});
    });
    relaySelectedPushes(
        session, m_tracker, m_counter,
        [this]() -> const FolderKey * { return m_selected ? &m_folder : nullptr; },
        [this] { resyncUnseen(); });
    connect(session, &MailSession::idleRefused, this, [this, generation] {
        if (generation != this->generation())
            return;
        // Advertised but refused: fall back to polling on this connection.
        m_idleMode = false;
        connection().stopWatchdog();
        connection().setState(State::Polling);
        schedulePoll(m_settings.pollIntervalMs);
    });
    connection().open([this] { onOpened(); });
}

void FolderWatcher::onOpened()
{
    connection().setState(State::Syncing);
    m_idleMode = session()->supportsIdle();
    if (!m_idleMode) {
        poll();
        return;
    }
    selectAndSync([this] {
        connection().connectionUp();
        session()->startIdle();
        connection().setState(State::Idling);
    });
}

void FolderWatcher::selectAndSync(std::function<void()> then)
{
    const quint64 generation = this->generation();
    session()->select(m_folder.mailbox, [this, generation, then](const SessionError &error,
                                                                 const FolderStatus &status) {
        if (!replyUsable(generation, error))
            return;
        m_selected = true;
        syncSelected(status, [this, generation, then] {
            if (generation == this->generation())
                then();
        });
    });
}

void FolderWatcher::syncSelected(const FolderStatus &status, std::function<void()> then)
{
    const auto result =
        m_tracker->openFolder(m_folder, status.uidValidity, status.uidNext, status.highestModSeq);
    if (result == NewMailTracker::OpenResult::Rebaselined)
        Q_EMIT folderReset(m_folder);
    const quint64 generation = this->generation();
    // Unseen first, then new messages: a message that arrives in between is counted by the
    // fetch (messageArrived) and not lost.
    m_resyncing = true;
    session()->searchUnseen(
        [this, generation, then](const SessionError &error, const QSet<quint32> &uids) {
            if (generation != this->generation())
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
    const quint64 generation = this->generation();
    const quint32 after = m_tracker->state(m_folder).highestHandledUid;
    session()->fetchAfter(after, [this, generation, then](const SessionError &error,
                                                          const QList<FetchedMessage> &messages) {
        if (generation != this->generation())
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
    if (!session() || !m_selected || m_resyncing)
        return;
    m_resyncing = true;
    const quint64 generation = this->generation();
    session()->searchUnseen(
        [this, generation](const SessionError &error, const QSet<quint32> &uids) {
            if (generation != this->generation())
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
    if (!session())
        return;
    const quint64 generation = this->generation();
    session()->status(m_folder.mailbox, [this, generation](const SessionError &error,
                                                           const FolderStatus &status) {
        if (!replyUsable(generation, error))
            return;
        connection().policy().connectionSucceeded();
        const NewMailTracker::FolderState known = m_tracker->state(m_folder);
        const bool changed = !m_tracker->knows(m_folder) ||
                             known.uidValidity != status.uidValidity ||
                             status.uidNext > known.highestHandledUid + 1;
        if (!changed) {
            m_counter->setUnreadCount(m_folder, int(std::min<quint32>(status.unseen, INT_MAX)));
            connection().setState(State::Polling);
            schedulePoll(m_settings.pollIntervalMs);
            return;
        }
        // Something arrived: open the folder, take what is new, and close it again.
        selectAndSync([this] {
            m_selected = false;
            session()->unselect([](const SessionError &) {});
            connection().setState(State::Polling);
            schedulePoll(m_settings.pollIntervalMs);
        });
    });
}

void FolderWatcher::withSelected(std::function<void(bool ok)> action)
{
    if (!session() || (state() != State::Idling && state() != State::Polling)) {
        action(false);
        return;
    }
    if (m_selected) {
        action(true);
        return;
    }
    const quint64 generation = this->generation();
    session()->select(m_folder.mailbox,
                      [this, generation, action](const SessionError &error, const FolderStatus &) {
                          if (generation != this->generation()) {
                              action(false);
                              return;
                          }
                          if (error.isError()) {
                              action(false);
                              return;
                          }
                          action(true);
                          session()->unselect([](const SessionError &) {});
                      });
}

void FolderWatcher::runAction(std::function<void(bool ok)> done,
                              std::function<void(MailSession::Done finished)> command,
                              std::function<void()> applied)
{
    withSelected([this, done, command, applied](bool ready) {
        if (!ready) {
            if (done)
                done(false);
            return;
        }
        const quint64 generation = this->generation();
        command([this, generation, done, applied](const SessionError &e) {
            if (generation == this->generation() && !e.isError())
                applied();
            if (done)
                done(!e.isError());
        });
    });
}

void FolderWatcher::setSeen(quint32 uid, bool seen, std::function<void(bool ok)> done)
{
    runAction(
        std::move(done),
        [this, uid, seen](MailSession::Done finished) {
            session()->setSeen(uid, seen, std::move(finished));
        },
        [this, uid, seen] {
            m_counter->flagsChanged(m_folder, uid, seen);
            Q_EMIT flagsChanged(m_folder, uid, seen);
        });
}

void FolderWatcher::moveToTrash(quint32 uid, std::function<void(bool ok)> done)
{
    runAction(
        std::move(done),
        [this, uid](MailSession::Done finished) {
            session()->moveToTrash(uid, std::move(finished));
        },
        [this, uid] {
            m_counter->expunged(m_folder, uid);
            Q_EMIT messagesRemoved(m_folder, {uid});
        });
}

} // namespace Notifier
