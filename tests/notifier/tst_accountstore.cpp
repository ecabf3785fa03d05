#include "notifier/AccountStore.h"
#include "notifier/SettingsLocation.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    static Account sampleAccount()
    {
        Account account;
        account.id = Account::generateId();
        account.displayName = QStringLiteral("Work — Ünïcode");
        account.email = QStringLiteral("alice@example.org");
        account.server = QStringLiteral("imap.example.org");
        account.port = 143;
        account.security = SecurityMode::StartTls;
        account.auth = AuthMethod::OAuth2Microsoft;
        account.watchedFolders = {QStringLiteral("INBOX"), QStringLiteral("Lists/Qt, \"dev\"")};
        account.pinnedCertificateSha256 = QByteArray(32, '\xab');
        account.webmailUrl = QUrl(QStringLiteral("https://mail.example.org/"));
        account.mailClientCommand = QStringLiteral("thunderbird -mail");
        account.rules.vipSenders = {QStringLiteral("boss@example.org")};
        account.rules.mutedFolders = {QStringLiteral("Lists/Qt, \"dev\"")};
        account.rules.sound = true;
        return account;
    }

    QString m_path;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("accounts.ini"));
        QFile::remove(m_path);
    }

    void firstRunIsEmptyAndWritable()
    {
        AccountStore store(m_path);
        QCOMPARE(store.load(), AccountStore::LoadStatus::Ok);
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.isWritable());
        QVERIFY(!QFile::exists(m_path));
    }

    void defaultsOfANewAccount()
    {
        Account account;
        QCOMPARE(account.security, SecurityMode::Tls);
        QCOMPARE(account.port, quint16(993));
        QCOMPARE(account.watchedFolders, QStringList{QStringLiteral("INBOX")});
        QCOMPARE(Account::defaultPort(SecurityMode::StartTls), quint16(143));
    }

    void roundTrip()
    {
        const Account account = sampleAccount();
        GlobalRules rules;
        rules.quietHoursEnabled = true;
        rules.quietFrom = QTime(23, 30);
        rules.quietUntil = QTime(6, 15);
        rules.doNotDisturbUntil = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        {
            AccountStore store(m_path);
            QCOMPARE(store.load(), AccountStore::LoadStatus::Ok);
            QSignalSpy added(&store, &AccountStore::accountAdded);
            QVERIFY2(store.addAccount(account), qPrintable(store.errorString()));
            QCOMPARE(added.count(), 1);
            QVERIFY(store.setGlobalRules(rules));
        }
        AccountStore reloaded(m_path);
        QCOMPARE(reloaded.load(), AccountStore::LoadStatus::Ok);
        QCOMPARE(reloaded.accounts().size(), 1);
        QCOMPARE(reloaded.accounts().first(), account);
        QCOMPARE(reloaded.globalRules(), rules);
    }

    void singleFolderListSurvives()
    {
        // QSettings reads a one-element list back as a string; the store must not care.
        Account account = sampleAccount();
        account.watchedFolders = {QStringLiteral("INBOX")};
        account.rules.mutedFolders.clear();
        {
            AccountStore store(m_path);
            store.load();
            QVERIFY(store.addAccount(account));
        }
        AccountStore reloaded(m_path);
        QCOMPARE(reloaded.load(), AccountStore::LoadStatus::Ok);
        QCOMPARE(reloaded.accounts().first().watchedFolders, account.watchedFolders);
        QCOMPARE(reloaded.accounts().first().rules.mutedFolders, QStringList());
    }

    void updateAndRemove()
    {
        AccountStore store(m_path);
        store.load();
        Account a = sampleAccount();
        Account b = sampleAccount();
        b.email = QStringLiteral("bob@example.com");
        QVERIFY(store.addAccount(a));
        QVERIFY(store.addAccount(b));
        QVERIFY(!store.addAccount(b)); // same id twice
        a.displayName = QStringLiteral("Renamed");
        QVERIFY(store.updateAccount(a));
        QVERIFY(store.removeAccount(b.id));
        QVERIFY(!store.removeAccount(b.id));

        AccountStore reloaded(m_path);
        QCOMPARE(reloaded.load(), AccountStore::LoadStatus::Ok);
        QCOMPARE(reloaded.accounts().size(), 1);
        QCOMPARE(reloaded.accounts().first().displayName, QStringLiteral("Renamed"));
    }

    void invalidAccountIsRefused()
    {
        AccountStore store(m_path);
        store.load();
        Account account = sampleAccount();
        account.email = QStringLiteral("no-at-sign");
        QVERIFY(!store.addAccount(account));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(store.accounts().isEmpty());
    }

    void noSecretInTheFile()
    {
        AccountStore store(m_path);
        store.load();
        QVERIFY(store.addAccount(sampleAccount()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.contains("password="));
        QVERIFY(!text.contains("token"));
    }

    void corruptFileIsReportedAndKept_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated half") << 0;
        QTest::newRow("truncated before checksum") << 1;
        QTest::newRow("value edited") << 2;
        QTest::newRow("binary garbage") << 3;
        QTest::newRow("empty file") << 4;
        QTest::newRow("account line removed") << 5;
    }

    void corruptFileIsReportedAndKept()
    {
        QFETCH(int, damage);
        {
            AccountStore store(m_path);
            store.load();
            QVERIFY(store.addAccount(sampleAccount()));
            Account second = sampleAccount();
            QVERIFY(store.addAccount(second));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QByteArray broken;
        switch (damage) {
        case 0:
            broken = original.left(original.size() / 2);
            break;
        case 1:
            broken = original.left(original.indexOf("[integrity]"));
            break;
        case 2:
            // A different length on purpose: QSettings caches a file per process and only
            // notices a change on disk by its size and time.
            broken = QByteArray(original).replace("imap.example.org", "evil.example.network");
            break;
        case 3:
            broken = QByteArray("\x00\xff\x13[[[=\n\x01", 9).repeated(50);
            break;
        case 4:
            broken = QByteArray();
            break;
        case 5: {
            QList<QByteArray> lines = original.split('\n');
            lines.removeIf([](const QByteArray &line) { return line.contains("2\\server"); });
            broken = lines.join('\n');
            break;
        }
        }
        QVERIFY(broken != original);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(broken);
        file.close();

        AccountStore store(m_path);
        QSignalSpy errors(&store, &AccountStore::errorOccurred);
        QCOMPARE(store.load(), AccountStore::LoadStatus::Corrupt);
        QCOMPARE(errors.count(), 1);
        QVERIFY(store.errorString().contains(m_path));
        QVERIFY(!store.isWritable());
        // Saving must not replace the damaged file with an empty configuration.
        QVERIFY(!store.addAccount(sampleAccount()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        file.close();

        // Only on explicit request is it moved aside (and kept).
        const QString aside = store.discardCorruptFile();
        QVERIFY(!aside.isEmpty());
        QVERIFY(QFile::exists(aside));
        QVERIFY(store.isWritable());
        QVERIFY(store.addAccount(sampleAccount()));
    }

    void newerFormatIsLeftAlone()
    {
        {
            AccountStore store(m_path);
            store.load();
            QVERIFY(store.addAccount(sampleAccount()));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("format=1", "format=99");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        AccountStore store(m_path);
        QCOMPARE(store.load(), AccountStore::LoadStatus::NewerFormat);
        QVERIFY(!store.isWritable());
        QVERIFY(store.discardCorruptFile().isEmpty());
    }

    void locations()
    {
        qputenv("LETTERTRAY_CONFIG_DIR", m_dir.path().toUtf8());
        const SettingsLocation user = SettingsLocation::user();
        QCOMPARE(user.directory(), m_dir.path());
        qunsetenv("LETTERTRAY_CONFIG_DIR");
        const SettingsLocation real = SettingsLocation::user();
        const SettingsLocation demo =
            SettingsLocation::demo(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.isDemo());
        QVERIFY(demo.keychainService() != real.keychainService());
        QVERIFY(demo.accountsFile() != real.accountsFile());
        QVERIFY(demo.trackerStateFile().startsWith(m_dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
