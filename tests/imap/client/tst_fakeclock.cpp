#include "imap/ClockTimer.h"
#include "imap/FakeClock.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace std::chrono_literals;

class TestFakeClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesTimersInDueOrderAtTheirTime()
    {
        Imap::FakeClock clock;
        QObject owner;
        auto *late = clock.createTimer(&owner);
        auto *early = clock.createTimer(&owner);
        QList<std::pair<QString, qint64>> fired;
        connect(late, &Imap::ClockTimer::timeout, this, [&] {
            fired.append({QStringLiteral("late"), clock.now().count()});
        });
        connect(early, &Imap::ClockTimer::timeout, this, [&] {
            fired.append({QStringLiteral("early"), clock.now().count()});
        });
        late->start(29min);
        early->start(1s);
        QCOMPARE(clock.timeToNextTimer(), 1000ms);
        clock.advance(28min);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first(), std::make_pair(QStringLiteral("early"), qint64(1000)));
        clock.advance(1min);
        QCOMPARE(fired.size(), 2);
        QCOMPARE(fired.last().second, qint64(29 * 60 * 1000));
        QCOMPARE(clock.activeTimerCount(), 0);
    }

    void restartAndStop()
    {
        Imap::FakeClock clock;
        QObject owner;
        auto *timer = clock.createTimer(&owner);
        QSignalSpy spy(timer, &Imap::ClockTimer::timeout);
        timer->start(100ms);
        clock.advance(60ms);
        timer->start(100ms); // restarted: due at 160 ms
        clock.advance(60ms);
        QCOMPARE(spy.count(), 0);
        clock.advance(40ms);
        QCOMPARE(spy.count(), 1);
        timer->start(10ms);
        timer->stop();
        clock.advance(1s);
        QCOMPARE(spy.count(), 1);
    }

    void deletedTimerIsForgotten()
    {
        Imap::FakeClock clock;
        auto *owner = new QObject;
        clock.createTimer(owner)->start(5ms);
        delete owner;
        clock.advance(10ms); // must not touch the deleted timer
        QCOMPARE(clock.activeTimerCount(), 0);
    }

    void periodicHandlerRestartingItselfFiresRepeatedly()
    {
        Imap::FakeClock clock;
        QObject owner;
        auto *timer = clock.createTimer(&owner);
        int count = 0;
        connect(timer, &Imap::ClockTimer::timeout, this, [&] {
            ++count;
            timer->start(10min);
        });
        timer->start(10min);
        clock.advance(std::chrono::hours(1));
        QCOMPARE(count, 6);
    }
};

QTEST_GUILESS_MAIN(TestFakeClock)
#include "tst_fakeclock.moc"
