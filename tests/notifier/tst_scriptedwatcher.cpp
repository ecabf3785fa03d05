#include "WatcherTestSupport.h"

#include "support/ScriptedImapServer.h"
#include "support/TestCertificates.h"

#include "notifier/Clock.h"
#include "notifier/FolderWatcher.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using namespace WatcherTest;
using TestSupport::ScriptedImapServer;
using TestSupport::TestCertificates;

// The watcher on the real ImapMailSession against scripted servers: the conversations that
// real servers rarely produce on demand (BYE mid-IDLE, a reset, silence, refusals, a changed
// certificate).
class TestScriptedWatcher : public QObject
{
    Q_OBJECT

    TrackerState m_state;
    const FolderKey inbox{QStringLiteral("acc"), QStringLiteral("INBOX")};

    // Login, select (2 messages, UIDNEXT 3), search, fetch (nothing new), IDLE.
    static QString sessionUpToIdle()
    {
        return loginScript("IMAP4rev1 IDLE") +
               selectScript(QStringLiteral("INBOX"), 2, 7, 3, QStringLiteral("2")) +
               fetchScript(3, QStringLiteral("S: * 2 FETCH (UID 2 FLAGS ())\n")) + idleScript();
    }

    // A watcher of INBOX on the scripted server (which counts the sessions in *sessions
    // when given).
    WatchedFolder watchedInbox(quint16 port, Clock *clock, const WatcherSettings &settings,
                               int *sessions = nullptr) const
    {
        return WatchedFolder(
            inbox, scriptedSessionFactory(scriptedAccount(inbox.accountId, port), sessions),
            m_state.path(), clock, settings);
    }

    static WatcherSettings fastSettings()
    {
        WatcherSettings settings;
        settings.backoff.initialMs = 50; // real time here: keep reconnects quick
        return settings;
    }

private Q_SLOTS:
    void init() { m_state.startTest(); }

    void byeMidIdleReconnectsWithoutRepeating()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(sessionUpToIdle() +
                                 QStringLiteral("S: * BYE server shutting down\nCLOSE\nACCEPT\n") +
                                 sessionUpToIdle() +
                                 QStringLiteral("S: * 3 EXISTS\n"
                                                "C: DONE\n"
                                                "S: $i OK idle done\n") +
                                 fetchScript(3, envelopeReply(3, "Hi there")) + idleScript("$j") +
                                 QStringLiteral("HANG\n")));
        QVERIFY(server.listen());
        WatchedFolder watched = watchedInbox(server.port(), Clock::system(), fastSettings());
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        QSignalSpy states(&watched.watcher, &FolderWatcher::stateChanged);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 1, 10000);
        const FetchedMessage m = newMail.first().at(1).value<QList<FetchedMessage>>().first();
        QCOMPARE(m.uid, 3u);
        QCOMPARE(m.subject, QStringLiteral("Hi there"));
        QCOMPARE(m.from, QStringLiteral("Bob Example"));
        QCOMPARE(m.fromAddress, QStringLiteral("bob@example.org"));
        QCOMPARE(server.connectionCount(), 2);
        bool waited = false;
        for (const auto &args : states)
            waited |= args.first().value<FolderWatcher::State>() == FolderWatcher::State::Waiting;
        QVERIFY(waited);
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
        QCOMPARE(watched.counter.unread(inbox), 2);
    }

    void resetMidIdleReconnects()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(sessionUpToIdle() + QStringLiteral("W: 50\nRST\nACCEPT\n") +
                                 sessionUpToIdle() + QStringLiteral("HANG\n")));
        QVERIFY(server.listen());
        WatchedFolder watched = watchedInbox(server.port(), Clock::system(), fastSettings());
        QSignalSpy newMail(&watched.watcher, &FolderWatcher::newMail);
        watched.watcher.start();
        QVERIFY2(server.waitForFinished(10000), qPrintable(server.errorString()));
        QTRY_COMPARE(watched.watcher.state(), FolderWatcher::State::Idling);
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(newMail.count(), 0);
    }

    void silentDeadConnectionWatchdog()
    {
        ScriptedImapServer server;
        // The first connection goes quiet forever after IDLE (a NAT dropped it).
        QVERIFY(server.setScript(sessionUpToIdle() + QStringLiteral("HANG\nACCEPT\n") +
                                 sessionUpToIdle() + QStringLiteral("HANG\n")));
        QVERIFY(server.listen());
        ManualClock clock;
        WatcherSettings settings;
        settings.watchdogMs = 10 * 60 * 1000;
        WatchedFolder watched = watchedInbox(server.port(), &clock, settings);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 5000);
        clock.advance(10 * 60 * 1000); // ten silent minutes
        QCOMPARE(watched.watcher.state(), FolderWatcher::State::Waiting);
        clock.advance(7000); // the first backoff step
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 5000);
        QCOMPARE(server.connectionCount(), 2);
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
    }

    void authenticationFailureNoLoop()
    {
        ScriptedImapServer server;
        QVERIFY(
            server.setScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 IDLE] ready\n"
                                            "C: $t LOGIN alice secret\n"
                                            "S: $t NO [AUTHENTICATIONFAILED] Invalid credentials\n"
                                            "C: $u LOGOUT\n"
                                            "S: * BYE bye\n"
                                            "S: $u OK bye\n"
                                            "CLOSE\n")));
        QVERIFY(server.listen());
        int sessions = 0;
        WatchedFolder watched =
            watchedInbox(server.port(), Clock::system(), fastSettings(), &sessions);
        QSignalSpy failed(&watched.watcher, &FolderWatcher::authenticationFailed);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(),
                                  FolderWatcher::State::AuthenticationFailed, 5000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("Invalid credentials")));
        watched.watcher.triggerNow();
        QTest::qWait(300); // several backoff periods of fastSettings()
        QCOMPARE(sessions, 1);
        QCOMPARE(server.connectionCount(), 1);
    }

    void changedCertificateStopsBeforeSendingAnything()
    {
        if (!TestCertificates::available())
            QSKIP("openssl could not make test certificates");
        ScriptedImapServer server;
        server.setImplicitTls(true);
        server.setIdentity(TestCertificates::otherServer());
        QVERIFY(server.setScript(QStringLiteral("TLS-REJECTED\n")));
        QVERIFY(server.listen());
        Account pinned = scriptedAccount(inbox.accountId, server.port());
        pinned.security = SecurityMode::Tls;
        // Pinned to the certificate the server had before.
        pinned.pinnedCertificateSha256 =
            TestCertificates::server().certificate.digest(QCryptographicHash::Sha256);
        int sessions = 0;
        WatchedFolder watched(inbox,
                              scriptedSessionFactory(pinned, &sessions, {TestCertificates::ca()}),
                              m_state.path(), Clock::system(), fastSettings());
        QSignalSpy problem(&watched.watcher, &FolderWatcher::certificateProblem);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::CertificateProblem,
                                  5000);
        QCOMPARE(problem.count(), 1);
        QCOMPARE(problem.first().at(1).toByteArray(),
                 TestCertificates::otherServer().certificate.digest(QCryptographicHash::Sha256));
        QTest::qWait(300);
        QCOMPARE(sessions, 1);
        QVERIFY(server.received().isEmpty()); // not a byte of IMAP (no password) was sent
    }

    void networkReturnReconnectsAtOnce()
    {
        ScriptedImapServer server;
        // The first attempt finds the server busy (greeting BYE).
        QVERIFY(server.setScript(QStringLiteral("S: * BYE too busy, try later\nCLOSE\nACCEPT\n") +
                                 sessionUpToIdle() + QStringLiteral("HANG\n")));
        QVERIFY(server.listen());
        ManualClock clock; // the backoff would wait 5 s on this clock, which never moves
        WatchedFolder watched = watchedInbox(server.port(), &clock, {});
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Waiting, 5000);
        QTest::qWait(100);
        QCOMPARE(server.connectionCount(), 1);
        watched.watcher.triggerNow(); // NetworkMonitor::networkReturned / ResumeMonitor::resumed
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), FolderWatcher::State::Idling, 5000);
        QCOMPARE(server.connectionCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScriptedWatcher)
#include "tst_scriptedwatcher.moc"
