#include "app/DoNotDisturb.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using App::DoNotDisturb;

namespace {
QDateTime fakeNow;
QDateTime fakeClock()
{
    return fakeNow;
}
} // namespace

class TestDoNotDisturb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { fakeNow = QDateTime(QDate(2026, 3, 14), QTime(15, 30)); }

    void tomorrowMorning_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("end");
        QTest::newRow("afternoon") << QDateTime(QDate(2026, 3, 14), QTime(15, 30))
                                   << QDateTime(QDate(2026, 3, 15), QTime(8, 0));
        QTest::newRow("late evening") << QDateTime(QDate(2026, 12, 31), QTime(23, 59))
                                      << QDateTime(QDate(2027, 1, 1), QTime(8, 0));
        QTest::newRow("small hours") << QDateTime(QDate(2026, 3, 14), QTime(2, 10))
                                     << QDateTime(QDate(2026, 3, 14), QTime(8, 0));
        QTest::newRow("early morning") << QDateTime(QDate(2026, 3, 14), QTime(7, 0))
                                       << QDateTime(QDate(2026, 3, 15), QTime(8, 0));
    }
    void tomorrowMorning()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, end);
        QCOMPARE(DoNotDisturb::tomorrowMorning(now), end);
    }

    void forAnHour()
    {
        DoNotDisturb dnd(nullptr, &fakeClock);
        QSignalSpy changed(&dnd, &DoNotDisturb::changed);
        QVERIFY(!dnd.isActive());
        dnd.enableFor(60);
        QVERIFY(dnd.isActive());
        QCOMPARE(dnd.until(), fakeNow.addSecs(3600));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        fakeNow = fakeNow.addSecs(3599);
        QVERIFY(dnd.isActive());
        fakeNow = fakeNow.addSecs(1);
        QVERIFY(!dnd.isActive());
    }

    void offEndsItAndSaysSoOnce()
    {
        DoNotDisturb dnd(nullptr, &fakeClock);
        QSignalSpy changed(&dnd, &DoNotDisturb::changed);
        dnd.enableUntilTomorrow();
        QCOMPARE(dnd.until(), QDateTime(QDate(2026, 3, 15), QTime(8, 0)));
        dnd.disable();
        dnd.disable();
        QVERIFY(!dnd.isActive());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
    }

    void aMomentInThePastIsOff()
    {
        DoNotDisturb dnd(nullptr, &fakeClock);
        QSignalSpy changed(&dnd, &DoNotDisturb::changed);
        dnd.enableUntil(fakeNow.addSecs(-5));
        QVERIFY(!dnd.isActive());
        QCOMPARE(changed.count(), 0);
    }

    // The timer fires when the time is up (real clock, short interval).
    void expiresByItself()
    {
        DoNotDisturb dnd;
        QSignalSpy changed(&dnd, &DoNotDisturb::changed);
        dnd.enableUntil(QDateTime::currentDateTime().addMSecs(300));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(0).toBool(), false);
        QVERIFY(!dnd.isActive());
    }
};

QTEST_GUILESS_MAIN(TestDoNotDisturb)
#include "tst_donotdisturb.moc"
