#include "notifier/NotificationRules.h"

#include <QtTest/QTest>

using namespace Notifier;

class TestNotificationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void senderPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "alice@example.org"
                               << "alice@example.org" << true;
        QTest::newRow("case") << "Alice@Example.ORG"
                              << "alice@example.org" << true;
        QTest::newRow("other") << "alice@example.org"
                               << "bob@example.org" << false;
        QTest::newRow("domain") << "@example.org"
                                << "bob@example.org" << true;
        QTest::newRow("domain suffix trick") << "@example.org"
                                             << "bob@notexample.org" << false;
        QTest::newRow("empty pattern") << ""
                                       << "bob@example.org" << false;
        QTest::newRow("empty address") << "@example.org"
                                       << "" << false;
    }

    void senderPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, address);
        QFETCH(bool, matches);
        QCOMPARE(NotificationRules::senderMatches({pattern}, address), matches);
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<bool>("notifies");
        QTest::newRow("plain") << "" << QTime(12, 0) << "x@y.org" << true;
        QTest::newRow("quiet evening") << "quiet" << QTime(23, 0) << "x@y.org" << false;
        QTest::newRow("quiet after midnight") << "quiet" << QTime(3, 0) << "x@y.org" << false;
        QTest::newRow("quiet ends") << "quiet" << QTime(7, 0) << "x@y.org" << true;
        QTest::newRow("quiet noon") << "quiet" << QTime(12, 0) << "x@y.org" << true;
        QTest::newRow("vip in quiet hours") << "quiet" << QTime(23, 0) << "boss@y.org" << true;
        QTest::newRow("dnd") << "dnd" << QTime(12, 0) << "x@y.org" << false;
        QTest::newRow("vip in dnd") << "dnd" << QTime(12, 0) << "boss@y.org" << true;
        QTest::newRow("ignored") << "" << QTime(12, 0) << "spam@y.org" << false;
        QTest::newRow("ignored even if vip") << "" << QTime(12, 0) << "spam@y.org" << false;
        QTest::newRow("muted account") << "mute" << QTime(12, 0) << "x@y.org" << false;
        QTest::newRow("vip in muted account") << "mute" << QTime(12, 0) << "boss@y.org" << true;
        QTest::newRow("muted folder") << "mutefolder" << QTime(12, 0) << "x@y.org" << false;
        QTest::newRow("dnd expired") << "dndpast" << QTime(12, 0) << "x@y.org" << true;
    }

    void decisions()
    {
        QFETCH(QString, setup);
        QFETCH(QTime, time);
        QFETCH(QString, sender);
        QFETCH(bool, notifies);

        const QDateTime now(QDate(2026, 3, 4), time, Qt::LocalTime);
        GlobalRules global;
        AccountRules account;
        account.vipSenders = {QStringLiteral("boss@y.org"), QStringLiteral("spam@y.org")};
        account.ignoredSenders = {QStringLiteral("spam@y.org")};
        if (setup == QLatin1String("quiet"))
            global.quietHoursEnabled = true; // 22:00 to 07:00 by default
        if (setup == QLatin1String("dnd"))
            global.doNotDisturbUntil = now.addSecs(60);
        if (setup == QLatin1String("dndpast"))
            global.doNotDisturbUntil = now.addSecs(-60);
        if (setup == QLatin1String("mute"))
            account.muted = true;
        if (setup == QLatin1String("mutefolder"))
            account.mutedFolders = {QStringLiteral("INBOX")};

        const RuleInput input{QStringLiteral("INBOX"), sender, QStringLiteral("Hello")};
        const RuleDecision decision = NotificationRules::evaluate(global, account, input, now);
        QCOMPARE(decision.verdict == RuleDecision::Notify, notifies);
        QVERIFY(!decision.reason.isEmpty());
    }

    void subjectWordsAndSound()
    {
        GlobalRules global;
        AccountRules account;
        account.ignoredSubjectWords = {QStringLiteral("[SPAM]")};
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(NotificationRules::evaluate(global, account,
                                             {QStringLiteral("INBOX"), QStringLiteral("a@b.c"),
                                              QStringLiteral("re: [spam] buy")},
                                             now)
                     .verdict,
                 RuleDecision::Suppress);
        RuleDecision decision = NotificationRules::evaluate(
            global, account,
            {QStringLiteral("INBOX"), QStringLiteral("a@b.c"), QStringLiteral("hi")}, now);
        QVERIFY(!decision.playSound);
        account.sound = true;
        decision = NotificationRules::evaluate(
            global, account,
            {QStringLiteral("INBOX"), QStringLiteral("a@b.c"), QStringLiteral("hi")}, now);
        QVERIFY(decision.playSound);
    }

    void emptyQuietSpanIsNeverQuiet()
    {
        GlobalRules global;
        global.quietHoursEnabled = true;
        global.quietFrom = QTime(8, 0);
        global.quietUntil = QTime(8, 0);
        QVERIFY(!NotificationRules::inQuietHours(global, QTime(8, 0)));
    }
};

QTEST_GUILESS_MAIN(TestNotificationRules)
#include "tst_notificationrules.moc"
