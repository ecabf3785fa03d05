#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>

class QTimer;

namespace Notifier {

// Time as the notifier's timers see it, injectable so that a five-minute backoff, a 29-minute
// watchdog or a wall-clock jump after suspend are tested in milliseconds.
class Clock
{
public:
    using Handle = quint64;

    virtual ~Clock() = default;
    // Monotonic milliseconds (does not advance while the machine sleeps on Linux).
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime wallTime() const = 0;
    // Runs callback once after delayMs unless cancelled or context is destroyed first.
    virtual Handle schedule(qint64 delayMs, QObject *context, std::function<void()> callback) = 0;
    virtual void cancel(Handle handle) = 0;

    // The real clock (a process-wide instance).
    static Clock *system();
};

class SystemClock : public Clock
{
public:
    qint64 monotonicMs() const override;
    QDateTime wallTime() const override;
    Handle schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override;
    void cancel(Handle handle) override;

private:
    QHash<Handle, QPointer<QTimer>> m_timers;
    Handle m_next = 1;
};

// A clock that moves only when told. advance() runs what falls due, in time order.
class ManualClock : public Clock
{
public:
    ManualClock();
    qint64 monotonicMs() const override { return m_now; }
    QDateTime wallTime() const override { return m_wall; }
    Handle schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override;
    void cancel(Handle handle) override;

    void advance(qint64 ms);
    // Moves only the wall clock, as a suspend or an NTP correction does.
    void jumpWallClock(qint64 ms) { m_wall = m_wall.addMSecs(ms); }
    int pendingCount() const { return int(m_pending.size()); }
    // The delay until the next scheduled callback, or -1.
    qint64 nextDueIn() const;

private:
    struct Entry
    {
        qint64 due;
        Handle handle;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    qint64 m_now = 0;
    QDateTime m_wall;
    Handle m_next = 1;
    QMap<QPair<qint64, Handle>, Entry> m_pending;
};

} // namespace Notifier
