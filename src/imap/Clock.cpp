#include "imap/Clock.h"

#include "imap/ClockTimer.h"

#include <QtCore/QTimer>

namespace Imap {

ClockTimer::~ClockTimer() = default;
Clock::~Clock() = default;

namespace {

class SystemClockTimer final : public ClockTimer
{
public:
    explicit SystemClockTimer(QObject *parent)
        : ClockTimer(parent)
    {
        m_timer.setSingleShot(true);
        // Precise: timeouts of a few seconds must not drift by 5% as coarse timers may.
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }

    void start(std::chrono::milliseconds interval) override { m_timer.start(interval); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    std::chrono::milliseconds now() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    }
    ClockTimer *createTimer(QObject *parent) override { return new SystemClockTimer(parent); }
};

} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace Imap
