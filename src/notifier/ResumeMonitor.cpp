#include "notifier/ResumeMonitor.h"

#include <QtDBus/QDBusConnection>

namespace Notifier {

ResumeMonitor::ResumeMonitor(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

ResumeMonitor::~ResumeMonitor()
{
    stop();
}

void ResumeMonitor::start(bool useLogind)
{
    stop();
    m_running = true;
    if (useLogind) {
        QDBusConnection system = QDBusConnection::systemBus();
        if (system.isConnected()) {
            m_logind = system.connect(
                QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                this, SLOT(onPrepareForSleep(bool)));
        }
    }
    m_lastMonotonic = m_clock->monotonicMs();
    m_lastWall = m_clock->wallTime();
    arm();
}

void ResumeMonitor::stop()
{
    m_running = false;
    if (m_pending) {
        m_clock->cancel(m_pending);
        m_pending = 0;
    }
    if (m_logind) {
        QDBusConnection::systemBus().disconnect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(onPrepareForSleep(bool)));
        m_logind = false;
    }
}

void ResumeMonitor::onPrepareForSleep(bool start)
{
    if (start) {
        Q_EMIT aboutToSleep();
        return;
    }
    // Reset the clock check so that the same resume is not reported twice.
    m_lastMonotonic = m_clock->monotonicMs();
    m_lastWall = m_clock->wallTime();
    Q_EMIT resumed();
}

void ResumeMonitor::arm()
{
    m_pending = m_clock->schedule(m_intervalMs, this, [this] {
        m_pending = 0;
        check();
    });
}

void ResumeMonitor::check()
{
    if (!m_running)
        return;
    const qint64 monotonic = m_clock->monotonicMs();
    const QDateTime wall = m_clock->wallTime();
    const qint64 drift = std::abs(m_lastWall.msecsTo(wall) - (monotonic - m_lastMonotonic));
    m_lastMonotonic = monotonic;
    m_lastWall = wall;
    arm();
    if (drift >= m_thresholdMs)
        Q_EMIT resumed();
}

} // namespace Notifier
