#include "notifier/Clock.h"
#include "notifier/NetworkMonitor.h"
#include "notifier/ReconnectPolicy.h"
#include "notifier/ResumeMonitor.h"
#include "notifier/Watchdog.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

class TestReconnectPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffScheduleWithoutJitter()
    {
        Backoff::Settings settings;
        settings.jitterFraction = 0;
        Backoff backoff(settings, 1);
        const QList<qint64> expected = {5000, 10000, 20000, 40000, 80000, 160000, 300000, 300000};
        for (qint64 delay : expected)
            QCOMPARE(backoff.nextDelay(), delay);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(backoff.nextDelay(), 300000); // no overflow however long it fails
        backoff.reset();
        QCOMPARE(backoff.nextDelay(), 5000);
    }

    void jitterStaysInBoundsAndVaries()
    {
        Backoff backoff(Backoff::Settings{}, 42);
        QSet<qint64> firstDelays;
        for (int round = 0; round < 50; ++round) {
            backoff.reset();
            const qint64 first = backoff.nextDelay();
            QVERIFY(first >= 4000 && first <= 6000);
            firstDelays.insert(first);
            for (int i = 0; i < 12; ++i) {
                const qint64 delay = backoff.nextDelay();
                QVERIFY(delay >= 4000 && delay <= 360000);
            }
        }
        QVERIFY(firstDelays.size() > 10);
    }

    void policyOnManualClock()
    {
        ManualClock clock;
        Backoff::Settings settings;
        settings.jitterFraction = 0;
        ReconnectPolicy policy(&clock, settings, 1);
        QSignalSpy reconnect(&policy, &ReconnectPolicy::reconnectNow);

        // Fails 8 times in a row: the waits are 5, 10, 20, 40, 80, 160, 300, 300 s.
        const QList<qint64> waits = {5000, 10000, 20000, 40000, 80000, 160000, 300000, 300000};
        for (int i = 0; i < waits.size(); ++i) {
            policy.connectionFailed();
            QCOMPARE(policy.state(), ReconnectPolicy::State::Waiting);
            QCOMPARE(policy.currentDelay(), waits.at(i));
            clock.advance(waits.at(i) - 1);
            QCOMPARE(reconnect.count(), i);
            clock.advance(1);
            QCOMPARE(reconnect.count(), i + 1);
        }
        // Success resets.
        policy.connectionSucceeded();
        policy.connectionFailed();
        QCOMPARE(policy.currentDelay(), 5000);
    }

    void triggerCutsTheWaitShort()
    {
        ManualClock clock;
        ReconnectPolicy policy(&clock);
        QSignalSpy reconnect(&policy, &ReconnectPolicy::reconnectNow);
        for (int i = 0; i < 6; ++i)
            policy.connectionFailed(); // a long wait ahead
        policy.triggerNow();           // network back / resumed
        QCOMPARE(reconnect.count(), 1);
        QCOMPARE(clock.pendingCount(), 0);
        // And the backoff starts from the beginning.
        policy.connectionFailed();
        QVERIFY(policy.currentDelay() <= 6000);
        // A trigger while connected does nothing.
        policy.connectionSucceeded();
        policy.triggerNow();
        QCOMPARE(reconnect.count(), 1);
    }

    void stoppedNeverLoops()
    {
        ManualClock clock;
        ReconnectPolicy policy(&clock);
        QSignalSpy reconnect(&policy, &ReconnectPolicy::reconnectNow);
        policy.connectionFailed();
        policy.stop(); // authentication refused
        clock.advance(24 * 3600 * 1000);
        policy.connectionFailed();
        policy.triggerNow();
        clock.advance(24 * 3600 * 1000);
        QCOMPARE(reconnect.count(), 0);
        QCOMPARE(policy.state(), ReconnectPolicy::State::Stopped);
        policy.resume(); // the user entered a new password
        QCOMPARE(reconnect.count(), 1);
        QCOMPARE(policy.state(), ReconnectPolicy::State::Idle);
    }

    void watchdog()
    {
        ManualClock clock;
        Watchdog dog(&clock);
        QSignalSpy expired(&dog, &Watchdog::expired);
        dog.start(60000);
        for (int i = 0; i < 10; ++i) {
            clock.advance(30000);
            dog.kick(); // traffic keeps it quiet
        }
        QCOMPARE(expired.count(), 0);
        QCOMPARE(clock.pendingCount(), 1); // kicking does not pile up timers
        clock.advance(59999);
        QCOMPARE(expired.count(), 0);
        clock.advance(1);
        QCOMPARE(expired.count(), 1);
        clock.advance(600000);
        QCOMPARE(expired.count(), 1); // once
        dog.start(1000);
        dog.stop();
        clock.advance(5000);
        QCOMPARE(expired.count(), 1);
    }

    void resumeByWallClockJump()
    {
        ManualClock clock;
        ResumeMonitor monitor(&clock);
        QSignalSpy resumed(&monitor, &ResumeMonitor::resumed);
        monitor.start(false);
        clock.advance(ResumeMonitor::DefaultCheckIntervalMs * 10);
        QCOMPARE(resumed.count(), 0);         // time passing normally is not a resume
        clock.jumpWallClock(2 * 3600 * 1000); // slept two hours
        clock.advance(ResumeMonitor::DefaultCheckIntervalMs);
        QCOMPARE(resumed.count(), 1);
        clock.advance(ResumeMonitor::DefaultCheckIntervalMs * 3);
        QCOMPARE(resumed.count(), 1);
        clock.jumpWallClock(-5000); // a small NTP correction
        clock.advance(ResumeMonitor::DefaultCheckIntervalMs);
        QCOMPARE(resumed.count(), 1);
    }

    void logindConnectsWhereThereIsASystemBus()
    {
        ResumeMonitor monitor;
        monitor.start(true); // must not fail without a system bus either
        monitor.stop();
        QVERIFY(!monitor.isLogindConnected());
    }

    void networkReturnTriggersReconnect()
    {
        ManualClock clock;
        ReconnectPolicy policy(&clock);
        NetworkMonitor network;
        connect(&network, &NetworkMonitor::networkReturned, &policy, &ReconnectPolicy::triggerNow);
        QSignalSpy reconnect(&policy, &ReconnectPolicy::reconnectNow);
        QSignalSpy lost(&network, &NetworkMonitor::networkLost);
        network.setReachable(false);
        QCOMPARE(lost.count(), 1);
        policy.connectionFailed();
        policy.connectionFailed();
        network.setReachable(true);
        QCOMPARE(reconnect.count(), 1);
        network.setReachable(true); // no change, no trigger
        QCOMPARE(reconnect.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "tst_reconnectpolicy.moc"
