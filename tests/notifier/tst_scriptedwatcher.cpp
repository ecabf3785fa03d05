#include "support/ScriptedImapServer.h"
#include "support/TestCertificates.h"

#include "notifier/Clock.h"
#include "notifier/FolderWatcher.h"
#include "notifier/ImapMailSession.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using TestSupport::ScriptedImapServer;
using TestSupport::TestCertificates;

// The watcher on the real ImapMailSession against scripted servers: the conversations that
// real servers rarely produce on demand (BYE mid-IDLE, a reset, silence, refusals, a changed
// certificate).
class TestScriptedWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const FolderKey inbox{QStringLiteral("acc"), QStringLiteral("INBOX")};

    static QString fetchLine()
    {
        return QStringLiteral(
            "UID FETCH 3:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER.FIELDS "
            "(CONTENT-TYPE CONTENT-TRANSFER-ENCODING)] BODY.PEEK[TEXT]<0.2048>)");
    }

    // Login, select (2 messages, UIDNEXT 3), search, fetch (nothing new), IDLE.
    static QString sessionUpToIdle()
    {
        return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 IDLE] ready\n"
                              "C: $t LOGIN alice secret\n"
                              "S: $t OK [CAPABILITY IMAP4rev1 IDLE] logged in\n"
                              "C: $t SELECT INBOX\n"
                              "S: * 2 EXISTS\n"
                              "S: * OK [UIDVALIDITY 7] ok\n"
                              "S: * OK [UIDNEXT 3] ok\n"
                              "S: $t OK [READ-WRITE] selected\n"
                              "C: $t UID SEARCH UNSEEN\n"
                              "S: * SEARCH 2\n"
                              "S: $t OK searched\n"
                              "C: $t ") +
               fetchLine() +
               QStringLiteral("\n"
                              "S: * 2 FETCH (UID 2 FLAGS ())\n"
                              "S: $t OK fetched\n"
                              "C: $i IDLE\n"
                              "S: + idling\n");
    }

    Account account(quint16 port) const
    {
        Account a;
        a.id = inbox.accountId;
        a.email = QStringLiteral("alice@example.org");
        a.userName = QStringLiteral("alice");
        a.server = QStringLiteral("127.0.0.1");
        a.port = port;
        a.security = SecurityMode::PlainExplicit;
        return a;
    }

    static FolderWatcher::SessionFactory factory(const Account &account, int *count = nullptr,
                                                 QList<QSslCertificate> ca = {})
    {
        return [account, count, ca](QObject *parent) -> MailSession * {
            if (count)
                ++*count;
            ImapSessionConfig config;
            config.account = account;
            config.secret = QStringLiteral("secret");
            config.caCertificates = ca;
            config.useSystemCaCertificates = false;
            return new ImapMailSession(config, parent);
        };
    }

    static WatcherSettings fastSettings()
    {
        WatcherSettings settings;
        settings.backoff.initialMs = 50; // real time here: keep reconnects quick
        return settings;
    }

    QString stateFile() const { return m_dir.filePath(QStringLiteral("state.json")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(stateFile());
        qRegisterMetaType<QList<FetchedMessage>>();
        qRegisterMetaType<FolderKey>();
    }

    void byeMidIdleReconnectsWithoutRepeating()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(
            sessionUpToIdle() + QStringLiteral("S: * BYE server shutting down\nCLOSE\nACCEPT\n") +
            sessionUpToIdle() +
            QStringLiteral("S: * 3 EXISTS\n"
                           "C: DONE\n"
                           "S: $i OK idle done\n"
                           "C: $t ") +
            fetchLine() +
            QStringLiteral(
                "\n"
                "S: * 3 FETCH (UID 3 FLAGS () RFC822.SIZE 120 ENVELOPE (NIL \"Hi there\" "
                "((\"Bob Example\" NIL \"bob\" \"example.org\")) NIL NIL NIL NIL NIL NIL "
                "\"<m3@example.org>\"))\n"
                "S: $t OK fetched\n"
                "C: $j IDLE\n"
                "S: + idling\n"
                "HANG\n")));
        QVERIFY(server.listen());
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        FolderWatcher watcher(inbox, factory(account(server.port())), &tracker, &counter,
                              Clock::system(), fastSettings());
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        QSignalSpy states(&watcher, &FolderWatcher::stateChanged);
        watcher.start();
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
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
        QCOMPARE(counter.unread(inbox), 2);
    }

    void resetMidIdleReconnects()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(sessionUpToIdle() + QStringLiteral("W: 50\nRST\nACCEPT\n") +
                                 sessionUpToIdle() + QStringLiteral("HANG\n")));
        QVERIFY(server.listen());
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        FolderWatcher watcher(inbox, factory(account(server.port())), &tracker, &counter,
                              Clock::system(), fastSettings());
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        watcher.start();
        QVERIFY2(server.waitForFinished(10000), qPrintable(server.errorString()));
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
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
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        WatcherSettings settings;
        settings.watchdogMs = 10 * 60 * 1000;
        FolderWatcher watcher(inbox, factory(account(server.port())), &tracker, &counter, &clock,
                              settings);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 5000);
        clock.advance(10 * 60 * 1000); // ten silent minutes
        QCOMPARE(watcher.state(), FolderWatcher::State::Waiting);
        clock.advance(7000); // the first backoff step
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 5000);
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
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        int sessions = 0;
        FolderWatcher watcher(inbox, factory(account(server.port()), &sessions), &tracker, &counter,
                              Clock::system(), fastSettings());
        QSignalSpy failed(&watcher, &FolderWatcher::authenticationFailed);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::AuthenticationFailed,
                                  5000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("Invalid credentials")));
        watcher.triggerNow();
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
        Account pinned = account(server.port());
        pinned.security = SecurityMode::Tls;
        // Pinned to the certificate the server had before.
        pinned.pinnedCertificateSha256 =
            TestCertificates::server().certificate.digest(QCryptographicHash::Sha256);
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        int sessions = 0;
        FolderWatcher watcher(inbox, factory(pinned, &sessions, {TestCertificates::ca()}), &tracker,
                              &counter, Clock::system(), fastSettings());
        QSignalSpy problem(&watcher, &FolderWatcher::certificateProblem);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::CertificateProblem, 5000);
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
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock; // the backoff would wait 5 s on this clock, which never moves
        FolderWatcher watcher(inbox, factory(account(server.port())), &tracker, &counter, &clock);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Waiting, 5000);
        QTest::qWait(100);
        QCOMPARE(server.connectionCount(), 1);
        watcher.triggerNow(); // NetworkMonitor::networkReturned / ResumeMonitor::resumed
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 5000);
        QCOMPARE(server.connectionCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScriptedWatcher)
#include "tst_scriptedwatcher.moc"
