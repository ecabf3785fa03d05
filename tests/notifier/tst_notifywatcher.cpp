#include "support/ScriptedImapServer.h"

#include "notifier/Clock.h"
#include "notifier/ImapMailSession.h"
#include "notifier/NewMailTracker.h"
#include "notifier/NotifyAccountWatcher.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using TestSupport::ScriptedImapServer;

// NotifyAccountWatcher on the real ImapMailSession against scripted servers: the exact NOTIFY
// conversation (two folders on one connection), and the fallback when the server has no
// NOTIFY or refuses it.
class TestNotifyWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString accountId = QStringLiteral("acc");
    const FolderKey inbox{accountId, QStringLiteral("INBOX")};
    const FolderKey lists{accountId, QStringLiteral("Lists")};

    static QString fetchLine(quint32 from)
    {
        return QStringLiteral("UID FETCH %1:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                              "BODY.PEEK[HEADER.FIELDS (CONTENT-TYPE CONTENT-TRANSFER-ENCODING)] "
                              "BODY.PEEK[TEXT]<0.2048>)")
            .arg(from);
    }

    static QString envelope(quint32 uid, const char *subject)
    {
        return QStringLiteral("S: * %1 FETCH (UID %1 FLAGS () RFC822.SIZE 120 ENVELOPE (NIL \"%2\" "
                              "((\"Bob Example\" NIL \"bob\" \"example.org\")) NIL NIL NIL NIL NIL "
                              "NIL \"<m%1@example.org>\"))\n")
            .arg(uid)
            .arg(QLatin1String(subject));
    }

    static QString login(const char *capabilities)
    {
        return QStringLiteral("S: * OK [CAPABILITY %1] ready\n"
                              "C: $t LOGIN alice secret\n"
                              "S: $t OK [CAPABILITY %1] logged in\n")
            .arg(QLatin1String(capabilities));
    }

    static QString notifyLine()
    {
        return QStringLiteral("C: $t NOTIFY SET (SELECTED (MessageNew MessageExpunge FlagChange)) "
                              "(MAILBOXES (INBOX Lists) (MessageNew MessageExpunge FlagChange))\n");
    }

    Account account(quint16 port) const
    {
        Account a;
        a.id = accountId;
        a.email = QStringLiteral("alice@example.org");
        a.userName = QStringLiteral("alice");
        a.server = QStringLiteral("127.0.0.1");
        a.port = port;
        a.security = SecurityMode::PlainExplicit;
        return a;
    }

    static MailWatcher::SessionFactory factory(const Account &account, int *count)
    {
        return [account, count](QObject *parent) -> MailSession * {
            ++*count;
            ImapSessionConfig config;
            config.account = account;
            config.secret = QStringLiteral("secret");
            return new ImapMailSession(config, parent);
        };
    }

    QString stateFile() const { return m_dir.filePath(QStringLiteral("state.json")); }

    static QList<quint32> uids(const QSignalSpy &spy, const FolderKey &folder)
    {
        QList<quint32> result;
        for (const auto &args : spy) {
            if (args.at(0).value<FolderKey>() != folder)
                continue;
            for (const FetchedMessage &m : args.at(1).value<QList<FetchedMessage>>())
                result << m.uid;
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(stateFile());
        qRegisterMetaType<QList<FetchedMessage>>();
        qRegisterMetaType<FolderKey>();
    }

    // Two folders, one connection: NOTIFY first, a first look at Lists, then home (INBOX) in
    // IDLE. A STATUS for Lists makes the watcher visit it and come back; EXISTS in INBOX is a
    // plain fetch; a STATUS that repeats what is known leads to nothing.
    void oneConnectionForTwoFolders()
    {
        ScriptedImapServer server;
        const QString script = login("IMAP4rev1 IDLE NOTIFY") + notifyLine() +
                               QStringLiteral("S: $t OK NOTIFY done\n"
                                              "C: $t SELECT Lists\n"
                                              "S: * 1 EXISTS\n"
                                              "S: * OK [UIDVALIDITY 9] ok\n"
                                              "S: * OK [UIDNEXT 2] ok\n"
                                              "S: $t OK [READ-WRITE] selected\n"
                                              "C: $t UID SEARCH UNSEEN\n"
                                              "S: * SEARCH\n"
                                              "S: $t OK searched\n"
                                              "C: $t ") +
                               fetchLine(2) +
                               QStringLiteral("\n"
                                              "S: * 1 FETCH (UID 1 FLAGS (\\Seen))\n"
                                              "S: $t OK fetched\n"
                                              "C: $t SELECT INBOX\n"
                                              "S: * 2 EXISTS\n"
                                              "S: * OK [UIDVALIDITY 7] ok\n"
                                              "S: * OK [UIDNEXT 3] ok\n"
                                              "S: $t OK [READ-WRITE] selected\n"
                                              "C: $t UID SEARCH UNSEEN\n"
                                              "S: * SEARCH 2\n"
                                              "S: $t OK searched\n"
                                              "C: $t ") +
                               fetchLine(3) +
                               QStringLiteral("\n"
                                              "S: * 2 FETCH (UID 2 FLAGS ())\n"
                                              "S: $t OK fetched\n"
                                              "C: $i IDLE\n"
                                              "S: + idling\n"
                                              "S: * STATUS Lists (MESSAGES 2 UIDNEXT 3 UNSEEN 1)\n"
                                              "C: DONE\n"
                                              "S: $i OK idle done\n"
                                              "C: $t SELECT Lists\n"
                                              "S: * 2 EXISTS\n"
                                              "S: * OK [UIDVALIDITY 9] ok\n"
                                              "S: * OK [UIDNEXT 3] ok\n"
                                              "S: $t OK [READ-WRITE] selected\n"
                                              "C: $t UID SEARCH UNSEEN\n"
                                              "S: * SEARCH 2\n"
                                              "S: $t OK searched\n"
                                              "C: $t ") +
                               fetchLine(2) + QStringLiteral("\n") + envelope(2, "to the list") +
                               QStringLiteral("S: $t OK fetched\n"
                                              "C: $t SELECT INBOX\n"
                                              "S: * 2 EXISTS\n"
                                              "S: * OK [UIDVALIDITY 7] ok\n"
                                              "S: * OK [UIDNEXT 3] ok\n"
                                              "S: $t OK [READ-WRITE] selected\n"
                                              "C: $t UID SEARCH UNSEEN\n"
                                              "S: * SEARCH 2\n"
                                              "S: $t OK searched\n"
                                              "C: $t ") +
                               fetchLine(3) +
                               QStringLiteral("\n"
                                              "S: * 2 FETCH (UID 2 FLAGS ())\n"
                                              "S: $t OK fetched\n"
                                              "C: $i IDLE\n"
                                              "S: + idling\n"
                                              "S: * 3 EXISTS\n"
                                              "C: DONE\n"
                                              "S: $i OK idle done\n"
                                              "C: $t ") +
                               fetchLine(3) + QStringLiteral("\n") + envelope(3, "to the inbox") +
                               QStringLiteral("S: $t OK fetched\n"
                                              "C: $i IDLE\n"
                                              "S: + idling\n"
                                              "S: * STATUS Lists (MESSAGES 2 UIDNEXT 3 UNSEEN 1)\n"
                                              "HANG\n");
        QVERIFY2(server.setScript(script), qPrintable(server.errorString()));
        QVERIFY(server.listen());
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        int sessions = 0;
        NotifyAccountWatcher watcher(accountId, {QStringLiteral("Lists"), QStringLiteral("INBOX")},
                                     factory(account(server.port()), &sessions), &tracker,
                                     &counter);
        QCOMPARE(watcher.homeFolder(), inbox);
        QSignalSpy newMail(&watcher, &NotifyAccountWatcher::newMail);
        QSignalSpy unavailable(&watcher, &NotifyAccountWatcher::notifyUnavailable);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(uids(newMail, inbox), QList<quint32>{3}, 10000);
        QCOMPARE(uids(newMail, lists), QList<quint32>{2});
        QCOMPARE(newMail.first().at(1).value<QList<FetchedMessage>>().first().subject,
                 QStringLiteral("to the list"));
        QCOMPARE(watcher.state(), MailWatcher::State::Idling);
        // The repeated STATUS must not start another visit: the script ends with it, and any
        // further command would be reported as data after the end of the script.
        QTRY_VERIFY_WITH_TIMEOUT(server.finished() || server.failed(), 5000);
        QTest::qWait(200);
        QVERIFY2(!server.failed(), qPrintable(server.errorString()));
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(sessions, 1);
        QCOMPARE(unavailable.count(), 0);
        QCOMPARE(counter.unread(inbox), 2);
        QCOMPARE(counter.unread(lists), 1);
        QCOMPARE(newMail.count(), 2);
        QCOMPARE(tracker.state(lists).highestHandledUid, 2u);
        QCOMPARE(tracker.state(inbox).highestHandledUid, 3u);
    }

    // A watched folder that does not exist is reported and left out; the others go on.
    void missingFolderIsLeftOut()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(
            login("IMAP4rev1 IDLE NOTIFY") +
            QStringLiteral("C: $t NOTIFY SET (SELECTED (MessageNew MessageExpunge FlagChange)) "
                           "(MAILBOXES (INBOX Gone) (MessageNew MessageExpunge FlagChange))\n"
                           "S: $t OK NOTIFY done\n"
                           "C: $t SELECT Gone\n"
                           "S: $t NO [NONEXISTENT] no such mailbox\n"
                           "C: $t SELECT INBOX\n"
                           "S: * 0 EXISTS\n"
                           "S: * OK [UIDVALIDITY 7] ok\n"
                           "S: * OK [UIDNEXT 1] ok\n"
                           "S: $t OK [READ-WRITE] selected\n"
                           "C: $t UID SEARCH UNSEEN\n"
                           "S: * SEARCH\n"
                           "S: $t OK searched\n"
                           "C: $t ") +
            fetchLine(1) +
            QStringLiteral("\n"
                           "S: $t OK fetched\n"
                           "C: $i IDLE\n"
                           "S: + idling\n"
                           "S: * STATUS Gone (MESSAGES 1 UIDNEXT 2)\n"
                           "HANG\n")));
        QVERIFY(server.listen());
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        int sessions = 0;
        const FolderKey gone{accountId, QStringLiteral("Gone")};
        NotifyAccountWatcher watcher(accountId, {QStringLiteral("INBOX"), QStringLiteral("Gone")},
                                     factory(account(server.port()), &sessions), &tracker,
                                     &counter);
        QSignalSpy missing(&watcher, &NotifyAccountWatcher::folderMissing);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), MailWatcher::State::Idling, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(server.finished() || server.failed(), 5000);
        QTest::qWait(200); // a STATUS about the left-out folder starts nothing
        QVERIFY2(!server.failed(), qPrintable(server.errorString()));
        QCOMPARE(missing.count(), 1);
        QCOMPARE(missing.first().first().value<FolderKey>(), gone);
        QCOMPARE(watcher.missingFolders(), QList<FolderKey>{gone});
        QCOMPARE(watcher.folders(), QList<FolderKey>{inbox});
        QVERIFY(!tracker.knows(gone));
        QCOMPARE(sessions, 1);
    }

    void fallsBackWithoutNotify()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(login("IMAP4rev1 IDLE")));
        QVERIFY(server.listen());
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        int sessions = 0;
        NotifyAccountWatcher watcher(accountId, {QStringLiteral("INBOX"), QStringLiteral("Lists")},
                                     factory(account(server.port()), &sessions), &tracker,
                                     &counter);
        QSignalSpy unavailable(&watcher, &NotifyAccountWatcher::notifyUnavailable);
        watcher.start();
        QVERIFY(unavailable.wait(10000));
        QCOMPARE(watcher.state(), MailWatcher::State::Stopped);
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
        QTest::qWait(100);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(sessions, 1);
        QVERIFY(!tracker.knows(inbox)); // nothing was looked at on this connection
    }

    void fallsBackWhenNotifyIsRefused()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(login("IMAP4rev1 IDLE NOTIFY") + notifyLine() +
                                 QStringLiteral("S: $t NO [BADEVENT (MessageNew MessageExpunge)] "
                                                "not here\n")));
        QVERIFY(server.listen());
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        int sessions = 0;
        NotifyAccountWatcher watcher(accountId, {QStringLiteral("INBOX"), QStringLiteral("Lists")},
                                     factory(account(server.port()), &sessions), &tracker,
                                     &counter);
        QSignalSpy unavailable(&watcher, &NotifyAccountWatcher::notifyUnavailable);
        watcher.start();
        QVERIFY(unavailable.wait(10000));
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
        QCOMPARE(watcher.state(), MailWatcher::State::Stopped);
        QCOMPARE(sessions, 1);
    }
};

QTEST_GUILESS_MAIN(TestNotifyWatcher)
#include "tst_notifywatcher.moc"
