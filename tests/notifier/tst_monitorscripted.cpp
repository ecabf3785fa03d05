#include "support/ScriptedImapServer.h"
#include "support/ServiceRequirement.h"

#include "notifier/AccountStore.h"
#include "notifier/ApplicationIdentity.h"
#include "notifier/MailMonitor.h"
#include "notifier/SecretStore.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using TestSupport::ScriptedImapServer;
using TestSupport::ServiceRequirement;

// MailMonitor as the app runs it (accounts from the AccountStore, secrets from gnome-keyring)
// against scripted IMAP servers: which watchers it chooses for a server.
class TestMonitorScripted : public QObject
{
    Q_OBJECT

    static SecretReply *wait(SecretReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &SecretReply::finished);
            spy.wait(20000);
        }
        return reply;
    }

    static SettingsLocation location(const QTemporaryDir &dir)
    {
        return SettingsLocation::custom(dir.path(), ApplicationIdentity::keychainService() +
                                                        QStringLiteral(".Test.") +
                                                        QUuid::createUuid().toString(QUuid::Id128));
    }

    static Account account(quint16 port, const QStringList &folders)
    {
        Account a;
        a.id = Account::generateId();
        a.email = QStringLiteral("alice@example.org");
        a.userName = QStringLiteral("alice");
        a.server = QStringLiteral("127.0.0.1");
        a.port = port;
        a.security = SecurityMode::PlainExplicit;
        a.watchedFolders = folders;
        return a;
    }

    // One folder watcher's connection to an empty folder, whichever folder it is.
    static QString folderWatcherSession()
    {
        return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 IDLE] ready\n"
                              "C: $t LOGIN alice secret\n"
                              "S: $t OK [CAPABILITY IMAP4rev1 IDLE] logged in\n"
                              "C: $t SELECT $box\n"
                              "S: * 0 EXISTS\n"
                              "S: * OK [UIDVALIDITY 7] ok\n"
                              "S: * OK [UIDNEXT 1] ok\n"
                              "S: $t OK [READ-WRITE] selected\n"
                              "C: $t UID SEARCH UNSEEN\n"
                              "S: * SEARCH\n"
                              "S: $t OK searched\n"
                              "C: $t UID FETCH 1:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                              "BODY.PEEK[HEADER.FIELDS (CONTENT-TYPE CONTENT-TRANSFER-ENCODING)] "
                              "BODY.PEEK[TEXT]<0.2048>)\n"
                              "S: $t OK fetched\n"
                              "C: $i IDLE\n"
                              "S: + idling\n"
                              "HANG\n");
    }

private Q_SLOTS:
    void initTestCase() { LETTERTRAY_REQUIRE(ServiceRequirement::keyring()); }

    // Two folders on a server without NOTIFY: one look at the capabilities, then one IDLE
    // connection per folder.
    void withoutNotifyOneConnectionPerFolder()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 IDLE] ready\n"
                                                "C: $t LOGIN alice secret\n"
                                                "S: $t OK [CAPABILITY IMAP4rev1 IDLE] logged in\n"
                                                "ACCEPT\n") +
                                 folderWatcherSession() + QStringLiteral("ACCEPT\n") +
                                 folderWatcherSession()));
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const SettingsLocation where = location(dir);
        AccountStore accounts(where.accountsFile());
        QCOMPARE(accounts.load(), AccountStore::LoadStatus::Ok);
        const Account acc =
            account(server.port(), {QStringLiteral("INBOX"), QStringLiteral("Lists")});
        QVERIFY(accounts.addAccount(acc));
        SecretStore secrets(where.keychainService());
        QCOMPARE(wait(secrets.write(acc.id, SecretStore::Kind::Password, QStringLiteral("secret")))
                     ->error(),
                 SecretReply::Error::NoError);
        {
            MailMonitor monitor(&accounts, &secrets, where);
            monitor.setSystemMonitorsEnabled(false);
            monitor.start();
            QTRY_VERIFY_WITH_TIMEOUT(monitor.accountState(acc.id) ==
                                             MailMonitor::AccountState::Online ||
                                         server.failed(),
                                     15000);
            QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
            QCOMPARE(server.connectionCount(), 3);
            const QByteArray sent = server.received();
            QVERIFY(sent.contains("SELECT INBOX"));
            QVERIFY(sent.contains("SELECT Lists"));
            QVERIFY(!sent.contains("NOTIFY"));
        }
        wait(secrets.removeAccount(acc.id));
    }
};

QTEST_GUILESS_MAIN(TestMonitorScripted)
#include "tst_monitorscripted.moc"
