#include "app/FallbackWindow.h"
#include "app/Translations.h"
#include "app/TrayController.h"

#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>

using App::AccountStatus;
using App::TrayController;

class TestTrayController : public QObject
{
    Q_OBJECT

    static QStringList menuTexts(QMenu *menu)
    {
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator()) {
                texts.append(action->text());
            }
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { App::Translations::install(qApp, QStringLiteral("en")); }

    void menuHasEveryEntry()
    {
        TrayController tray;
        const QStringList texts = menuTexts(tray.menu());
        for (const char *expected :
             {"&Check Now", "&Mark All as Read", "&Do Not Disturb", "Message &List", "&Settings…",
              "&About Lettertray", "&Quit", "No accounts yet"}) {
            QVERIFY2(texts.contains(QString::fromUtf8(expected)), expected);
        }
        QMenu *dnd = nullptr;
        for (QAction *action : tray.menu()->actions()) {
            if (action->menu() && action->text() == QStringLiteral("&Do Not Disturb")) {
                dnd = action->menu();
            }
        }
        QVERIFY(dnd);
        QCOMPARE(menuTexts(dnd),
                 (QStringList{QStringLiteral("For 1 &Hour"), QStringLiteral("Until &Tomorrow"),
                              QStringLiteral("&Off")}));
    }

    void actionsEmitRequests()
    {
        TrayController tray;
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        QSignalSpy list(&tray, &TrayController::messageListRequested);
        QSignalSpy hour(&tray, &TrayController::doNotDisturbForHourRequested);
        tray.quitAction()->trigger();
        tray.messageListAction()->trigger();
        tray.doNotDisturbHourAction()->trigger();
        QCOMPARE(quit.count(), 1);
        QCOMPARE(list.count(), 1);
        QCOMPARE(hour.count(), 1);
    }

    void accountsShapeIconTooltipAndMenu()
    {
        TrayController tray;
        QSignalSpy iconChanged(&tray, &TrayController::iconChanged);
        QVERIFY(!tray.markAllReadAction()->isEnabled());
        tray.setAccountStatuses({AccountStatus{QStringLiteral("alice@example.org"), 2, false, {}},
                                 AccountStatus{QStringLiteral("bob@example.net"), 1, false, {}}});
        QCOMPARE(tray.iconState().unreadCount, 3);
        QVERIFY(!tray.iconState().problem);
        QCOMPARE(iconChanged.count(), 1);
        QVERIFY(tray.markAllReadAction()->isEnabled());
        QVERIFY(tray.toolTip().contains(QStringLiteral("3 new messages")));
        QVERIFY(tray.toolTip().contains(QStringLiteral("alice@example.org: 2 new")));
        const QStringList texts = menuTexts(tray.menu());
        QVERIFY(texts.contains(QStringLiteral("alice@example.org — 2 new")));
        QVERIFY(texts.contains(QStringLiteral("bob@example.net — 1 new")));
        QVERIFY(!texts.contains(QStringLiteral("No accounts yet")));

        tray.setAccountStatuses({AccountStatus{QStringLiteral("alice@example.org"), 0, true,
                                               QStringLiteral("Authentication failed")}});
        QCOMPARE(tray.iconState().unreadCount, 0);
        QVERIFY(tray.iconState().problem);
        QVERIFY(tray.toolTip().contains(QStringLiteral("Authentication failed")));
        QVERIFY(
            menuTexts(tray.menu())
                .contains(QStringLiteral("alice@example.org — problem: Authentication failed")));
        QVERIFY(!menuTexts(tray.menu()).contains(QStringLiteral("bob@example.net — 1 new")));
    }

    void doNotDisturbShowsInIconAndTooltip()
    {
        TrayController tray;
        QVERIFY(!tray.doNotDisturbOffAction()->isEnabled());
        tray.setDoNotDisturbUntil(QDateTime::currentDateTime().addSecs(3600));
        QVERIFY(tray.iconState().doNotDisturb);
        QVERIFY(tray.doNotDisturbOffAction()->isEnabled());
        QVERIFY(tray.toolTip().contains(QStringLiteral("Do not disturb until")));
        tray.setDoNotDisturbUntil({});
        QVERIFY(!tray.iconState().doNotDisturb);
    }

    // Without a tray the fallback window carries the same summary and commands.
    void fallbackWindowMirrorsTheTray()
    {
        TrayController tray;
        App::FallbackWindow window(&tray);
        QSignalSpy list(&tray, &TrayController::messageListRequested);
        QCOMPARE(window.summaryText(), QStringLiteral("No accounts yet"));
        tray.setAccountStatuses({AccountStatus{QStringLiteral("carol@example.com"), 4, false, {}}});
        QCOMPARE(window.summaryText(), QStringLiteral("4 new messages"));
        const auto buttons = window.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == QStringLiteral("Message &List")) {
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }
        QCOMPARE(list.count(), 1);
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
