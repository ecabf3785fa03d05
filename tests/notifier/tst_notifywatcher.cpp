#include "WatcherTestSupport.h"

#include "support/ScriptedImapServer.h"

#include "notifier/NewMailTracker.h"
#include "notifier/NotifyAccountWatcher.h"
#include "notifier/UnreadCounter.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using namespace WatcherTest;
using TestSupport::ScriptedImapServer;

// NotifyAccountWatcher on the real ImapMailSession against scripted servers: the exact NOTIFY
// conversation (two folders on one connection), and the fallback when the server has no
// NOTIFY or refuses it.
class TestNotifyWatcher : public QObject
{
    Q_OBJECT

    TrackerState m_state;
    const QString accountId = QStringLiteral("acc");
    const FolderKey inbox{accountId, QStringLiteral("INBOX")};
    const FolderKey lists{accountId, QStringLiteral("Lists")};

    static QString notifyLine()
    {
        return QStringLiteral("C: $t NOTIFY SET (SELECTED (MessageNew MessageExpunge FlagChange)) "
                              "(MAILBOXES (INBOX Lists) (MessageNew MessageExpunge FlagChange))\n");
    }

    // Back home: INBOX (2 messages, UID 2 unseen, nothing new) selected again and in IDLE.
    static QString inboxInIdle()
    {
        return selectScript(QStringLiteral("INBOX"), 2, 7, 3, QStringLiteral("2")) +
               fetchScript(3, QStringLiteral("S: * 2 FETCH (UID 2 FLAGS ())\n")) + idleScript();
    }

    // A NotifyAccountWatcher of these folders on the scripted server, with its own tracker
    // and counter; it counts the sessions it opens.
    struct WatchedAccount
    {
        WatchedAccount(const QString &accountId, const QStringList &folders, quint16 port,
                       const QString &stateFile)
            : tracker(stateFile)
            , stateLoaded(tracker.load())
            , watcher(accountId, folders,
                      scriptedSessionFactory(scriptedAccount(accountId, port), &sessions), &tracker,
                      &counter)
        {}

        NewMailTracker tracker;
        const bool stateLoaded; // loaded before the watcher exists, as at the program's start
        UnreadCounter counter;
        int sessions = 0;
        NotifyAccountWatcher watcher;
    };

private Q_SLOTS:
    void init() { m_state.startTest(); }

    // Two folders, one connection: NOTIFY first, a first look at Lists, then home (INBOX) in
    // IDLE. A STATUS for Lists makes the watcher visit it and come back; EXISTS in INBOX is
    // a plain fetch; a STATUS that repeats what is known leads to nothing.
    void oneConnectionForTwoFolders()
    {
        ScriptedImapServer server;
        const QString script =
            loginScript("IMAP4rev1 IDLE NOTIFY") + notifyLine() +
            QStringLiteral("S: $t OK NOTIFY done\n") +
            selectScript(QStringLiteral("Lists"), 1, 9, 2, QString()) +
            fetchScript(2, QStringLiteral("S: * 1 FETCH (UID 1 FLAGS (\\Seen))\n")) +
            inboxInIdle() +
            QStringLiteral("S: * STATUS Lists (MESSAGES 2 UIDNEXT 3 UNSEEN 1)\n"
                           "C: DONE\n"
                           "S: $i OK idle done\n") +
            selectScript(QStringLiteral("Lists"), 2, 9, 3, QStringLiteral("2")) +
            fetchScript(2, envelopeReply(2, "to the list")) + inboxInIdle() +
            QStringLiteral("S: * 3 EXISTS\n"
                           "C: DONE\n"
                           "S: $i OK idle done\n") +
            fetchScript(3, envelopeReply(3, "to the inbox")) + idleScript() +
            QStringLiteral("S: * STATUS Lists (MESSAGES 2 UIDNEXT 3 UNSEEN 1)\n"
                           "HANG\n");
        QVERIFY2(server.setScript(script), qPrintable(server.errorString()));
        QVERIFY(server.listen());
        WatchedAccount watched(accountId, {QStringLiteral("Lists"), QStringLiteral("INBOX")},
                               server.port(), m_state.path());
        QCOMPARE(watched.watcher.homeFolder(), inbox);
        QSignalSpy newMail(&watched.watcher, &NotifyAccountWatcher::newMail);
        QSignalSpy unavailable(&watched.watcher, &NotifyAccountWatcher::notifyUnavailable);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(announcedUids(newMail, inbox), QList<quint32>{3}, 10000);
        QCOMPARE(announcedUids(newMail, lists), QList<quint32>{2});
        QCOMPARE(newMail.first().at(1).value<QList<FetchedMessage>>().first().subject,
                 QStringLiteral("to the list"));
        QCOMPARE(watched.watcher.state(), MailWatcher::State::Idling);
        // The repeated STATUS must not start another visit: the script ends with it, and any
        // further command would be reported as data after the end of the script.
        QTRY_VERIFY_WITH_TIMEOUT(server.finished() || server.failed(), 5000);
        QTest::qWait(200);
        QVERIFY2(!server.failed(), qPrintable(server.errorString()));
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(watched.sessions, 1);
        QCOMPARE(unavailable.count(), 0);
        QCOMPARE(watched.counter.unread(inbox), 2);
        QCOMPARE(watched.counter.unread(lists), 1);
        QCOMPARE(newMail.count(), 2);
        QCOMPARE(watched.tracker.state(lists).highestHandledUid, 2u);
        QCOMPARE(watched.tracker.state(inbox).highestHandledUid, 3u);
    }

    // NOTIFY set, the first look at Lists, then home: INBOX with UIDs 1 to 3 of which 2 and 3
    // are unseen, in IDLE.
    static QString threeInInboxIdling()
    {
        return loginScript("IMAP4rev1 IDLE NOTIFY") + notifyLine() +
               QStringLiteral("S: $t OK NOTIFY done\n") +
               selectScript(QStringLiteral("Lists"), 1, 9, 2, QString()) +
               fetchScript(2, QStringLiteral("S: * 1 FETCH (UID 1 FLAGS (\\Seen))\n")) +
               selectScript(QStringLiteral("INBOX"), 3, 7, 4, QStringLiteral("2 3")) +
               fetchScript(4, QStringLiteral("S: * 3 FETCH (UID 3 FLAGS ())\n")) + idleScript();
    }

    // Pushes of the selected folder that name their messages are relayed as they are: a
    // message gone by UID (VANISHED) leaves the count and the list, and the CONDSTORE high mark
    // is remembered, without a command to the server.
    void selectedFolderPushesByUid()
    {
        ScriptedImapServer server;
        QVERIFY2(server.setScript(threeInInboxIdling() +
                                  QStringLiteral("S: * VANISHED 3\n"
                                                 "S: * OK [HIGHESTMODSEQ 90] changed\n"
                                                 "HANG\n")),
                 qPrintable(server.errorString()));
        QVERIFY(server.listen());
        WatchedAccount watched(accountId, {QStringLiteral("Lists"), QStringLiteral("INBOX")},
                               server.port(), m_state.path());
        QSignalSpy removed(&watched.watcher, &NotifyAccountWatcher::messagesRemoved);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.tracker.state(inbox).highestModSeq, 90u, 10000);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).value<FolderKey>(), inbox);
        QCOMPARE(removed.first().at(1).value<QList<quint32>>(), QList<quint32>{3});
        QCOMPARE(watched.counter.unread(inbox), 1);
        QCOMPARE(watched.counter.unread(lists), 0);
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
        QTest::qWait(200); // nothing more is asked: any command would be data after the script
        QVERIFY2(!server.failed(), qPrintable(server.errorString()));
        QCOMPARE(watched.watcher.state(), MailWatcher::State::Idling);
    }

    // A push that names no UID (EXPUNGE gives a sequence number; a FETCH of flags for a
    // message whose UID this connection never saw) makes the watcher visit the folder again:
    // it leaves IDLE, asks for the unseen messages and new ones, and goes back to IDLE.
    void selectedFolderPushWithoutUid_data()
    {
        QTest::addColumn<QString>("push");
        QTest::addColumn<QString>("fetched");
        QTest::newRow("expunge") << QStringLiteral("S: * 2 EXPUNGE\n")
                                 << QStringLiteral("S: * 2 FETCH (UID 3 FLAGS ())\n");
        QTest::newRow("flags of an unknown message")
            << QStringLiteral("S: * 2 FETCH (FLAGS (\\Seen))\n")
            << QStringLiteral("S: * 3 FETCH (UID 3 FLAGS ())\n");
    }

    void selectedFolderPushWithoutUid()
    {
        QFETCH(QString, push);
        QFETCH(QString, fetched);
        ScriptedImapServer server;
        // Only UID 3 is unseen now (2 was expunged, or read).
        QVERIFY2(server.setScript(threeInInboxIdling() + push +
                                  QStringLiteral("C: DONE\n"
                                                 "S: $i OK idle done\n"
                                                 "C: $t UID SEARCH UNSEEN\n"
                                                 "S: * SEARCH 3\n"
                                                 "S: $t OK searched\n") +
                                  fetchScript(4, fetched) + idleScript("$j") +
                                  QStringLiteral("HANG\n")),
                 qPrintable(server.errorString()));
        QVERIFY(server.listen());
        WatchedAccount watched(accountId, {QStringLiteral("Lists"), QStringLiteral("INBOX")},
                               server.port(), m_state.path());
        QSignalSpy removed(&watched.watcher, &NotifyAccountWatcher::messagesRemoved);
        QSignalSpy flags(&watched.watcher, &NotifyAccountWatcher::flagsChanged);
        watched.watcher.start();
        QVERIFY2(server.waitForFinished(10000), qPrintable(server.errorString()));
        QTRY_COMPARE(watched.watcher.state(), MailWatcher::State::Idling);
        QCOMPARE(watched.counter.unread(inbox), 1);
        // Nothing is claimed about a message nobody named (the FETCH answers report flags of
        // the UIDs they name).
        QCOMPARE(removed.count(), 0);
        for (const auto &args : std::as_const(flags))
            QVERIFY(args.at(1).value<quint32>() != 0);
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(watched.sessions, 1);
    }

    // A watched folder that does not exist is reported and left out; the others go on.
    void missingFolderIsLeftOut()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(
            loginScript("IMAP4rev1 IDLE NOTIFY") +
            QStringLiteral("C: $t NOTIFY SET (SELECTED (MessageNew MessageExpunge FlagChange)) "
                           "(MAILBOXES (INBOX Gone) (MessageNew MessageExpunge FlagChange))\n"
                           "S: $t OK NOTIFY done\n"
                           "C: $t SELECT Gone\n"
                           "S: $t NO [NONEXISTENT] no such mailbox\n") +
            selectScript(QStringLiteral("INBOX"), 0, 7, 1, QString()) + fetchScript(1, QString()) +
            idleScript() +
            QStringLiteral("S: * STATUS Gone (MESSAGES 1 UIDNEXT 2)\n"
                           "HANG\n")));
        QVERIFY(server.listen());
        const FolderKey gone{accountId, QStringLiteral("Gone")};
        WatchedAccount watched(accountId, {QStringLiteral("INBOX"), QStringLiteral("Gone")},
                               server.port(), m_state.path());
        QSignalSpy missing(&watched.watcher, &NotifyAccountWatcher::folderMissing);
        watched.watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watched.watcher.state(), MailWatcher::State::Idling, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(server.finished() || server.failed(), 5000);
        QTest::qWait(200); // a STATUS about the left-out folder starts nothing
        QVERIFY2(!server.failed(), qPrintable(server.errorString()));
        QCOMPARE(missing.count(), 1);
        QCOMPARE(missing.first().first().value<FolderKey>(), gone);
        QCOMPARE(watched.watcher.missingFolders(), QList<FolderKey>{gone});
        QCOMPARE(watched.watcher.folders(), QList<FolderKey>{inbox});
        QVERIFY(!watched.tracker.knows(gone));
        QCOMPARE(watched.sessions, 1);
    }

    // Without NOTIFY the account falls back to a watcher per folder: the watcher says so and
    // stops, having looked at nothing on its one connection.
    void fallsBackWithoutNotify_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("not offered") << loginScript("IMAP4rev1 IDLE");
        QTest::newRow("refused") << loginScript("IMAP4rev1 IDLE NOTIFY") + notifyLine() +
                                        QStringLiteral("S: $t NO [BADEVENT (MessageNew "
                                                       "MessageExpunge)] not here\n");
    }

    void fallsBackWithoutNotify()
    {
        QFETCH(QString, script);
        ScriptedImapServer server;
        QVERIFY(server.setScript(script));
        QVERIFY(server.listen());
        WatchedAccount watched(accountId, {QStringLiteral("INBOX"), QStringLiteral("Lists")},
                               server.port(), m_state.path());
        QSignalSpy unavailable(&watched.watcher, &NotifyAccountWatcher::notifyUnavailable);
        watched.watcher.start();
        QVERIFY(unavailable.wait(10000));
        QCOMPARE(watched.watcher.state(), MailWatcher::State::Stopped);
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
        QTest::qWait(100);
        QCOMPARE(watched.watcher.state(), MailWatcher::State::Stopped);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(watched.sessions, 1);
        QVERIFY(!watched.tracker.knows(inbox)); // nothing was looked at on this connection
    }
};

QTEST_GUILESS_MAIN(TestNotifyWatcher)
#include "tst_notifywatcher.moc"
