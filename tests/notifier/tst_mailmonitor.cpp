#include "support/DovecotFixture.h"

#include "notifier/AccountStore.h"
#include "notifier/ApplicationIdentity.h"
#include "notifier/DesktopNotifier.h"
#include "notifier/MailMonitor.h"
#include "notifier/MessageListModel.h"
#include "notifier/NewMailTracker.h"
#include "notifier/SecretStore.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QDirIterator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using TestSupport::DovecotFixture;
using TestSupport::ServiceRequirement;

// The whole notifier core over real services: Dovecot, gnome-keyring and the notification
// daemon of scripts/lib/session.sh.
class TestMailMonitor : public QObject
{
    Q_OBJECT

    DovecotFixture m_dovecot;

    static SecretReply *wait(SecretReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &SecretReply::finished);
            spy.wait(20000);
        }
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LETTERTRAY_REQUIRE(m_dovecot.status());
        LETTERTRAY_REQUIRE(ServiceRequirement::keyring());
        LETTERTRAY_REQUIRE(ServiceRequirement::notificationDaemon());
        qRegisterMetaType<MailNotice>();
    }

    void fullSession()
    {
        QTemporaryDir dir;
        const SettingsLocation location = SettingsLocation::custom(
            dir.path(), ApplicationIdentity::keychainService() + QStringLiteral(".Test.") +
                            QUuid::createUuid().toString(QUuid::Id128));
        const DovecotFixture::User user = m_dovecot.createUser(QStringLiteral("monitor"));
        QVERIFY2(!user.name.isEmpty(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.createMailbox(user.name, QStringLiteral("Work")));

        AccountStore accounts(location.accountsFile());
        QCOMPARE(accounts.load(), AccountStore::LoadStatus::Ok);
        Account account;
        account.id = Account::generateId();
        account.displayName = QStringLiteral("Test account");
        account.email = user.name + QStringLiteral("@example.org");
        account.userName = user.name;
        account.server = m_dovecot.host();
        account.port = m_dovecot.imapsPort();
        account.watchedFolders = {QStringLiteral("INBOX"), QStringLiteral("Work")};
        QVERIFY(accounts.addAccount(account));
        SecretStore secrets(location.keychainService());
        QCOMPARE(
            wait(secrets.write(account.id, SecretStore::Kind::Password, user.password))->error(),
            SecretReply::Error::NoError);

        {
            MailMonitor monitor(&accounts, &secrets, location);
            monitor.setCaCertificates(m_dovecot.caCertificates(), false);
            monitor.setSystemMonitorsEnabled(false);
            QSignalSpy announced(&monitor, &MailMonitor::newMailAnnounced);
            QSignalSpy shown(monitor.desktopNotifier(), &DesktopNotifier::shown);
            monitor.start();
            QTRY_COMPARE_WITH_TIMEOUT(monitor.accountState(account.id),
                                      MailMonitor::AccountState::Online, 15000);

            QVERIFY(m_dovecot.deliver(
                user.name, DovecotFixture::sampleMessage(QStringLiteral("Quarterly numbers"))));
            QVERIFY(m_dovecot.deliver(user.name,
                                      DovecotFixture::sampleMessage(QStringLiteral("Standup")),
                                      QStringLiteral("Work")));
            QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 2, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
            QCOMPARE(monitor.messages()->rowCount(), 2);
            QCOMPARE(monitor.unreadCounter()->unreadForAccount(account.id), 2);
            // Dovecot offers NOTIFY: both folders are watched on one connection.
            QByteArray who;
            QVERIFY(
                m_dovecot.doveadm({QStringLiteral("who"), QStringLiteral("-1"), user.name}, &who));
            QCOMPARE(who.count("imap"), 1);

            // "Mark as read" on the first notification: \Seen on the server, list and count.
            MessageKey inboxKey;
            for (const auto &args : announced) {
                const MailNotice notice = args.first().value<MailNotice>();
                if (notice.key.folder.mailbox == QLatin1String("INBOX"))
                    inboxKey = notice.key;
            }
            QVERIFY(inboxKey.uid != 0);
            monitor.performAction(inboxKey, NotificationAction::MarkAsRead);
            QTRY_COMPARE_WITH_TIMEOUT(monitor.unreadCounter()->unreadForAccount(account.id), 1,
                                      10000);
            QTRY_VERIFY(monitor.messages()
                            ->index(monitor.messages()->indexOf(inboxKey), 0)
                            .data(MessageListModel::SeenRole)
                            .toBool());
            QByteArray flags;
            QVERIFY(m_dovecot.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user.name,
                                       QStringLiteral("flags"), QStringLiteral("mailbox"),
                                       QStringLiteral("INBOX"), QStringLiteral("uid"),
                                       QString::number(inboxKey.uid)},
                                      &flags));
            QVERIFY2(flags.contains("\\Seen"), flags.constData());
        }

        // A restart announces nothing again.
        {
            MailMonitor monitor(&accounts, &secrets, location);
            monitor.setCaCertificates(m_dovecot.caCertificates(), false);
            monitor.setSystemMonitorsEnabled(false);
            QSignalSpy announced(&monitor, &MailMonitor::newMailAnnounced);
            monitor.start();
            QTRY_COMPARE_WITH_TIMEOUT(monitor.accountState(account.id),
                                      MailMonitor::AccountState::Online, 15000);
            QTest::qWait(300);
            QCOMPARE(announced.count(), 0);
            QCOMPARE(monitor.unreadCounter()->unreadForAccount(account.id), 1);

            // Removing the account forgets its state.
            QVERIFY(accounts.removeAccount(account.id));
            QCOMPARE(monitor.unreadCounter()->unreadForAccount(account.id), 0);
            QVERIFY(!monitor.tracker()->knows({account.id, QStringLiteral("INBOX")}));
        }
        wait(secrets.removeAccount(account.id));

        // Nothing secret in any file the notifier wrote.
        QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(user.password.toUtf8()), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 2); // accounts.ini and the tracker state
    }

    void missingSecretIsReported()
    {
        QTemporaryDir dir;
        const SettingsLocation location = SettingsLocation::custom(
            dir.path(), ApplicationIdentity::keychainService() + QStringLiteral(".Test.") +
                            QUuid::createUuid().toString(QUuid::Id128));
        AccountStore accounts(location.accountsFile());
        accounts.load();
        Account account;
        account.id = Account::generateId();
        account.email = QStringLiteral("nobody@example.org");
        account.server = m_dovecot.host();
        QVERIFY(accounts.addAccount(account));
        SecretStore secrets(location.keychainService());
        MailMonitor monitor(&accounts, &secrets, location);
        monitor.setSystemMonitorsEnabled(false);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.accountState(account.id),
                                  MailMonitor::AccountState::MissingSecret, 10000);
    }
};

QTEST_GUILESS_MAIN(TestMailMonitor)
#include "tst_mailmonitor.moc"
