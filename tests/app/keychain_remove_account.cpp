// keychain_remove_account: removing an account in Settings also deletes its password from the
// real Secret Service (gnome-keyring on the private session bus of scripts/lib/session.sh).
#include "app/AppSettings.h"
#include "app/SettingsDialog.h"
#include "notifier/AccountStore.h"
#include "notifier/SecretStore.h"
#include "support/ServiceRequirement.h"
#include "ui_SettingsDialog.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>

class KeychainRemoveAccount : public QObject
{
    Q_OBJECT

    static Notifier::SecretReply::Error wait(Notifier::SecretReply *reply,
                                             QString *secret = nullptr)
    {
        QSignalSpy done(reply, &Notifier::SecretReply::finished);
        if (!reply->isFinished()) {
            done.wait(10000);
        }
        if (secret) {
            *secret = reply->secret();
        }
        reply->deleteLater();
        return reply->error();
    }

private Q_SLOTS:
    void removingTheAccountRemovesThePassword()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        QTemporaryDir dir;
        Notifier::AccountStore store(dir.filePath(QStringLiteral("accounts.conf")));
        store.load();
        Notifier::Account account;
        account.id = Notifier::Account::generateId();
        account.email = QStringLiteral("remove-me@example.org");
        account.server = QStringLiteral("imap.example.org");
        QVERIFY(store.addAccount(account));
        const QString service =
            QStringLiteral("lettertray-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        Notifier::SecretStore secrets(service);
        QCOMPARE(wait(secrets.write(account.id, Notifier::SecretStore::Kind::Password,
                                    QStringLiteral("pw"))),
                 Notifier::SecretReply::Error::NoError);
        QString secret;
        QCOMPARE(wait(secrets.read(account.id, Notifier::SecretStore::Kind::Password), &secret),
                 Notifier::SecretReply::Error::NoError);
        QCOMPARE(secret, QStringLiteral("pw"));

        App::AppSettings settings(dir.path());
        App::SettingsDialog dialog(&store, &secrets, &settings);
        dialog.show();
        dialog.ui()->accountsList->setCurrentRow(0);
        QTest::mouseClick(dialog.ui()->removeAccountButton, Qt::LeftButton);
        QVERIFY(store.accounts().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            wait(secrets.read(account.id, Notifier::SecretStore::Kind::Password)),
            Notifier::SecretReply::Error::NotFound, 10000);
        QVERIFY(dialog.errorText().isEmpty());
    }
};

QTEST_MAIN(KeychainRemoveAccount)
#include "keychain_remove_account.moc"
