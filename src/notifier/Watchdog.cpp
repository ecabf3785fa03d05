#include "notifier/Watchdog.h"

namespace Notifier {

Watchdog::Watchdog(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

Watchdog::~Watchdog()
{
    stop();
}

void Watchdog::start(qint64 timeoutMs)
{
    stop();
    m_running = true;
    m_timeoutMs = timeoutMs;
    m_lastKick = m_clock->monotonicMs();
    arm(timeoutMs);
}

void Watchdog::stop()
{
    m_running = false;
    if (m_pending) {
        m_clock->cancel(m_pending);
        m_pending = 0;
    }
}

void Watchdog::kick()
{
    m_lastKick = m_clock->monotonicMs();
}

void Watchdog::arm(qint64 delayMs)
{
    m_pending = m_clock->schedule(delayMs, this, [this] {
        m_pending = 0;
        check();
    });
}

void Watchdog::check()
{
    if (!m_running)
        return;
    const qint64 quiet = m_clock->monotonicMs() - m_lastKick;
    if (quiet < m_timeoutMs) {
        arm(m_timeoutMs - quiet);
        return;
    }
    m_running = false;
    Q_EMIT expired();
}

} // namespace Notifier
