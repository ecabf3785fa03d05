#include "notifier/WatcherConnection.h"

#include "notifier/FolderWatcher.h"

namespace Notifier {

WatcherConnection::WatcherConnection(QObject *owner, MailWatcher::SessionFactory factory,
                                     Clock *clock, const WatcherSettings &settings,
                                     std::function<void()> reconnect,
                                     std::function<void()> resetSession)
    : m_owner(owner)
    , m_factory(std::move(factory))
    , m_settings(settings)
    , m_reconnect(std::move(reconnect))
    , m_resetSession(std::move(resetSession))
    , m_policy(clock, settings.backoff, QRandomGenerator::global()->generate())
    , m_watchdog(clock)
{
    connect(&m_policy, &ReconnectPolicy::reconnectNow, this, [this] { m_reconnect(); });
    connect(&m_watchdog, &Watchdog::expired, this, [this] {
        // Silence for longer than the server's keep-alives and our IDLE renewal: the
        // connection is dead even though no error was reported (NAT timeout, network switch).
        // (FolderWatcher's context: the text and its translations are the watchers' own.)
        handleError(SessionError::make(SessionError::Network,
                                       FolderWatcher::tr("The server stopped answering.")));
    });
}

WatcherConnection::~WatcherConnection() = default;

bool WatcherConnection::isStoppedByProblem() const
{
    return m_state == State::AuthenticationFailed || m_state == State::CertificateProblem ||
           m_state == State::SecurityProblem || m_state == State::FolderMissing;
}

void WatcherConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WatcherConnection::dropSession()
{
    ++m_generation;
    m_resetSession();
    m_watchdog.stop();
    if (m_session) {
        m_session->disconnect(m_owner);
        m_session->disconnect(this);
        m_session->close();
        m_session->deleteLater();
        m_session = nullptr;
    }
}

MailSession *WatcherConnection::newSession()
{
    dropSession();
    setState(State::Connecting);
    m_session = m_factory(m_owner);
    const quint64 generation = m_generation;
    MailSession *session = m_session;
    connect(session, &MailSession::lost, this, [this, generation](const SessionError &error) {
        if (generation == m_generation)
            handleError(error);
    });
    connect(session, &MailSession::activity, this, [this] { m_watchdog.kick(); });
    return session;
}

void WatcherConnection::open(std::function<void()> opened)
{
    const quint64 generation = m_generation;
    m_session->open([this, generation, opened](const SessionError &error) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            handleError(error);
            return;
        }
        opened();
    });
}

void WatcherConnection::handleError(const SessionError &error)
{
    switch (error.kind) {
    case SessionError::Authentication:
        stopByProblem(State::AuthenticationFailed, error.message);
        Q_EMIT authenticationFailed(error.message);
        return;
    case SessionError::Certificate:
        stopByProblem(State::CertificateProblem, error.message);
        Q_EMIT certificateProblem(error.message, error.certificateSha256);
        return;
    case SessionError::Security:
        stopByProblem(State::SecurityProblem, error.message);
        return;
    case SessionError::FolderMissing:
        if (m_missingFolderStops) {
            stopByProblem(State::FolderMissing, error.message);
            return;
        }
        break;
    default:
        break;
    }
    m_lastError = error.message;
    dropSession();
    setState(State::Waiting);
    m_policy.connectionFailed();
}

void WatcherConnection::stopByProblem(State state, const QString &message)
{
    m_lastError = message;
    dropSession();
    m_policy.stop();
    setState(state);
}

void WatcherConnection::stop()
{
    m_watchdog.stop();
    m_policy.stop();
    dropSession();
    setState(State::Stopped);
}

bool WatcherConnection::triggerNow()
{
    switch (m_state) {
    case State::Waiting:
        m_policy.triggerNow();
        return true;
    case State::Idling:
        // An idle connection may not know for minutes that it died. A fresh one costs a
        // login; a missed mail costs more.
        dropSession();
        m_policy.connectionSucceeded();
        m_reconnect();
        return true;
    default:
        return false;
    }
}

void WatcherConnection::connectionUp()
{
    m_policy.connectionSucceeded();
    m_watchdog.start(m_settings.watchdogMs);
}

} // namespace Notifier
