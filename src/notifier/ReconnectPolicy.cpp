#include "notifier/ReconnectPolicy.h"

#include <cmath>

namespace Notifier {

Backoff::Backoff()
    : Backoff(Settings{}, QRandomGenerator::global()->generate())
{}

Backoff::Backoff(const Settings &settings, quint32 seed)
    : m_settings(settings)
    , m_random(seed)
{}

qint64 Backoff::nextDelay()
{
    // Exponent capped so that the double never overflows however long the server is away.
    const int exponent = std::min(m_failures, 30);
    ++m_failures;
    double base = double(m_settings.initialMs) * std::pow(m_settings.factor, exponent);
    base = std::min(base, double(m_settings.maximumMs));
    const double jitter = (m_random.generateDouble() * 2.0 - 1.0) * m_settings.jitterFraction;
    const double delay = base * (1.0 + jitter);
    return std::clamp<qint64>(
        qint64(delay), 0, qint64(double(m_settings.maximumMs) * (1.0 + m_settings.jitterFraction)));
}

ReconnectPolicy::ReconnectPolicy(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

ReconnectPolicy::ReconnectPolicy(Clock *clock, const Backoff::Settings &settings, quint32 seed,
                                 QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_backoff(settings, seed)
{}

ReconnectPolicy::~ReconnectPolicy()
{
    cancelWait();
}

void ReconnectPolicy::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ReconnectPolicy::cancelWait()
{
    if (m_pending != 0) {
        m_clock->cancel(m_pending);
        m_pending = 0;
    }
}

void ReconnectPolicy::connectionFailed()
{
    if (m_state == State::Stopped)
        return;
    cancelWait();
    m_currentDelay = m_backoff.nextDelay();
    m_pending = m_clock->schedule(m_currentDelay, this, [this] {
        m_pending = 0;
        setState(State::Idle);
        Q_EMIT reconnectNow();
    });
    setState(State::Waiting);
}

void ReconnectPolicy::connectionSucceeded()
{
    cancelWait();
    m_backoff.reset();
    m_currentDelay = 0;
    if (m_state != State::Stopped)
        setState(State::Idle);
}

void ReconnectPolicy::triggerNow()
{
    if (m_state == State::Stopped)
        return;
    const bool wasWaiting = m_state == State::Waiting;
    cancelWait();
    m_backoff.reset();
    setState(State::Idle);
    if (wasWaiting)
        Q_EMIT reconnectNow();
}

void ReconnectPolicy::stop()
{
    cancelWait();
    setState(State::Stopped);
}

void ReconnectPolicy::resume()
{
    if (m_state != State::Stopped)
        return;
    m_backoff.reset();
    setState(State::Idle);
    Q_EMIT reconnectNow();
}

} // namespace Notifier
