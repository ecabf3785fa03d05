#include "notifier/NotifyAccountWatcher.h"

#include "notifier/FolderSync.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"
#include "notifier/WatcherConnection.h"

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
    : MailWatcher(std::move(factory), clock, settings, parent)
    , m_accountId(accountId)
    , m_tracker(tracker)
    , m_counter(counter)
    , m_clock(clock)
    , m_settings(settings)
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
    // A missing folder is left out (folderIsMissing); the others go on.
    connection().setMissingFolderStops(false);
}

NotifyAccountWatcher::~NotifyAccountWatcher()
{
    connection().dropSession();
}

void NotifyAccountWatcher::resetSession()
{
    m_selected = false;
    m_busy = false;
    m_idling = false;
    m_current = FolderKey();
    m_known.clear();
    // Actions that never got to run answer "failed", later (the caller may be in the middle of
    // something) and only while this watcher lives.
    const QList<Job> jobs = std::exchange(m_jobs, {});
    for (const Job &job : jobs) {
        if (job.cancel)
            QMetaObject::invokeMethod(this, job.cancel, Qt::QueuedConnection);
    }
}

void NotifyAccountWatcher::connectNow()
{
    if (m_folders.isEmpty()) {
        connection().dropSession();
        connection().setState(State::FolderMissing);
        return;
    }
    MailSession *session = connection().newSession();
    const quint64 generation = this->generation();
    connect(session, &MailSession::existsIncreased, this, [this, generation] {
        if (generation == this->generation() && m_selected)
            enqueue({Job::Fetch, m_current, {}, {}});
    });
    // Where a push names no UID the folder is visited again.
    relaySelectedPushes(
        session, m_tracker, m_counter,
        [this]() -> const FolderKey * { return m_selected ? &m_current : nullptr; },
        [this] {
            enqueue({Job::Visit, m_current, {}, {}});
        });
    connect(session, &MailSession::mailboxStatus, this,
            [this, generation](const QString &mailbox, const MailboxStatusEvent &event) {
                if (generation == this->generation())
                    onMailboxStatus(mailbox, event);
            });
    connect(session, &MailSession::notifyOverflowed, this, [this, generation] {
        if (generation != this->generation())
            return;
        // The server stopped reporting: start over on a fresh connection, which visits every
        // folder again. Not a failure, so no backoff.
        connection().dropSession();
        QMetaObject::invokeMethod(this, &NotifyAccountWatcher::connectNow, Qt::QueuedConnection);
    });
    connect(session, &MailSession::idleRefused, this, [this, generation] {
        if (generation == this->generation())
            fallBack();
    });
    connection().open([this] { onOpened(); });
}

void NotifyAccountWatcher::fallBack()
{
    connection().stop();
    Q_EMIT notifyUnavailable();
}

void NotifyAccountWatcher::onOpened()
{
    // NOTIFY alone would do per RFC 5465, but servers (Dovecot among them) deliver its events
    // while a command runs or in IDLE; without IDLE one connection per folder polls better.
    if (!session()->supportsNotify() || !session()->supportsIdle()) {
        fallBack();
        return;
    }
    connection().setState(State::Syncing);
    QStringList mailboxes;
    for (const FolderKey &folder : std::as_const(m_folders))
        mailboxes.append(folder.mailbox);
    const quint64 generation = this->generation();
    // NOTIFY first, then the first look at every folder: whatever changes after a folder was
    // looked at is then reported, so nothing falls between the two.
    session()->notify(mailboxes, [this, generation](const SessionError &error) {
        if (generation != this->generation())
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
    if (!session()) {
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
    if (!session() || m_busy)
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
        session()->stopIdle();
    }
    const quint64 generation = this->generation();
    runJob(job, [this, generation] {
        if (generation != this->generation())
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
    const quint64 generation = this->generation();
    session()->select(folder.mailbox, [this, generation, folder, then](const SessionError &error,
                                                                       const FolderStatus &status) {
        if (generation != this->generation())
            return;
        if (error.kind == SessionError::FolderMissing) {
            folderIsMissing(folder, error.message);
            if (generation == this->generation())
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
    const quint64 generation = this->generation();
    // Unseen first, then new messages: one that arrives in between is counted by the fetch.
    session()->searchUnseen(
        [this, generation, folder, then](const SessionError &error, const QSet<quint32> &uids) {
            if (generation != this->generation())
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
    const quint64 generation = this->generation();
    const quint32 after = m_tracker->state(folder).highestHandledUid;
    session()->fetchAfter(
        after, [this, generation, folder, then](const SessionError &error,
                                                const QList<FetchedMessage> &messages) {
            if (generation != this->generation())
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
            if (generation == this->generation() && then)
                then();
        });
}

void NotifyAccountWatcher::becomeIdle()
{
    if (!m_idling) {
        m_idling = true;
        session()->startIdle();
    }
    if (state() != State::Idling) {
        connection().connectionUp();
        connection().setState(State::Idling);
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
    if (m_folders.isEmpty())
        connection().stopByProblem(State::FolderMissing, message);
}

void NotifyAccountWatcher::enqueueAction(const FolderKey &folder, std::function<void(bool ok)> done,
                                         std::function<void(MailSession::Done finished)> command,
                                         std::function<void()> applied)
{
    const auto report = [done](bool ok) {
        if (done)
            done(ok);
    };
    if (!session() || state() != State::Idling || !m_folders.contains(folder)) {
        report(false);
        return;
    }
    const quint64 generation = this->generation();
    Job job{Job::Action, folder, {}, [report] {
                report(false);
            }};
    job.action = [this, generation, command, applied, report](std::function<void()> next) {
        command([this, generation, applied, report, next](const SessionError &error) {
            if (generation == this->generation() && !error.isError())
                applied();
            report(!error.isError());
            if (generation == this->generation())
                next();
        });
    };
    enqueue(std::move(job));
}

void NotifyAccountWatcher::setSeen(const FolderKey &folder, quint32 uid, bool seen,
                                   std::function<void(bool ok)> done)
{
    enqueueAction(
        folder, std::move(done),
        [this, uid, seen](MailSession::Done finished) {
            session()->setSeen(uid, seen, std::move(finished));
        },
        [this, folder, uid, seen] {
            m_counter->flagsChanged(folder, uid, seen);
            Q_EMIT flagsChanged(folder, uid, seen);
        });
}

void NotifyAccountWatcher::moveToTrash(const FolderKey &folder, quint32 uid,
                                       std::function<void(bool ok)> done)
{
    enqueueAction(
        folder, std::move(done),
        [this, uid](MailSession::Done finished) {
            session()->moveToTrash(uid, std::move(finished));
        },
        [this, folder, uid] {
            m_counter->expunged(folder, uid);
            Q_EMIT messagesRemoved(folder, {uid});
        });
}

} // namespace Notifier
