// tst_languageswitch: choosing another language in Settings changes the running program at
// once, without a restart: the tray menu and its tooltip, the message list (actions, window
// title, the model's column titles), the fallback window and the settings dialog itself.
// The test types into the language box as a user would and checks before any further turn of
// the event loop.
#include "app/AppSettings.h"
#include "app/Application.h"
#include "app/FallbackWindow.h"
#include "app/MessageListWindow.h"
#include "app/SettingsDialog.h"
#include "app/Translations.h"
#include "notifier/MessageListModel.h"
#include "ui_SettingsDialog.h"

#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QMenu>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

using Notifier::MessageListModel;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList menuTexts(const QMenu *menu)
    {
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator()) {
                texts.append(action->text());
            }
        }
        return texts;
    }

    static QString header(const App::MessageListWindow *window, int column)
    {
        return window->view()->model()->headerData(column, Qt::Horizontal).toString();
    }

    static void choose(QComboBox *combo, const QString &languageName)
    {
        // A closed combo box selects by typing the start of an entry's text; what was typed
        // before counts as a new word only after the keyboard input interval, as for a user
        // who pauses between the two choices.
        combo->setFocus(Qt::TabFocusReason);
        QTest::qWait(QApplication::keyboardInputInterval() + 100);
        QTest::keyClicks(combo, languageName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The application's settings and accounts live here, never in the user's files.
        qputenv("LETTERTRAY_CONFIG_DIR", m_dir.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    }

    void settingsSwitchTheRunningProgram()
    {
        App::LaunchOptions options;
        options.minimized = true;
        options.language = QStringLiteral("en");
        App::Application app(options);
        app.start();
        app.showMessageList();
        app.showSettings();
        App::SettingsDialog *settings = app.settingsDialog();
        App::MessageListWindow *list = app.messageList();
        QVERIFY(settings && list);
        App::TrayController *tray = app.tray();
        QVERIFY(menuTexts(tray->menu()).contains(QStringLiteral("&Quit")));
        QCOMPARE(header(list, MessageListModel::SubjectColumn), QStringLiteral("Subject"));
        QCOMPARE(settings->ui()->tabs->tabText(
                     settings->ui()->tabs->indexOf(settings->ui()->generalTab)),
                 QStringLiteral("General"));

        settings->ui()->tabs->setCurrentWidget(settings->ui()->generalTab);
        choose(settings->ui()->languageCombo, QStringLiteral("Deutsch"));
        QCOMPARE(settings->ui()->languageCombo->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(app.settings()->language(), QStringLiteral("de"));

        // Tray menu and tooltip.
        const QStringList german = menuTexts(tray->menu());
        QVERIFY2(german.contains(QStringLiteral("&Beenden")), qPrintable(german.join(u'|')));
        QVERIFY(german.contains(QStringLiteral("&Jetzt abrufen")));
        QVERIFY(german.contains(QStringLiteral("Nachrichten&liste")));
        QVERIFY(german.contains(QStringLiteral("Noch keine Konten")));
        QVERIFY(!german.contains(QStringLiteral("&Quit")));
        QVERIFY2(tray->toolTip().contains(QStringLiteral("Noch keine Konten")),
                 qPrintable(tray->toolTip()));
        // The message list: column titles from the model, actions, title.
        QCOMPARE(header(list, MessageListModel::SubjectColumn), QStringLiteral("Betreff"));
        QCOMPARE(header(list, MessageListModel::FromColumn), QStringLiteral("Von"));
        QCOMPARE(list->markReadAction()->text(), QStringLiteral("Als &gelesen markieren"));
        QCOMPARE(list->windowTitle(), QStringLiteral("Neue E-Mails"));
        // The settings dialog's own form and the entry it fills in itself.
        QCOMPARE(settings->ui()->tabs->tabText(
                     settings->ui()->tabs->indexOf(settings->ui()->generalTab)),
                 QStringLiteral("Allgemein"));
        QCOMPARE(settings->ui()->languageCombo->itemText(0), QStringLiteral("Systemsprache"));
        // Where there is no tray (offscreen), the fallback window speaks German too.
        if (App::FallbackWindow *fallback = app.fallbackWindow()) {
            QVERIFY2(fallback->summaryText().contains(QStringLiteral("Noch keine Konten")),
                     qPrintable(fallback->summaryText()));
        }

        // And back: "E" passes Español on the way to English, as it would for a user.
        choose(settings->ui()->languageCombo, QStringLiteral("English"));
        QCOMPARE(settings->ui()->languageCombo->currentData().toString(), QStringLiteral("en"));
        QVERIFY(menuTexts(tray->menu()).contains(QStringLiteral("&Quit")));
        QVERIFY(tray->toolTip().contains(QStringLiteral("No accounts yet")));
        QCOMPARE(header(list, MessageListModel::SubjectColumn), QStringLiteral("Subject"));
        QCOMPARE(list->markReadAction()->text(), QStringLiteral("Mark as &Read"));
        QCOMPARE(settings->ui()->tabs->tabText(
                     settings->ui()->tabs->indexOf(settings->ui()->generalTab)),
                 QStringLiteral("General"));
        QCOMPARE(settings->ui()->languageCombo->itemText(0), QStringLiteral("System language"));
    }

    // The language saved in Settings is the one the next start uses (unless --language).
    void savedLanguageIsUsedAtStart()
    {
        {
            App::AppSettings saved(m_dir.path());
            saved.setLanguage(QStringLiteral("fr"));
            saved.sync();
        }
        App::LaunchOptions options;
        options.minimized = true;
        App::Application app(options);
        app.start();
        QVERIFY2(menuTexts(app.tray()->menu()).contains(QStringLiteral("&Quitter")),
                 qPrintable(menuTexts(app.tray()->menu()).join(u'|')));
        App::Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(menuTexts(app.tray()->menu()).contains(QStringLiteral("&Quit")));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
