#include "imap/FakeClock.h"

#include "imap/ClockTimer.h"

namespace Imap {

class FakeClockTimer final : public ClockTimer
{
public:
    FakeClockTimer(FakeClock *clock, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock)
    {}

    void start(std::chrono::milliseconds interval) override
    {
        m_active = true;
        m_due = m_clock->now() + std::max(interval, std::chrono::milliseconds(0));
        // Timers started earlier fire first among equal due times, as with QTimer.
        m_sequence = ++s_sequence;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    void fire()
    {
        m_active = false;
        Q_EMIT timeout();
    }

    FakeClock *m_clock;
    std::chrono::milliseconds m_due{0};
    quint64 m_sequence = 0;
    bool m_active = false;
    static inline quint64 s_sequence = 0;
};

FakeClock::FakeClock() = default;
FakeClock::~FakeClock() = default;

std::chrono::milliseconds FakeClock::now() const
{
    return m_now;
}

ClockTimer *FakeClock::createTimer(QObject *parent)
{
    auto *timer = new FakeClockTimer(this, parent);
    m_timers.removeIf([](const QPointer<FakeClockTimer> &t) { return t.isNull(); });
    m_timers.append(timer);
    return timer;
}

FakeClockTimer *FakeClock::nextDue(std::chrono::milliseconds limit) const
{
    FakeClockTimer *best = nullptr;
    for (const auto &timer : m_timers) {
        if (!timer || !timer->m_active || timer->m_due > limit) {
            continue;
        }
        if (!best || timer->m_due < best->m_due ||
            (timer->m_due == best->m_due && timer->m_sequence < best->m_sequence)) {
            best = timer;
        }
    }
    return best;
}

void FakeClock::advance(std::chrono::milliseconds duration)
{
    const auto target = m_now + duration;
    while (FakeClockTimer *timer = nextDue(target)) {
        m_now = std::max(m_now, timer->m_due);
        timer->fire();
    }
    m_now = target;
}

std::chrono::milliseconds FakeClock::timeToNextTimer() const
{
    FakeClockTimer *timer = nextDue(std::chrono::milliseconds::max());
    return timer ? timer->m_due - m_now : std::chrono::milliseconds(-1);
}

int FakeClock::activeTimerCount() const
{
    int count = 0;
    for (const auto &timer : m_timers) {
        count += (timer && timer->m_active) ? 1 : 0;
    }
    return count;
}

} // namespace Imap
