#include "notifier/Clock.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>

namespace Notifier {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

qint64 SystemClock::monotonicMs() const
{
    static QElapsedTimer start = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return start.elapsed();
}

QDateTime SystemClock::wallTime() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock::Handle SystemClock::schedule(qint64 delayMs, QObject *context,
                                    std::function<void()> callback)
{
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    // Coarse timers let the system batch wake-ups; none of our timers needs millisecond
    // precision, and idle CPU matters more for a program that runs all day.
    timer->setTimerType(delayMs >= 1000 ? Qt::CoarseTimer : Qt::PreciseTimer);
    const Handle handle = m_next++;
    m_timers.insert(handle, timer);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [this, handle, timer, callback = std::move(callback)] {
                         m_timers.remove(handle);
                         timer->deleteLater();
                         callback();
                     });
    timer->start(int(std::min<qint64>(std::max<qint64>(delayMs, 0), INT_MAX)));
    return handle;
}

void SystemClock::cancel(Handle handle)
{
    const QPointer<QTimer> timer = m_timers.take(handle);
    if (timer) {
        timer->stop();
        timer->deleteLater();
    }
}

ManualClock::ManualClock()
    : m_wall(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
{}

Clock::Handle ManualClock::schedule(qint64 delayMs, QObject *context,
                                    std::function<void()> callback)
{
    const Handle handle = m_next++;
    const qint64 due = m_now + std::max<qint64>(delayMs, 0);
    m_pending.insert({due, handle}, Entry{due, handle, context, std::move(callback)});
    return handle;
}

void ManualClock::cancel(Handle handle)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->handle == handle) {
            m_pending.erase(it);
            return;
        }
    }
}

qint64 ManualClock::nextDueIn() const
{
    return m_pending.isEmpty() ? -1 : m_pending.firstKey().first - m_now;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    while (!m_pending.isEmpty() && m_pending.firstKey().first <= target) {
        Entry entry = m_pending.take(m_pending.firstKey());
        m_wall = m_wall.addMSecs(entry.due - m_now);
        m_now = entry.due;
        if (entry.context)
            entry.callback();
    }
    m_wall = m_wall.addMSecs(target - m_now);
    m_now = target;
}

} // namespace Notifier
