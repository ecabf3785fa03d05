#include "notifier/UnreadCounter.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

class TestUnreadCounter : public QObject
{
    Q_OBJECT

    const FolderKey inbox{QStringLiteral("a"), QStringLiteral("INBOX")};
    const FolderKey lists{QStringLiteral("a"), QStringLiteral("Lists")};
    const FolderKey other{QStringLiteral("b"), QStringLiteral("INBOX")};

private Q_SLOTS:
    void countsFromPushes()
    {
        UnreadCounter counter;
        QSignalSpy total(&counter, &UnreadCounter::totalUnreadChanged);
        QSignalSpy account(&counter, &UnreadCounter::accountUnreadChanged);
        counter.setUnreadUids(inbox, {1, 2, 3});
        counter.setUnreadUids(lists, {7});
        counter.setUnreadCount(other, 10);
        QCOMPARE(counter.unread(inbox), 3);
        QCOMPARE(counter.unreadForAccount(QStringLiteral("a")), 4);
        QCOMPARE(counter.totalUnread(), 14);
        counter.messageArrived(inbox, 4, false);
        counter.messageArrived(inbox, 5, true); // read on arrival: no change
        QCOMPARE(counter.unread(inbox), 4);
        counter.flagsChanged(inbox, 1, true);
        counter.flagsChanged(inbox, 1, true); // repeated push: no double count
        counter.expunged(inbox, 2);
        counter.expunged(inbox, 99); // unknown or read: no change
        QCOMPARE(counter.unread(inbox), 2);
        counter.flagsChanged(inbox, 1, false); // marked unread again
        QCOMPARE(counter.unread(inbox), 3);
        QCOMPARE(counter.totalUnread(), 3 + 1 + 10);
        QCOMPARE(total.last().first().toInt(), 14);
        QCOMPARE(account.last().first().toString(), QStringLiteral("a"));
        QCOMPARE(account.last().at(1).toInt(), 4);
        counter.removeAccount(QStringLiteral("a"));
        QCOMPARE(counter.totalUnread(), 10);
    }

    void readElsewhereWithdrawsNotification()
    {
        UnreadCounter counter;
        QSignalSpy withdrawn(&counter, &UnreadCounter::readElsewhere);
        counter.setUnreadUids(inbox, {});
        counter.messageArrived(inbox, 10, false);
        counter.messageArrived(inbox, 11, false);
        counter.messageArrived(inbox, 12, false);
        counter.trackNotification({inbox, 10});
        counter.trackNotification({inbox, 11});
        counter.trackNotification({inbox, 12});
        counter.flagsChanged(inbox, 10, true);
        QCOMPARE(withdrawn.count(), 1);
        QCOMPARE(withdrawn.last().first().value<MessageKey>(), (MessageKey{inbox, 10}));
        counter.expunged(inbox, 11);
        QCOMPARE(withdrawn.count(), 2);
        counter.flagsChanged(inbox, 10, true); // already withdrawn
        QCOMPARE(withdrawn.count(), 2);
        // After a reconnect, the full list says 12 is read too.
        counter.setUnreadUids(inbox, {});
        QCOMPARE(withdrawn.count(), 3);
        QCOMPARE(counter.unread(inbox), 0);
    }

    void pollingFolderKeepsNumber()
    {
        UnreadCounter counter;
        counter.setUnreadCount(inbox, 5);
        counter.messageArrived(inbox, 1, false);
        QCOMPARE(counter.unread(inbox), 6);
        counter.setUnreadCount(inbox, -3); // hostile or broken answer
        QCOMPARE(counter.unread(inbox), 0);
        counter.setUnreadUids(inbox, {4, 5});
        QCOMPARE(counter.unread(inbox), 2);
    }
};

QTEST_GUILESS_MAIN(TestUnreadCounter)
#include "tst_unreadcounter.moc"
