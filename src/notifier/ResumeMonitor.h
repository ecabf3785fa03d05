#pragma once

#include "notifier/Clock.h"

#include <QtCore/QObject>

namespace Notifier {

// Tells when the machine woke up, so that every account reconnects at once instead of waiting
// for dead connections to time out. Two sources: logind's PrepareForSleep(false) on the system
// bus where there is one, and a wall-clock jump check everywhere (the monotonic clock stands
// still during suspend, the wall clock does not), which also catches a resume that logind did
// not report and a large clock correction.
class ResumeMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultCheckIntervalMs = 30 * 1000;
    static constexpr qint64 DefaultJumpThresholdMs = 20 * 1000;

    explicit ResumeMonitor(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~ResumeMonitor() override;

    // Listens to logind (if the system bus is there) and starts the clock check.
    void start(bool useLogind = true);
    void stop();
    bool isLogindConnected() const { return m_logind; }
    void setCheckInterval(qint64 ms) { m_intervalMs = ms; }
    void setJumpThreshold(qint64 ms) { m_thresholdMs = ms; }

Q_SIGNALS:
    void aboutToSleep();
    void resumed();

private Q_SLOTS:
    // By name only because QDBusConnection::connect() has no function-pointer form.
    void onPrepareForSleep(bool start);

private:
    void arm();
    void check();

    Clock *m_clock;
    bool m_running = false;
    bool m_logind = false;
    qint64 m_intervalMs = DefaultCheckIntervalMs;
    qint64 m_thresholdMs = DefaultJumpThresholdMs;
    qint64 m_lastMonotonic = 0;
    QDateTime m_lastWall;
    Clock::Handle m_pending = 0;
};

} // namespace Notifier
