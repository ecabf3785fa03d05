#include "FakeMailServer.h"
#include "WatcherTestSupport.h"

#include "notifier/Clock.h"
#include "notifier/FolderWatcher.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using namespace WatcherTest;

class TestFolderWatcher : public QObject
{
    Q_OBJECT

    TrackerState m_state;
    const FolderKey inbox{QStringLiteral("acc"), QStringLiteral("INBOX")};

private Q_SLOTS:
    void init() { m_state.startTest(); }

    void announcesOnlyWhatIsNew()
    {
        FakeMailServer server;
        server.deliver(QStringLiteral("old 1"));
        server.deliver(QStringLiteral("old 2"), true);
        server.deliver(QStringLiteral("old 3"));
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(newMail.count(), 0); // the first look baselines; old mail is not news
        QCOMPARE(watched.counter.unread(inbox), 2);

        server.deliver(QStringLiteral("fresh"));
        QTRY_COMPARE(newMail.count(), 1);
        QCOMPARE(announcedSubjects(newMail), QStringList{QStringLiteral("fresh")});
        QCOMPARE(watched.counter.unread(inbox), 3);

        server.deliver(QStringLiteral("read on phone"), true);
        server.deliver(QStringLiteral("second"));
        QTRY_COMPARE(announcedSubjects(newMail),
                     QStringList({QStringLiteral("fresh"), QStringLiteral("second")}));
        QCOMPARE(watched.counter.unread(inbox), 4);
    }

    void restartAndReconnectNeverRepeat()
    {
        FakeMailServer server;
        server.deliver(QStringLiteral("old"));
        QStringList announced;
        {
            ManualClock clock;
            WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
            QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
            watched.watcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
            server.deliver(QStringLiteral("one"));
            QTRY_COMPARE(newMail.count(), 1);
            // Drop mid-IDLE: the watcher waits, reconnects, and announces nothing again.
            server.current->drop();
            QCOMPARE(watched.watcher.state(), FolderWatcher::State::Waiting);
            clock.advance(7000); // first backoff step is 5 s +/- 20%
            QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
            QCOMPARE(server.sessionsCreated, 2);
            QCOMPARE(newMail.count(), 1);
            announced = announcedSubjects(newMail);
        }
        server.deliver(QStringLiteral("while the program was closed"));
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QVERIFY(watched.stateLoaded);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(announcedSubjects(newMail),
                 QStringList{QStringLiteral("while the program was closed")});
        QCOMPARE(announced, QStringList{QStringLiteral("one")});
    }

    void uidValidityChangeIsSilent()
    {
        FakeMailServer server;
        server.deliver(QStringLiteral("a"));
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        QSignalSpy reset(&watched.watcher, &FolderWatcher::folderReset);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        // The folder is recreated with 50 messages and new UIDs, then we reconnect.
        server.box = FakeMailbox();
        server.box.uidValidity = 200;
        for (int i = 0; i < 50; ++i)
            server.deliver(QStringLiteral("restored %1").arg(i));
        server.current->drop();
        clock.advance(7000);
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(newMail.count(), 0);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(watched.counter.unread(inbox), 50);
    }

    void readElsewhereDropsCountAndWithdraws()
    {
        FakeMailServer server;
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        QSignalSpy withdrawn(&watched.counter, &UnreadCounter::readElsewhere);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        const quint32 uid = server.deliver(QStringLiteral("hello"));
        QTRY_COMPARE(newMail.count(), 1);
        watched.counter.trackNotification({inbox, uid});
        QCOMPARE(watched.counter.unread(inbox), 1);
        server.current->pushFlags(uid, true);
        QCOMPARE(watched.counter.unread(inbox), 0);
        QCOMPARE(withdrawn.count(), 1);
    }

    // Messages expunged by UID (VANISHED) leave the count and are taken off the list; the
    // CONDSTORE high mark the server pushes is remembered for the next start.
    void expungedByUidLeaveCountAndList()
    {
        FakeMailServer server;
        server.deliver(QStringLiteral("one"));
        const quint32 two = server.deliver(QStringLiteral("two"));
        const quint32 three = server.deliver(QStringLiteral("three"));
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy removed(&watched.watcher, &FolderWatcher::messagesRemoved);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(watched.counter.unread(inbox), 3);
        const int opens = server.opens;

        server.box.messages.remove(two);
        server.box.messages.remove(three);
        server.current->pushRemoved({two, three});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).value<FolderKey>(), inbox);
        QCOMPARE(removed.first().at(1).value<QList<quint32>>(), QList<quint32>({two, three}));
        QCOMPARE(watched.counter.unread(inbox), 1);

        server.current->pushHighestModSeq(4711);
        QCOMPARE(watched.tracker.state(inbox).highestModSeq, 4711u);
        QCOMPARE(server.opens, opens); // all on the one connection
    }

    // EXPUNGE names sequence numbers only, and a flag change can come for a message whose UID
    // the session does not know: either way the watcher asks the server for the unread
    // messages again rather than guess.
    void pushWithoutUidAsksAgain_data()
    {
        QTest::addColumn<bool>("expunge");
        QTest::newRow("expunge by sequence number") << true;
        QTest::newRow("flags of an unknown message") << false;
    }

    void pushWithoutUidAsksAgain()
    {
        QFETCH(bool, expunge);
        FakeMailServer server;
        server.deliver(QStringLiteral("one"));
        const quint32 two = server.deliver(QStringLiteral("two"));
        server.deliver(QStringLiteral("three"));
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy removed(&watched.watcher, &FolderWatcher::messagesRemoved);
        QSignalSpy flags(&watched.watcher, &FolderWatcher::flagsChanged);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(watched.counter.unread(inbox), 3);

        if (expunge) {
            server.box.messages.remove(two);
            server.current->pushRemoved({});
        } else {
            server.box.messages[two].seen = true;
            server.current->pushFlags(0, true);
        }
        QTRY_COMPARE(watched.counter.unread(inbox), 2);
        // Nothing is claimed about a message nobody named.
        QCOMPARE(removed.count(), 0);
        QCOMPARE(flags.count(), 0);
        QCOMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
    }

    void markReadAndDeleteActions()
    {
        FakeMailServer server;
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        const quint32 a = server.deliver(QStringLiteral("a"));
        const quint32 b = server.deliver(QStringLiteral("b"));
        QTRY_COMPARE(watched.counter.unread(inbox), 2);
        bool seenOk = false;
        watched.watcher.setSeen(a, true, [&seenOk](bool ok) { seenOk = ok; });
        QTRY_VERIFY(seenOk);
        QCOMPARE(server.seenStores, QList<quint32>{a});
        QCOMPARE(watched.counter.unread(inbox), 1);
        bool trashOk = false;
        watched.watcher.moveToTrash(b, [&trashOk](bool ok) { trashOk = ok; });
        QTRY_VERIFY(trashOk);
        QCOMPARE(server.trashed, QList<quint32>{b});
        QCOMPARE(watched.counter.unread(inbox), 0);
    }

    void authenticationFailureStopsWithoutLoop()
    {
        FakeMailServer server;
        server.openError =
            SessionError::make(SessionError::Authentication, QStringLiteral("Invalid credentials"));
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy authFailed(&watched.watcher, &FolderWatcher::authenticationFailed);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(),
                                  FolderWatcher::State::AuthenticationFailed, 2000);
        QCOMPARE(authFailed.count(), 1);
        clock.advance(48LL * 3600 * 1000);
        watched.watcher.triggerNow(); // network came back: still no new attempt
        QTest::qWait(20);
        QCOMPARE(server.sessionsCreated, 1);
        QCOMPARE(authFailed.count(), 1);
        // The user fixed the password.
        server.openError = {};
        watched.watcher.restart();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(server.sessionsCreated, 2);
    }

    void certificateProblemStopsAndOffersPin()
    {
        FakeMailServer server;
        server.openError = SessionError::make(
            SessionError::Certificate, QStringLiteral("self-signed"), QByteArray(32, '\x42'));
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        QSignalSpy problem(&watched.watcher, &FolderWatcher::certificateProblem);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::CertificateProblem,
                                  2000);
        QCOMPARE(problem.count(), 1);
        QCOMPARE(problem.first().at(1).toByteArray(), QByteArray(32, '\x42'));
        clock.advance(3600 * 1000);
        QCOMPARE(server.sessionsCreated, 1);
    }

    void backoffScheduleAndNetworkReturn()
    {
        FakeMailServer server;
        server.openError = SessionError::make(SessionError::Network, QStringLiteral("refused"));
        ManualClock clock;
        WatcherSettings settings;
        settings.backoff.jitterFraction = 0;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock, settings);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Waiting, 2000);
        QCOMPARE(server.sessionsCreated, 1);
        const QList<qint64> waits = {5000, 10000, 20000, 40000};
        for (int i = 0; i < waits.size(); ++i) {
            clock.advance(waits.at(i) - 1);
            QCOMPARE(server.sessionsCreated, i + 1);
            clock.advance(1);
            QCOMPARE(server.sessionsCreated, i + 2);
            QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Waiting, 2000);
        }
        // Now 80 s to wait, but the network comes back: at once.
        server.openError = {};
        watched.watcher.triggerNow();
        QCOMPARE(server.sessionsCreated, 6);
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        // Success resets the schedule.
        server.current->drop();
        QCOMPARE(watched.watcher.reconnectPolicy()->currentDelay(), 5000);
    }

    void watchdogReplacesDeadConnection()
    {
        FakeMailServer server;
        ManualClock clock;
        WatcherSettings settings;
        settings.watchdogMs = 60000;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock, settings);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        for (int i = 0; i < 5; ++i) {
            clock.advance(50000);
            server.current->talk(); // keep-alives: all is well
        }
        QCOMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
        clock.advance(60000); // silence
        QCOMPARE(watched.watcher.state(), FolderWatcher::State::Waiting);
        clock.advance(7000);
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(server.sessionsCreated, 2);
    }

    void pollingWithoutIdle()
    {
        FakeMailServer server;
        server.idle = false;
        server.deliver(QStringLiteral("old"));
        ManualClock clock;
        WatcherSettings settings;
        settings.pollIntervalMs = 60000;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock, settings);
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Polling, 2000);
        QCOMPARE(newMail.count(), 0);
        QCOMPARE(watched.counter.unread(inbox), 1);
        server.deliver(QStringLiteral("polled"));
        clock.advance(59999);
        QTest::qWait(10);
        QCOMPARE(newMail.count(), 0);
        clock.advance(1);
        QTRY_COMPARE(newMail.count(), 1);
        QCOMPARE(announcedSubjects(newMail), QStringList{QStringLiteral("polled")});
        QTRY_COMPARE(watched.counter.unread(inbox), 2);
        // Read elsewhere: the next poll's STATUS brings the count down.
        server.box.messages.first().seen = true;
        clock.advance(60000);
        QTRY_COMPARE(watched.counter.unread(inbox), 1);
        // "Check now" polls at once.
        server.deliver(QStringLiteral("checked"));
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Polling);
        watched.watcher.triggerNow();
        QTRY_COMPARE(newMail.count(), 2);
    }

    void missingFolderStops()
    {
        FakeMailServer server;
        server.box.exists = false;
        ManualClock clock;
        WatchedFolder watched(inbox, server.factory(), m_state.path(), &clock);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::FolderMissing,
                                  2000);
        clock.advance(3600 * 1000);
        QCOMPARE(server.sessionsCreated, 1);
    }
};

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
