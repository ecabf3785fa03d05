#pragma once

#include "notifier/Clock.h"

#include <QtCore/QObject>

namespace Notifier {

// Detects a connection that died silently (a NAT that dropped the mapping, a laptop that
// changed networks): whoever owns the connection calls kick() on every byte received; when
// nothing arrived for timeoutMs, expired() is emitted once. Kicking costs no timer restart:
// the one pending check looks at the last kick when it falls due.
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~Watchdog() override;

    void start(qint64 timeoutMs);
    void stop();
    void kick();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void expired();

private:
    void arm(qint64 delayMs);
    void check();

    Clock *m_clock;
    bool m_running = false;
    qint64 m_timeoutMs = 0;
    qint64 m_lastKick = 0;
    Clock::Handle m_pending = 0;
};

} // namespace Notifier
