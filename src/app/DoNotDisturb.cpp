#include "app/DoNotDisturb.h"

#include <algorithm>

namespace App {

namespace {
// QTimer takes an int of milliseconds; longer waits are done in steps.
constexpr qint64 LongestTimerStep = 6LL * 60 * 60 * 1000;
} // namespace

DoNotDisturb::DoNotDisturb(QObject *parent, Clock clock)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DoNotDisturb::expire);
}

bool DoNotDisturb::isActive() const
{
    return m_until.isValid() && m_clock() < m_until;
}

void DoNotDisturb::enableFor(int minutes)
{
    enableUntil(m_clock().addSecs(qint64(minutes) * 60));
}

void DoNotDisturb::enableUntilTomorrow()
{
    enableUntil(tomorrowMorning(m_clock()));
}

void DoNotDisturb::enableUntil(const QDateTime &until)
{
    if (!until.isValid() || m_clock().msecsTo(until) <= 0) {
        disable();
        return;
    }
    m_until = until;
    expire();             // arms the timer
    Q_EMIT changed(true); // also when only the end moved: the menu shows it
}

void DoNotDisturb::disable()
{
    const bool wasActive = isActive();
    m_until = {};
    m_timer.stop();
    if (wasActive) {
        Q_EMIT changed(false);
    }
}

QDateTime DoNotDisturb::tomorrowMorning(const QDateTime &now)
{
    // Someone still up at 2 a.m. means "until the morning", not until the morning after.
    const QDate day = now.time() < QTime(5, 0) ? now.date() : now.date().addDays(1);
    return QDateTime(day, QTime(8, 0), now.timeSpec());
}

void DoNotDisturb::expire()
{
    if (!m_until.isValid()) {
        return;
    }
    const qint64 remaining = m_clock().msecsTo(m_until);
    if (remaining <= 0) {
        m_until = {};
        m_timer.stop();
        Q_EMIT changed(false);
        return;
    }
    // Re-checked against the clock when the timer fires: a suspended laptop wakes up late.
    m_timer.start(static_cast<int>(std::min(remaining, LongestTimerStep)));
}

} // namespace App
