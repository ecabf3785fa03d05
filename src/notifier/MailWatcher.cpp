#include "notifier/MailWatcher.h"

#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"
#include "notifier/WatcherConnection.h"

namespace Notifier {

MailWatcher::MailWatcher(SessionFactory factory, Clock *clock, const WatcherSettings &settings,
                         QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<WatcherConnection>(
          this, std::move(factory), clock, settings, [this] { connectNow(); },
          [this] { resetSession(); }))
{
    connect(m_connection.get(), &WatcherConnection::stateChanged, this, &MailWatcher::stateChanged);
    connect(m_connection.get(), &WatcherConnection::authenticationFailed, this,
            &MailWatcher::authenticationFailed);
    connect(m_connection.get(), &WatcherConnection::certificateProblem, this,
            &MailWatcher::certificateProblem);
}

MailWatcher::~MailWatcher() = default;

MailWatcher::State MailWatcher::state() const
{
    return m_connection->state();
}

bool MailWatcher::isStoppedByProblem() const
{
    return m_connection->isStoppedByProblem();
}

QString MailWatcher::lastError() const
{
    return m_connection->lastError();
}

ReconnectPolicy *MailWatcher::reconnectPolicy()
{
    return &m_connection->policy();
}

MailSession *MailWatcher::session() const
{
    return m_connection->session();
}

quint64 MailWatcher::generation() const
{
    return m_connection->generation();
}

void MailWatcher::handleError(const SessionError &error)
{
    m_connection->handleError(error);
}

bool MailWatcher::replyUsable(quint64 generation, const SessionError &error)
{
    if (generation != this->generation())
        return false;
    if (error.isError()) {
        handleError(error);
        return false;
    }
    return true;
}

void MailWatcher::relaySelectedPushes(MailSession *session, NewMailTracker *tracker,
                                      UnreadCounter *counter,
                                      std::function<const FolderKey *()> selected,
                                      std::function<void()> resync)
{
    connect(session, &MailSession::flagsChanged, this,
            [this, counter, selected, resync](quint32 uid, bool seen) {
                const FolderKey *folder = selected();
                if (!folder)
                    return;
                if (uid == 0) {
                    resync();
                    return;
                }
                counter->flagsChanged(*folder, uid, seen);
                Q_EMIT flagsChanged(*folder, uid, seen);
            });
    connect(session, &MailSession::messagesRemoved, this,
            [this, counter, selected, resync](const QList<quint32> &uids) {
                const FolderKey *folder = selected();
                if (!folder)
                    return;
                if (uids.isEmpty()) {
                    resync(); // EXPUNGE gives sequence numbers only; ask for the truth
                    return;
                }
                for (quint32 uid : uids)
                    counter->expunged(*folder, uid);
                Q_EMIT messagesRemoved(*folder, uids);
            });
    connect(session, &MailSession::highestModSeqChanged, this, [tracker, selected](quint64 modSeq) {
        if (const FolderKey *folder = selected())
            tracker->setHighestModSeq(*folder, modSeq);
    });
}

void MailWatcher::start()
{
    if (state() != State::Stopped)
        return;
    connectNow();
}

void MailWatcher::stop()
{
    m_connection->stop();
}

void MailWatcher::triggerNow()
{
    m_connection->triggerNow();
}

void MailWatcher::restart()
{
    stop();
    m_connection->policy().resume(); // emits reconnectNow -> connectNow
}

} // namespace Notifier
