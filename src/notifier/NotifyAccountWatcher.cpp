#include "notifier/NotifyAccountWatcher.h"

#include "notifier/FolderSync.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QRandomGenerator>

namespace Notifier {

namespace {

bool isInbox(const QString &name)
{
    return name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
}

bool differs(const std::optional<quint32> &reported, quint32 known)
{
    return reported && *reported != known;
}

} // namespace

NotifyAccountWatcher::NotifyAccountWatcher(const QString &accountId, const QStringList &mailboxes,
                                           SessionFactory factory, NewMailTracker *tracker,
                                           UnreadCounter *counter, Clock *clock,
                                           const WatcherSettings &settings, QObject *parent)
    : QObject(parent)
    , m_accountId(accountId)
    , m_factory(std::move(factory))
    , m_tracker(tracker)
    , m_counter(counter)
    , m_clock(clock)
    , m_settings(settings)
    , m_policy(clock, settings.backoff, QRandomGenerator::global()->generate())
    , m_watchdog(clock)
{
    // INBOX is home where it is watched: it gets the most mail, and the selected folder is
    // the one whose changes arrive without a detour.
    for (const QString &mailbox : mailboxes) {
        const FolderKey key{accountId, mailbox};
        if (m_folders.contains(key))
            continue;
        if (isInbox(mailbox))
            m_folders.prepend(key);
        else
            m_folders.append(key);
    }
    connect(&m_policy, &ReconnectPolicy::reconnectNow, this, &NotifyAccountWatcher::connectNow);
    connect(&m_watchdog, &Watchdog::expired, this, [this] {
        handleError(SessionError::make(SessionError::Network, tr("The server stopped answering.")));
    });
}

NotifyAccountWatcher::~NotifyAccountWatcher()
{
    dropSession();
}

bool NotifyAccountWatcher::isStoppedByProblem() const
{
    return m_state == State::AuthenticationFailed || m_state == State::CertificateProblem ||
           m_state == State::SecurityProblem || m_state == State::FolderMissing;
}

void NotifyAccountWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void NotifyAccountWatcher::start()
{
    if (m_state != State::Stopped)
        return;
    connectNow();
}

void NotifyAccountWatcher::stop()
{
    m_watchdog.stop();
    m_policy.stop();
    dropSession();
    setState(State::Stopped);
}

void NotifyAccountWatcher::restart()
{
    stop();
    m_policy.resume();
}

void NotifyAccountWatcher::triggerNow()
{
    switch (m_state) {
    case State::Waiting:
        m_policy.triggerNow();
        break;
    case State::Idling:
        // As in FolderWatcher: after a network change the idle connection is likely dead.
        dropSession();
        m_policy.connectionSucceeded();
        connectNow();
        break;
    default:
        break;
    }
}

void NotifyAccountWatcher::dropSession()
{
    ++m_generation;
    m_selected = false;
    m_busy = false;
    m_idling = false;
    m_current = FolderKey();
    m_known.clear();
    m_watchdog.stop();
    // Actions that never got to run answer "failed", later (the caller may be in the middle of
    // something) and only while this watcher lives.
    const QList<Job> jobs = std::exchange(m_jobs, {});
    for (const Job &job : jobs) {
        if (job.cancel)
            QMetaObject::invokeMethod(this, job.cancel, Qt::QueuedConnection);
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->close();
        m_session->deleteLater();
        m_session = nullptr;
    }
}

void NotifyAccountWatcher::connectNow()
{
    dropSession();
    if (m_folders.isEmpty()) {
        setState(State::FolderMissing);
        return;
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
            enqueue({Job::Fetch, m_current, {}, {}});
    });
    connect(session, &MailSession::flagsChanged, this, [this](quint32 uid, bool seen) {
        if (!m_selected)
            return;
        if (uid == 0) {
            enqueue({Job::Visit, m_current, {}, {}});
            return;
        }
        m_counter->flagsChanged(m_current, uid, seen);
        Q_EMIT flagsChanged(m_current, uid, seen);
    });
    connect(session, &MailSession::messagesRemoved, this, [this](const QList<quint32> &uids) {
        if (!m_selected)
            return;
        if (uids.isEmpty()) {
            enqueue({Job::Visit, m_current, {}, {}}); // sequence numbers only: ask again
            return;
        }
        for (quint32 uid : uids)
            m_counter->expunged(m_current, uid);
        Q_EMIT messagesRemoved(m_current, uids);
    });
    connect(session, &MailSession::highestModSeqChanged, this, [this](quint64 modSeq) {
        if (m_selected)
            m_tracker->setHighestModSeq(m_current, modSeq);
    });
    connect(session, &MailSession::mailboxStatus, this,
            [this, generation](const QString &mailbox, const MailboxStatusEvent &event) {
                if (generation == m_generation)
                    onMailboxStatus(mailbox, event);
            });
    connect(session, &MailSession::notifyOverflowed, this, [this, generation] {
        if (generation != m_generation)
            return;
        // The server stopped reporting: start over on a fresh connection, which visits every
        // folder again. Not a failure, so no backoff.
        dropSession();
        QMetaObject::invokeMethod(this, &NotifyAccountWatcher::connectNow, Qt::QueuedConnection);
    });
    connect(session, &MailSession::idleRefused, this, [this, generation] {
        if (generation == m_generation)
            fallBack();
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

void NotifyAccountWatcher::handleError(const SessionError &error)
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
    default:
        break;
    }
    setState(State::Waiting);
    m_policy.connectionFailed();
}

void NotifyAccountWatcher::fallBack()
{
    m_watchdog.stop();
    m_policy.stop();
    dropSession();
    setState(State::Stopped);
    Q_EMIT notifyUnavailable();
}

void NotifyAccountWatcher::onOpened()
{
    // NOTIFY alone would do per RFC 5465, but servers (Dovecot among them) deliver its events
    // while a command runs or in IDLE; without IDLE one connection per folder polls better.
    if (!m_session->supportsNotify() || !m_session->supportsIdle()) {
        fallBack();
        return;
    }
    setState(State::Syncing);
    QStringList mailboxes;
    for (const FolderKey &folder : std::as_const(m_folders))
        mailboxes.append(folder.mailbox);
    const quint64 generation = m_generation;
    // NOTIFY first, then the first look at every folder: whatever changes after a folder was
    // looked at is then reported, so nothing falls between the two.
    m_session->notify(mailboxes, [this, generation](const SessionError &error) {
        if (generation != m_generation)
            return;
        if (error.kind == SessionError::Refused) {
            fallBack();
            return;
        }
        if (error.isError()) {
            handleError(error);
            return;
        }
        // Home last, so that the connection ends up where it stays.
        for (qsizetype i = 1; i < m_folders.size(); ++i)
            enqueue({Job::Visit, m_folders.at(i), {}, {}});
        enqueue({Job::Visit, m_folders.first(), {}, {}});
    });
}

FolderKey NotifyAccountWatcher::folderNamed(const QString &mailbox) const
{
    for (const FolderKey &folder : m_folders) {
        if (folder.mailbox == mailbox || (isInbox(folder.mailbox) && isInbox(mailbox)))
            return folder;
    }
    return FolderKey();
}

void NotifyAccountWatcher::onMailboxStatus(const QString &mailbox, const MailboxStatusEvent &event)
{
    const FolderKey folder = folderNamed(mailbox);
    if (folder.mailbox.isEmpty())
        return; // not watched (a server may report more than was asked)
    if (m_selected && folder == m_current)
        return; // its own pushes report the selected folder
    Snapshot &known = m_known[folder];
    // Only a STATUS that says something new leads to a visit: a server that repeats itself
    // (or reports our own visits) must not keep the connection busy.
    const bool changed =
        !known.valid || differs(event.uidValidity, known.uidValidity) ||
        differs(event.uidNext, known.uidNext) || differs(event.messages, known.messages) ||
        differs(event.unseen, known.unseen) || (!event.uidNext && !event.messages && !event.unseen);
    if (!changed)
        return;
    if (event.uidValidity)
        known.uidValidity = *event.uidValidity;
    if (event.uidNext)
        known.uidNext = *event.uidNext;
    if (event.messages)
        known.messages = *event.messages;
    if (event.unseen)
        known.unseen = *event.unseen;
    enqueue({Job::Visit, folder, {}, {}});
}

void NotifyAccountWatcher::enqueue(Job job)
{
    if (!m_session) {
        if (job.cancel)
            QMetaObject::invokeMethod(this, job.cancel, Qt::QueuedConnection);
        return;
    }
    if (job.kind != Job::Action) {
        // A visit covers a fetch of the same folder; the same visit twice is one.
        for (Job &pending : m_jobs) {
            if (pending.kind == Job::Action || pending.folder != job.folder)
                continue;
            if (job.kind == Job::Visit)
                pending.kind = Job::Visit;
            return;
        }
    }
    m_jobs.append(std::move(job));
    runQueue();
}

void NotifyAccountWatcher::runQueue()
{
    if (!m_session || m_busy)
        return;
    if (m_jobs.isEmpty()) {
        const FolderKey home = m_folders.value(0);
        if (home.mailbox.isEmpty())
            return;
        if (m_selected && m_current == home) {
            becomeIdle();
            return;
        }
        m_jobs.append({Job::Visit, home, {}, {}}); // back home after a visit elsewhere
    }
    const Job job = m_jobs.takeFirst();
    m_busy = true;
    if (m_idling) {
        // One DONE for the whole round of commands, not a pause and resume around each.
        m_idling = false;
        m_session->stopIdle();
    }
    const quint64 generation = m_generation;
    runJob(job, [this, generation] {
        if (generation != m_generation)
            return;
        m_busy = false;
        runQueue();
    });
}

void NotifyAccountWatcher::runJob(const Job &job, std::function<void()> next)
{
    if (!m_folders.contains(job.folder)) { // left out meanwhile (missing)
        if (job.cancel)
            job.cancel();
        next();
        return;
    }
    const bool here = m_selected && m_current == job.folder;
    switch (job.kind) {
    case Job::Fetch:
        if (here) {
            fetchNew(job.folder, next);
            return;
        }
        [[fallthrough]];
    case Job::Visit:
        if (here) {
            syncSelected(job.folder, next);
            return;
        }
        selectAndSync(job.folder, [next](bool) { next(); });
        return;
    case Job::Action:
        if (here) {
            job.action(next);
            return;
        }
        selectAndSync(job.folder, [job, next](bool selected) {
            if (selected) {
                job.action(next);
                return;
            }
            if (job.cancel)
                job.cancel();
            next();
        });
        return;
    }
}

void NotifyAccountWatcher::selectAndSync(const FolderKey &folder,
                                         std::function<void(bool selected)> then)
{
    m_selected = false;
    m_current = folder;
    const quint64 generation = m_generation;
    m_session->select(folder.mailbox, [this, generation, folder, then](const SessionError &error,
                                                                       const FolderStatus &status) {
        if (generation != m_generation)
            return;
        if (error.kind == SessionError::FolderMissing) {
            folderIsMissing(folder, error.message);
            if (generation == m_generation)
                then(false);
            return;
        }
        if (error.isError()) {
            handleError(error);
            return;
        }
        m_selected = true;
        Snapshot &known = m_known[folder];
        known.valid = true;
        known.uidValidity = status.uidValidity;
        known.uidNext = status.uidNext;
        known.messages = status.messages;
        const auto result =
            m_tracker->openFolder(folder, status.uidValidity, status.uidNext, status.highestModSeq);
        if (result == NewMailTracker::OpenResult::Rebaselined)
            Q_EMIT folderReset(folder);
        syncSelected(folder, [then] { then(true); });
    });
}

void NotifyAccountWatcher::syncSelected(const FolderKey &folder, std::function<void()> then)
{
    const quint64 generation = m_generation;
    // Unseen first, then new messages: one that arrives in between is counted by the fetch.
    m_session->searchUnseen(
        [this, generation, folder, then](const SessionError &error, const QSet<quint32> &uids) {
            if (generation != m_generation)
                return;
            if (error.isError() && error.kind != SessionError::Refused) {
                handleError(error);
                return;
            }
            if (!error.isError()) {
                m_counter->setUnreadUids(folder, uids);
                m_known[folder].unseen = quint32(uids.size());
            }
            fetchNew(folder, then);
        });
}

void NotifyAccountWatcher::fetchNew(const FolderKey &folder, std::function<void()> then)
{
    const quint64 generation = m_generation;
    const quint32 after = m_tracker->state(folder).highestHandledUid;
    m_session->fetchAfter(
        after, [this, generation, folder, then](const SessionError &error,
                                                const QList<FetchedMessage> &messages) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                handleError(error);
                return;
            }
            const FetchOutcome outcome = applyFetched(m_tracker, m_counter, folder, messages);
            Snapshot &known = m_known[folder];
            for (const FetchedMessage &message : messages)
                known.uidNext = std::max(known.uidNext, message.uid + 1);
            if (!outcome.listed.isEmpty())
                Q_EMIT messagesFetched(folder, outcome.listed);
            if (!outcome.fresh.isEmpty())
                Q_EMIT newMail(folder, outcome.fresh);
            if (generation == m_generation && then)
                then();
        });
}

void NotifyAccountWatcher::becomeIdle()
{
    if (!m_idling) {
        m_idling = true;
        m_session->startIdle();
    }
    if (m_state != State::Idling) {
        m_policy.connectionSucceeded();
        m_watchdog.start(m_settings.watchdogMs);
        setState(State::Idling);
    }
}

void NotifyAccountWatcher::folderIsMissing(const FolderKey &folder, const QString &message)
{
    m_folders.removeAll(folder);
    m_known.remove(folder);
    if (!m_missing.contains(folder))
        m_missing.append(folder);
    if (m_current == folder) {
        m_current = FolderKey();
        m_selected = false;
    }
    Q_EMIT folderMissing(folder, message);
    if (m_folders.isEmpty()) {
        m_lastError = message;
        m_policy.stop();
        dropSession();
        setState(State::FolderMissing);
    }
}

void NotifyAccountWatcher::setSeen(const FolderKey &folder, quint32 uid, bool seen,
                                   std::function<void(bool ok)> done)
{
    const auto report = [done](bool ok) {
        if (done)
            done(ok);
    };
    if (!m_session || m_state != State::Idling || !m_folders.contains(folder)) {
        report(false);
        return;
    }
    const quint64 generation = m_generation;
    Job job{Job::Action, folder, {}, [report] {
                report(false);
            }};
    job.action = [this, generation, folder, uid, seen, report](std::function<void()> next) {
        m_session->setSeen(
            uid, seen,
            [this, generation, folder, uid, seen, report, next](const SessionError &error) {
                if (generation == m_generation && !error.isError()) {
                    m_counter->flagsChanged(folder, uid, seen);
                    Q_EMIT flagsChanged(folder, uid, seen);
                }
                report(!error.isError());
                if (generation == m_generation)
                    next();
            });
    };
    enqueue(std::move(job));
}

void NotifyAccountWatcher::moveToTrash(const FolderKey &folder, quint32 uid,
                                       std::function<void(bool ok)> done)
{
    const auto report = [done](bool ok) {
        if (done)
            done(ok);
    };
    if (!m_session || m_state != State::Idling || !m_folders.contains(folder)) {
        report(false);
        return;
    }
    const quint64 generation = m_generation;
    Job job{Job::Action, folder, {}, [report] {
                report(false);
            }};
    job.action = [this, generation, folder, uid, report](std::function<void()> next) {
        m_session->moveToTrash(
            uid, [this, generation, folder, uid, report, next](const SessionError &error) {
                if (generation == m_generation && !error.isError()) {
                    m_counter->expunged(folder, uid);
                    Q_EMIT messagesRemoved(folder, {uid});
                }
                report(!error.isError());
                if (generation == m_generation)
                    next();
            });
    };
    enqueue(std::move(job));
}

} // namespace Notifier
