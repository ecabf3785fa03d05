#include "notifier/NewMailTracker.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Notifier;
using Verdict = NewMailTracker::Verdict;
using OpenResult = NewMailTracker::OpenResult;

class TestNewMailTracker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    const FolderKey inbox{QStringLiteral("acc1"), QStringLiteral("INBOX")};
    const FolderKey lists{QStringLiteral("acc1"), QStringLiteral("Lists")};

    static ArrivedMessage message(quint32 uid, bool seen = false, quint64 gm = 0,
                                  const QString &messageId = QString())
    {
        ArrivedMessage m;
        m.uid = uid;
        m.seen = seen;
        m.gmailMessageId = gm;
        m.messageId = messageId;
        return m;
    }

private Q_SLOTS:
    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("state.json"));
        QFile::remove(m_file);
    }

    void firstSightAnnouncesNothingOld()
    {
        NewMailTracker tracker(m_file);
        QVERIFY(tracker.load());
        QCOMPARE(tracker.openFolder(inbox, 7, 101), OpenResult::FirstSight);
        QCOMPARE(tracker.state(inbox).highestHandledUid, 100u);
        QCOMPARE(tracker.consider(inbox, message(50)), Verdict::Old);
        QCOMPARE(tracker.consider(inbox, message(100)), Verdict::Old);
        QCOMPARE(tracker.consider(inbox, message(101)), Verdict::New);
        QCOMPARE(tracker.consider(inbox, message(101)), Verdict::Old); // handled now
    }

    void restartNeverReannounces()
    {
        {
            NewMailTracker tracker(m_file);
            tracker.load();
            tracker.openFolder(inbox, 7, 101);
            QCOMPARE(tracker.consider(inbox, {message(101), message(102)}),
                     QList<Verdict>({Verdict::New, Verdict::New}));
        }
        NewMailTracker tracker(m_file);
        QVERIFY(tracker.load());
        // Reconnect: the server's UIDNEXT moved on while we were away.
        QCOMPARE(tracker.openFolder(inbox, 7, 105), OpenResult::Continued);
        QCOMPARE(tracker.state(inbox).highestHandledUid, 102u);
        QCOMPARE(tracker.consider(inbox, {message(101), message(102), message(103), message(104)}),
                 QList<Verdict>({Verdict::Old, Verdict::Old, Verdict::New, Verdict::New}));
    }

    void uidValidityChangeRebaselinesSilently()
    {
        NewMailTracker tracker(m_file);
        tracker.load();
        tracker.openFolder(inbox, 7, 101);
        tracker.consider(inbox, message(101));
        // Folder recreated: 500 messages with new UIDs, none of them new mail.
        QCOMPARE(tracker.openFolder(inbox, 8, 501), OpenResult::Rebaselined);
        QList<ArrivedMessage> all;
        for (quint32 uid = 1; uid <= 500; ++uid)
            all.append(message(uid));
        const QList<Verdict> verdicts = tracker.consider(inbox, all);
        QVERIFY(std::all_of(verdicts.begin(), verdicts.end(),
                            [](Verdict v) { return v == Verdict::Old; }));
        QCOMPARE(tracker.consider(inbox, message(501)), Verdict::New);
    }

    void seenOnArrivalIsNotAnnounced()
    {
        NewMailTracker tracker(m_file);
        tracker.load();
        tracker.openFolder(inbox, 1, 10);
        QCOMPARE(tracker.consider(inbox, message(10, true)), Verdict::AlreadySeen);
        QCOMPARE(tracker.state(inbox).highestHandledUid, 10u);
        QCOMPARE(tracker.consider(inbox, message(10, false)), Verdict::Old);
    }

    void sameMessageInTwoFolders_data()
    {
        QTest::addColumn<quint64>("gm");
        QTest::addColumn<QString>("id1");
        QTest::addColumn<QString>("id2");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("x-gm-msgid") << quint64(1278455344230334865ull) << ""
                                    << "" << true;
        QTest::newRow("message-id") << quint64(0) << "<a@b>"
                                    << "<a@b>" << true;
        QTest::newRow("message-id spacing") << quint64(0) << "<a@b>"
                                            << " <a@b> " << true;
        QTest::newRow("different ids") << quint64(0) << "<a@b>"
                                       << "<c@d>" << false;
        QTest::newRow("no ids at all") << quint64(0) << ""
                                       << "" << false;
    }

    void sameMessageInTwoFolders()
    {
        QFETCH(quint64, gm);
        QFETCH(QString, id1);
        QFETCH(QString, id2);
        QFETCH(bool, duplicate);
        NewMailTracker tracker(m_file);
        tracker.load();
        tracker.openFolder(inbox, 1, 10);
        tracker.openFolder(lists, 1, 20);
        QCOMPARE(tracker.consider(inbox, message(10, false, gm, id1)), Verdict::New);
        QCOMPARE(tracker.consider(lists, message(20, false, gm, id2)),
                 duplicate ? Verdict::Duplicate : Verdict::New);
        // Another account is another mailbox: not deduplicated against this one.
        const FolderKey other{QStringLiteral("acc2"), QStringLiteral("INBOX")};
        tracker.openFolder(other, 1, 5);
        QCOMPARE(tracker.consider(other, message(5, false, gm, id1)), Verdict::New);
    }

    void dedupeSurvivesRestart()
    {
        {
            NewMailTracker tracker(m_file);
            tracker.load();
            tracker.openFolder(inbox, 1, 10);
            tracker.openFolder(lists, 1, 20);
            tracker.consider(inbox, message(10, false, 42));
        }
        NewMailTracker tracker(m_file);
        QVERIFY(tracker.load());
        QCOMPARE(tracker.consider(lists, message(20, false, 42)), Verdict::Duplicate);
    }

    void dedupeMemoryIsBounded()
    {
        NewMailTracker tracker(m_file);
        tracker.load();
        tracker.openFolder(inbox, 1, 1);
        QList<ArrivedMessage> many;
        for (quint32 i = 1; i <= NewMailTracker::MaxDedupeKeysPerAccount + 10; ++i)
            many.append(message(i, false, i));
        tracker.consider(inbox, many);
        tracker.openFolder(lists, 1, 1);
        QCOMPARE(tracker.consider(lists, message(1, false, 1)), Verdict::New); // forgotten
        QCOMPARE(tracker.consider(lists, message(2, false, 999)), Verdict::Duplicate);
    }

    void notOpenedMeansNothingNew()
    {
        NewMailTracker tracker(m_file);
        tracker.load();
        QCOMPARE(tracker.consider(inbox, message(1)), Verdict::Old);
    }

    void serverGoingBackwardsAnnouncesNothing()
    {
        NewMailTracker tracker(m_file);
        tracker.load();
        tracker.openFolder(inbox, 3, 101);
        QCOMPARE(tracker.openFolder(inbox, 3, 51), OpenResult::Continued);
        QCOMPARE(tracker.state(inbox).highestHandledUid, 50u);
    }

    void modSeqIsPersistedExactly()
    {
        const quint64 big = 9007199254740993ull; // not representable as a double
        {
            NewMailTracker tracker(m_file);
            tracker.load();
            tracker.openFolder(inbox, 3, 101, 5);
            tracker.setHighestModSeq(inbox, big);
        }
        NewMailTracker tracker(m_file);
        QVERIFY(tracker.load());
        QCOMPARE(tracker.state(inbox).highestModSeq, big);
    }

    void damagedStateIsReportedAndSafe()
    {
        {
            NewMailTracker tracker(m_file);
            tracker.load();
            tracker.openFolder(inbox, 3, 101);
        }
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"version\":1,\"folders\":[{\"acc");
        file.close();
        NewMailTracker tracker(m_file);
        QVERIFY(!tracker.load());
        QVERIFY(!tracker.errorString().isEmpty());
        // Without state the folder is baselined again: nothing old becomes new.
        QCOMPARE(tracker.openFolder(inbox, 3, 150), OpenResult::FirstSight);
        QCOMPARE(tracker.consider(inbox, message(120)), Verdict::Old);
    }

    void forgetAccount()
    {
        NewMailTracker tracker(m_file);
        tracker.load();
        tracker.openFolder(inbox, 3, 101);
        tracker.forgetAccount(inbox.accountId);
        QVERIFY(!tracker.knows(inbox));
        NewMailTracker reloaded(m_file);
        reloaded.load();
        QVERIFY(!reloaded.knows(inbox));
    }
};

QTEST_GUILESS_MAIN(TestNewMailTracker)
#include "tst_newmailtracker.moc"
