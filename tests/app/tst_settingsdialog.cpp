#include "app/AppSettings.h"
#include "app/Autostart.h"
#include "app/SettingsDialog.h"
#include "notifier/AccountStore.h"
#include "notifier/SecretStore.h"
#include "ui_SettingsDialog.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>

using App::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Notifier::Account sample(const QString &email)
    {
        Notifier::Account account;
        account.id = Notifier::Account::generateId();
        account.email = email;
        account.displayName = email;
        account.server = QStringLiteral("imap.example.org");
        return account;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Autostart entries go to this test's own XDG config directory.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
    }

    void autostartToggleWritesAndRemovesTheEntry()
    {
        Notifier::AccountStore store(m_dir.filePath(QStringLiteral("a1/accounts.conf")));
        store.load();
        Notifier::SecretStore secrets(QStringLiteral("lettertray-test-settings"));
        App::AppSettings settings(m_dir.filePath(QStringLiteral("a1")));
        SettingsDialog dialog(&store, &secrets, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = App::Autostart::entryPath();
        QVERIFY(path.startsWith(m_dir.path()));
        QVERIFY(!QFile::exists(path));
        dialog.ui()->tabs->setCurrentWidget(dialog.ui()->generalTab);
        QTest::mouseClick(dialog.ui()->startOnLoginCheck, Qt::LeftButton, {},
                          QPoint(8, dialog.ui()->startOnLoginCheck->height() / 2));
        QVERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray entry = file.readAll();
        QVERIFY(entry.contains("Exec=lettertray --minimized"));
        QVERIFY(entry.contains("Icon=io.github.lettertray.Lettertray"));
        QTest::mouseClick(dialog.ui()->startOnLoginCheck, Qt::LeftButton, {},
                          QPoint(8, dialog.ui()->startOnLoginCheck->height() / 2));
        QVERIFY(!QFile::exists(path));
    }

    void preferencesArePersisted()
    {
        const QString dir = m_dir.filePath(QStringLiteral("a2"));
        Notifier::AccountStore store(dir + QStringLiteral("/accounts.conf"));
        store.load();
        Notifier::SecretStore secrets(QStringLiteral("lettertray-test-settings"));
        {
            App::AppSettings settings(dir);
            SettingsDialog dialog(&store, &secrets, &settings);
            QSignalSpy tone(&dialog, &SettingsDialog::trayStyleChanged);
            dialog.ui()->trayStyleCombo->setCurrentIndex(1);
            dialog.ui()->styleCombo->setCurrentIndex(1);
            dialog.ui()->previewCheck->setChecked(false);
            dialog.ui()->intervalSpin->setValue(15);
            dialog.ui()->quietHoursCheck->setChecked(true);
            dialog.ui()->quietFromEdit->setTime(QTime(21, 30));
            QCOMPARE(tone.count(), 1);
            QVERIFY(dialog.errorText().isEmpty());
        }
        App::AppSettings reread(dir);
        QCOMPARE(reread.trayTone(), App::PanelTone::Light);
        QCOMPARE(reread.notificationStyle(), App::AppSettings::NotificationStyle::Summary);
        QCOMPARE(reread.showPreview(), false);
        QCOMPARE(reread.checkIntervalMinutes(), 15);
        Notifier::AccountStore again(dir + QStringLiteral("/accounts.conf"));
        QCOMPARE(again.load(), Notifier::AccountStore::LoadStatus::Ok);
        QVERIFY(again.globalRules().quietHoursEnabled);
        QCOMPARE(again.globalRules().quietFrom, QTime(21, 30));
    }

    void accountsAreAddedEditedAndRemoved()
    {
        const QString dir = m_dir.filePath(QStringLiteral("a3"));
        Notifier::AccountStore store(dir + QStringLiteral("/accounts.conf"));
        store.load();
        Notifier::SecretStore secrets(QStringLiteral("lettertray-test-settings"));
        App::AppSettings settings(dir);
        SettingsDialog dialog(&store, &secrets, &settings);
        int calls = 0;
        dialog.editAccountHook = [&](const Notifier::Account *existing) {
            ++calls;
            if (existing) {
                Notifier::Account changed = *existing;
                changed.displayName = QStringLiteral("Renamed");
                return store.updateAccount(changed);
            }
            return store.addAccount(sample(QStringLiteral("new@example.org")));
        };
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &SettingsDialog::accountsChanged);
        QVERIFY(!dialog.ui()->removeAccountButton->isEnabled());
        QTest::mouseClick(dialog.ui()->addAccountButton, Qt::LeftButton);
        QCOMPARE(dialog.ui()->accountsList->count(), 1);
        QCOMPARE(store.accounts().size(), 1);
        dialog.ui()->accountsList->setCurrentRow(0);
        QTest::mouseClick(dialog.ui()->editAccountButton, Qt::LeftButton);
        QVERIFY(dialog.ui()->accountsList->item(0)->text().contains(QStringLiteral("Renamed")));
        QTest::mouseClick(dialog.ui()->removeAccountButton, Qt::LeftButton);
        QCOMPARE(dialog.ui()->accountsList->count(), 0);
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(calls, 2);
        QCOMPARE(changed.count(), 3);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
