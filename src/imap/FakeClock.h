#pragma once

#include "imap/Clock.h"
#include "imap/ImapExport.h"

#include <QtCore/QList>
#include <QtCore/QPointer>

namespace Imap {

class FakeClockTimer;

// A clock that only moves when told to. Public so that programs built on the library can test
// their own schedules (reconnect backoff, renewal) the same way the library's tests do.
class LETTERTRAY_IMAP_EXPORT FakeClock final : public Clock
{
public:
    FakeClock();
    ~FakeClock() override;
    FakeClock(const FakeClock &) = delete;
    FakeClock &operator=(const FakeClock &) = delete;

    std::chrono::milliseconds now() const override;
    ClockTimer *createTimer(QObject *parent) override;

    // Moves time forward, firing every timer that falls due on the way in due-time order, each
    // with now() equal to its due time (a timer restarted by a handler fires again if due).
    void advance(std::chrono::milliseconds duration);
    // Time until the earliest active timer fires, or -1 ms when none is active.
    std::chrono::milliseconds timeToNextTimer() const;
    int activeTimerCount() const;

private:
    friend class FakeClockTimer;
    FakeClockTimer *nextDue(std::chrono::milliseconds limit) const;

    std::chrono::milliseconds m_now{0};
    QList<QPointer<FakeClockTimer>> m_timers;
};

} // namespace Imap
