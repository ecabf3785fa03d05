// Fault tests of the notifier's folder watcher on a manual clock: a server that refuses the
// connection eight times (backoff with jitter, reset after success, immediate retry when the
// network returns), an authentication failure (no retry loop), a UIDVALIDITY change (no
// announcement flood), resume and network change (reconnect at once, no duplicates), and a
// NAT that silently drops the IDLE connection (the watchdog replaces it).

// The fake server and the watcher set-up are tst_folderwatcher's (tests/notifier).
#include "FakeMailServer.h"
#include "WatcherTestSupport.h"

#include "notifier/Clock.h"
#include "notifier/FolderWatcher.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using namespace WatcherTest;

class TestFaultsNotifier : public QObject
{
    Q_OBJECT

    TrackerState m_state;
    const FolderKey m_inbox{QStringLiteral("account"), QStringLiteral("INBOX")};

private Q_SLOTS:
    void init() { m_state.startTest(); }

    void connectionRefusedEightTimes()
    {
        FakeMailServer server;
        server.openError = {SessionError::Network, QStringLiteral("connection refused"), {}, {}};
        ManualClock clock;
        WatchedFolder watched(m_inbox, server.factory(), m_state.path(), &clock);
        watched.watcher.start();
        QList<qint64> delays;
        for (int i = 0; i < 8; ++i) {
            QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Waiting);
            const qint64 delay = watched.watcher.reconnectPolicy()->currentDelay();
            delays.append(delay);
            const int opens = server.opens;
            clock.advance(delay - 1);
            QCoreApplication::processEvents();
            QCOMPARE(server.opens, opens); // not a millisecond early
            clock.advance(1);
            QTRY_COMPARE(server.opens, opens + 1);
        }
        // 5 s doubling to the 5-minute cap, each within +/-20 % jitter.
        const QList<qint64> nominal = {5000, 10000, 20000, 40000, 80000, 160000, 300000, 300000};
        bool jittered = false;
        for (int i = 0; i < 8; ++i) {
            QVERIFY2(delays[i] >= nominal[i] * 8 / 10 && delays[i] <= nominal[i] * 12 / 10,
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(i + 1).arg(delays[i])));
            jittered |= delays[i] != nominal[i];
        }
        QVERIFY(jittered);
        qInfo() << "backoff delays (ms):" << delays;

        // The server comes back (after the eighth refusal): success resets the schedule.
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Waiting);
        server.openError = {};
        clock.advance(watched.watcher.reconnectPolicy()->currentDelay());
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
        QCOMPARE(watched.watcher.reconnectPolicy()->failures(), 0);
        // A later drop starts the schedule from the beginning again (5 s, not 5 min).
        const int opensBeforeDrop = server.opens;
        server.current->drop();
        clock.advance(6000);
        QTRY_VERIFY(server.opens > opensBeforeDrop);
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);

        // The network goes away again (refused), then returns while the watcher waits:
        // retry at once, no clock advance needed.
        server.openError = {SessionError::Network, QStringLiteral("network unreachable"), {}, {}};
        server.current->drop();
        clock.advance(6000);
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Waiting);
        server.openError = {};
        // The network returns while waiting: retry at once, no clock advance needed.
        const int opens = server.opens;
        watched.watcher.triggerNow();
        QTRY_COMPARE(server.opens, opens + 1);
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
    }

    void authenticationFailureDoesNotLoop()
    {
        FakeMailServer server;
        server.openError = {
            SessionError::Authentication, QStringLiteral("[AUTHENTICATIONFAILED]"), {}, {}};
        ManualClock clock;
        WatchedFolder watched(m_inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy authFailed(&watched.watcher, &FolderWatcher::authenticationFailed);
        watched.watcher.start();
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::AuthenticationFailed);
        for (int i = 0; i < 24; ++i) {
            clock.advance(3600 * 1000);
            QCoreApplication::processEvents();
        }
        watched.watcher.triggerNow(); // network change, resume: still no retry with a bad password
        QTest::qWait(20);
        QCOMPARE(server.opens, 1);
        QCOMPARE(authFailed.count(), 1);
        QCOMPARE(watched.watcher.state(), FolderWatcher::State::AuthenticationFailed);
    }

    void uidValidityChangeDoesNotFlood()
    {
        FakeMailServer server;
        for (int i = 0; i < 200; ++i) {
            server.deliver(QStringLiteral("old %1").arg(i));
        }
        ManualClock clock;
        WatchedFolder watched(m_inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        QSignalSpy reset(&watched.watcher, &FolderWatcher::folderReset);
        watched.watcher.start();
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
        server.deliver(QStringLiteral("real news"));
        QTRY_COMPARE(newMail.count(), 1);

        // The server rebuilt its index: new UIDVALIDITY, every message renumbered from 1.
        QMap<quint32, FetchedMessage> renumbered;
        quint32 uid = 1;
        for (FetchedMessage m : std::as_const(server.box.messages)) {
            m.uid = uid++;
            renumbered.insert(m.uid, m);
        }
        server.box.messages = renumbered;
        server.box.uidNext = uid;
        server.box.uidValidity = 2;
        server.current->drop();
        clock.advance(10000);
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QTRY_COMPARE(reset.count(), 1);
        QCOMPARE(announcedSubjects(newMail), QStringList{QStringLiteral("real news")});
        // And later mail is announced again normally.
        server.deliver(QStringLiteral("after the change"));
        QTRY_COMPARE(newMail.count(), 2);
        QCOMPARE(announcedSubjects(newMail).last(), QStringLiteral("after the change"));
    }

    void resumeAndNetworkChangeReconnectWithoutDuplicates()
    {
        FakeMailServer server;
        server.deliver(QStringLiteral("old"));
        ManualClock clock;
        WatchedFolder watched(m_inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        watched.watcher.start();
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
        server.deliver(QStringLiteral("one"));
        QTRY_COMPARE(newMail.count(), 1);
        for (int i = 0; i < 5; ++i) {
            // Resume from suspend: the wall clock jumped, the connection may be dead.
            clock.jumpWallClock(3600 * 1000);
            const int sessions = server.sessionsCreated;
            watched.watcher.triggerNow();
            QTRY_VERIFY(server.sessionsCreated > sessions ||
                        watched.watcher.state() == FolderWatcher::State::Idling);
            QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
            if (i == 2) {
                server.deliver(QStringLiteral("while asleep")); // arrives between reconnects
            }
        }
        QTRY_COMPARE(newMail.count(), 2);
        QTest::qWait(50);
        QCOMPARE(announcedSubjects(newMail),
                 QStringList({QStringLiteral("one"), QStringLiteral("while asleep")}));
    }

    void natDropDetectedByWatchdog()
    {
        FakeMailServer server;
        ManualClock clock;
        WatcherSettings settings;
        settings.watchdogMs = 5 * 60 * 1000;
        WatchedFolder watched(m_inbox, server.factory(), m_state.path(), &clock, settings);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        watched.watcher.start();
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
        QCOMPARE(server.sessionsCreated, 1);
        // Silence: the NAT box dropped the mapping; no FIN, no RST, no byte.
        server.current->idling = false; // the dead connection would not deliver pushes
        server.deliver(QStringLiteral("lost in the NAT"));
        qint64 silentMs = 0;
        while (watched.watcher.state() == FolderWatcher::State::Idling &&
               silentMs < 3 * settings.watchdogMs) {
            clock.advance(10000);
            silentMs += 10000;
            QCoreApplication::processEvents();
        }
        qInfo("dead connection detected after %lld s of silence", silentMs / 1000);
        QVERIFY(silentMs <= settings.watchdogMs + 10000);
        clock.advance(10000); // the first backoff step (5 s +/- 20 %)
        QTRY_VERIFY_WITH_TIMEOUT(server.sessionsCreated >= 2, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QTRY_COMPARE(announcedSubjects(newMail), QStringList{QStringLiteral("lost in the NAT")});
    }
};

QTEST_GUILESS_MAIN(TestFaultsNotifier)
#include "tst_faults_notifier.moc"
