#pragma once

#include "notifier/Clock.h"

#include <QtCore/QObject>
#include <QtCore/QRandomGenerator>

namespace Notifier {

// Exponential backoff with jitter: about 5 s, doubling up to 5 min, reset on success.
// Jitter (+/- jitterFraction) keeps many clients that lost the same server at the same moment
// from all coming back at the same moment.
class Backoff
{
public:
    struct Settings
    {
        qint64 initialMs = 5000;
        qint64 maximumMs = 5 * 60 * 1000;
        double factor = 2.0;
        double jitterFraction = 0.2;
    };

    Backoff();
    explicit Backoff(const Settings &settings, quint32 seed = 0);

    // The delay before the next attempt; each call counts one failed attempt.
    qint64 nextDelay();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
    int m_failures = 0;
    QRandomGenerator m_random;
};

// Decides when a lost connection is tried again. The watcher reports failures and successes;
// network return and resume from suspend cut a wait short. After stop() (authentication
// refused, certificate rejected) nothing is retried until resume(): no loop that locks an
// account or hammers a server.
class ReconnectPolicy : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,    // connected, or not started
        Waiting, // a retry is scheduled
        Stopped, // needs the user
    };
    Q_ENUM(State)

    explicit ReconnectPolicy(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ReconnectPolicy(Clock *clock, const Backoff::Settings &settings, quint32 seed,
                    QObject *parent = nullptr);
    ~ReconnectPolicy() override;

    State state() const { return m_state; }
    qint64 currentDelay() const { return m_currentDelay; }
    int failures() const { return m_backoff.failures(); }

    void connectionFailed();    // schedules reconnectNow() after the backoff delay
    void connectionSucceeded(); // resets the backoff
    // Network is back, the machine woke up, the user pressed "Check now": try at once (unless
    // stopped), and start the backoff again from the beginning.
    void triggerNow();
    void stop();
    void resume(); // the user fixed the problem: try at once

Q_SIGNALS:
    void reconnectNow();
    void stateChanged(Notifier::ReconnectPolicy::State state);

private:
    void setState(State state);
    void cancelWait();

    Clock *m_clock;
    Backoff m_backoff;
    State m_state = State::Idle;
    Clock::Handle m_pending = 0;
    qint64 m_currentDelay = 0;
};

} // namespace Notifier
