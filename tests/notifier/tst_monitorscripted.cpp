#include "WatcherTestSupport.h"

#include "support/OAuthStandIn.h"
#include "support/ScriptedImapServer.h"
#include "support/ServiceRequirement.h"

#include "notifier/AccountStore.h"
#include "notifier/ApplicationIdentity.h"
#include "notifier/MailMonitor.h"
#include "notifier/OAuthTokens.h"
#include "notifier/SecretStore.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Notifier;
using namespace WatcherTest;
using TestSupport::ScriptedImapServer;
using TestSupport::ServiceRequirement;
using TestSupport::StandInAuthServer;

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
        Account a = scriptedAccount(Account::generateId(), port);
        a.watchedFolders = folders;
        return a;
    }

    // One folder watcher's connection to an empty folder, whichever folder it is.
    static QString folderWatcherSession()
    {
        return loginScript("IMAP4rev1 IDLE") +
               selectScript(QStringLiteral("$box"), 0, 7, 1, QString()) +
               fetchScript(1, QString()) + idleScript() + QStringLiteral("HANG\n");
    }

    // The XOAUTH2 initial response for this access token (SASL-IR, one line).
    static QString xoauth2(const char *accessToken)
    {
        QByteArray payload("user=alice\x01"
                           "auth=Bearer ");
        payload.append(accessToken);
        payload.append("\x01\x01");
        return QString::fromLatin1(payload.toBase64());
    }

    static QString oauthGreeting()
    {
        return QStringLiteral(
            "S: * OK [CAPABILITY IMAP4rev1 IDLE SASL-IR AUTH=XOAUTH2 AUTH=OAUTHBEARER] ready\n");
    }

    // Logged in with this token, then INBOX (empty) in IDLE.
    static QString oauthSession(const char *accessToken)
    {
        QString session = folderWatcherSession();
        session.replace(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 IDLE] ready\n"),
                        oauthGreeting());
        session.replace(QStringLiteral("C: $t LOGIN alice secret\n"),
                        QStringLiteral("C: $t AUTHENTICATE XOAUTH2 ") + xoauth2(accessToken) +
                            QStringLiteral("\n"));
        return session;
    }

    static QString oauthRefused(const char *accessToken)
    {
        return oauthGreeting() + QStringLiteral("C: $t AUTHENTICATE XOAUTH2 ") +
               xoauth2(accessToken) +
               QStringLiteral("\nS: $t NO [AUTHENTICATIONFAILED] Invalid credentials\n");
    }

    struct OAuthSetup
    {
        QTemporaryDir dir;
        SettingsLocation where;
        std::unique_ptr<AccountStore> accounts;
        std::unique_ptr<SecretStore> secrets;
        Account account;

        // The keychain is the session's, shared by every test: leave nothing behind, also
        // when a test fails half-way.
        ~OAuthSetup()
        {
            if (secrets)
                wait(secrets->removeAccount(account.id));
        }

        // The monitor as the app runs it on this account, but without the system's network
        // and resume monitors, which would reconnect at moments the test does not choose.
        std::unique_ptr<MailMonitor> monitor() const
        {
            auto result = std::make_unique<MailMonitor>(accounts.get(), secrets.get(), where);
            result->setSystemMonitorsEnabled(false);
            return result;
        }
    };

    // An OAuth2 (Google) account on the scripted server, with the access token "access-1"
    // (expiring at expiresAt) and the refresh token "refresh-1" in the keychain.
    static bool setUpOAuth(OAuthSetup *setup, quint16 port, const QDateTime &expiresAt)
    {
        const OAuthTokens tokens{QStringLiteral("access-1"), QStringLiteral("refresh-1"),
                                 expiresAt};
        setup->where = location(setup->dir);
        setup->accounts = std::make_unique<AccountStore>(setup->where.accountsFile());
        if (setup->accounts->load() != AccountStore::LoadStatus::Ok)
            return false;
        setup->account = account(port, {QStringLiteral("INBOX")});
        setup->account.auth = AuthMethod::OAuth2Google;
        if (!setup->accounts->addAccount(setup->account))
            return false;
        setup->secrets = std::make_unique<SecretStore>(setup->where.keychainService());
        return wait(setup->secrets->write(setup->account.id, SecretStore::Kind::OAuth2Tokens,
                                          tokens.toJson()))
                   ->error() == SecretReply::Error::NoError;
    }

    static OAuthTokens storedTokens(OAuthSetup *setup)
    {
        SecretReply *reply =
            wait(setup->secrets->read(setup->account.id, SecretStore::Kind::OAuth2Tokens));
        OAuthTokens tokens;
        OAuthTokens::fromJson(reply->secret(), &tokens);
        return tokens;
    }

    StandInAuthServer *m_auth = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        LETTERTRAY_REQUIRE(ServiceRequirement::keyring());
        qRegisterMetaType<MailMonitor::AccountState>();
    }

    void init()
    {
        m_auth = new StandInAuthServer;
        // The Google provider of MailMonitor, pointed at the stand-in (loopback only).
        qputenv("LETTERTRAY_TEST_OAUTH_ENDPOINT", m_auth->baseUrl().toEncoded());
        qputenv("LETTERTRAY_TEST_OAUTH_CLIENT_ID", StandInAuthServer::clientId().toUtf8());
    }

    void cleanup()
    {
        qunsetenv("LETTERTRAY_TEST_OAUTH_ENDPOINT");
        qunsetenv("LETTERTRAY_TEST_OAUTH_CLIENT_ID");
        delete m_auth;
        m_auth = nullptr;
    }

    // A token that has expired (or is about to) is refreshed before the login, the login uses
    // the new one, and the new one is what the keychain holds afterwards.
    void oauthExpiredTokenIsRefreshedBeforeLogin()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(oauthSession("access-2")));
        QVERIFY(server.listen());
        OAuthSetup setup;
        QVERIFY(setUpOAuth(&setup, server.port(), QDateTime::currentDateTimeUtc().addSecs(-60)));
        {
            const std::unique_ptr<MailMonitor> monitor = setup.monitor();
            QSignalSpy failed(monitor.get(), &MailMonitor::authenticationFailed);
            monitor->start();
            QTRY_VERIFY_WITH_TIMEOUT(monitor->accountState(setup.account.id) ==
                                             MailMonitor::AccountState::Online ||
                                         server.failed(),
                                     15000);
            QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
            QCOMPARE(m_auth->refreshRequests, 1);
            QCOMPARE(m_auth->tokenProblems, QStringList());
            QCOMPARE(failed.count(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(storedTokens(&setup).accessToken, QStringLiteral("access-2"),
                                      10000);
            const OAuthTokens stored = storedTokens(&setup);
            QCOMPARE(stored.refreshToken, QStringLiteral("refresh-1"));
            QVERIFY(stored.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        }
    }

    // The planned refresh a margin before expiry: the keychain gets the new token, and the
    // next connection logs in with it.
    void oauthTokenIsRefreshedBeforeExpiry()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(oauthSession("access-1") + QStringLiteral("ACCEPT\n") +
                                 oauthSession("access-2")));
        QVERIFY(server.listen());
        ManualClock clock;
        OAuthSetup setup;
        QVERIFY(setUpOAuth(&setup, server.port(), clock.wallTime().toUTC().addSecs(3600)));
        {
            const std::unique_ptr<MailMonitor> monitor = setup.monitor();
            monitor->setClock(&clock);
            monitor->start();
            QTRY_COMPARE_WITH_TIMEOUT(monitor->accountState(setup.account.id),
                                      MailMonitor::AccountState::Online, 15000);
            QCOMPARE(m_auth->refreshRequests, 0);
            clock.advance((3600 - 300 - 1) * 1000LL);
            QTest::qWait(100);
            QCOMPARE(m_auth->refreshRequests, 0);
            clock.advance(1000);
            QTRY_COMPARE_WITH_TIMEOUT(m_auth->refreshRequests, 1, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(storedTokens(&setup).accessToken, QStringLiteral("access-2"),
                                      10000);
            // A new connection (as after a network change) logs in with the new token.
            monitor->checkNow();
            QVERIFY2(server.waitForFinished(10000), qPrintable(server.errorString()));
            QCOMPARE(server.connectionCount(), 2);
            QTRY_COMPARE_WITH_TIMEOUT(monitor->accountState(setup.account.id),
                                      MailMonitor::AccountState::Online, 15000);
        }
    }

    // AUTHENTICATIONFAILED for a token that should still be valid: one refresh and one more
    // login, which works.
    void oauthRefusedTokenIsRefreshedOnce()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(oauthRefused("access-1") + QStringLiteral("ACCEPT\n") +
                                 oauthSession("access-2")));
        QVERIFY(server.listen());
        OAuthSetup setup;
        QVERIFY(setUpOAuth(&setup, server.port(), QDateTime::currentDateTimeUtc().addSecs(3600)));
        {
            const std::unique_ptr<MailMonitor> monitor = setup.monitor();
            QSignalSpy failed(monitor.get(), &MailMonitor::authenticationFailed);
            monitor->start();
            QVERIFY2(server.waitForFinished(15000), qPrintable(server.errorString()));
            QTRY_COMPARE_WITH_TIMEOUT(monitor->accountState(setup.account.id),
                                      MailMonitor::AccountState::Online, 15000);
            QCOMPARE(m_auth->refreshRequests, 1);
            QCOMPARE(failed.count(), 0);
            QCOMPARE(server.connectionCount(), 2);
            QTRY_COMPARE_WITH_TIMEOUT(storedTokens(&setup).accessToken, QStringLiteral("access-2"),
                                      10000);
        }
    }

    // A server that offers OAUTHBEARER (RFC 7628) but not XOAUTH2 gets the standard one.
    void oauthBearerWhereXoauth2IsNotOffered()
    {
        ScriptedImapServer server;
        QString script = oauthSession("access-1");
        script.replace(QStringLiteral("AUTH=XOAUTH2 "), QString());
        script.replace(QRegularExpression(QStringLiteral("C: \\$t AUTHENTICATE XOAUTH2 \\S+")),
                       QStringLiteral("C: $t AUTHENTICATE OAUTHBEARER $*"));
        QVERIFY(script.contains(QLatin1String("OAUTHBEARER $*")));
        QVERIFY(server.setScript(script));
        QVERIFY(server.listen());
        OAuthSetup setup;
        QVERIFY(setUpOAuth(&setup, server.port(), QDateTime::currentDateTimeUtc().addSecs(3600)));
        {
            const std::unique_ptr<MailMonitor> monitor = setup.monitor();
            monitor->start();
            QVERIFY2(server.waitForFinished(15000), qPrintable(server.errorString()));
            QTRY_COMPARE_WITH_TIMEOUT(monitor->accountState(setup.account.id),
                                      MailMonitor::AccountState::Online, 15000);
        }
        QByteArray payload;
        for (const QByteArray &line : server.received().split('\n')) {
            const qsizetype at = line.indexOf("AUTHENTICATE OAUTHBEARER ");
            if (at >= 0)
                payload = QByteArray::fromBase64(line.mid(at + 25).trimmed());
        }
        QVERIFY2(payload.startsWith("n,a=alice,"), payload.constData());
        QVERIFY2(payload.contains("\x01"
                                  "auth=Bearer access-1\x01"),
                 payload.constData());
        QCOMPARE(m_auth->refreshRequests, 0);
    }

    // Refused again after the refresh: the account stops and the user is asked once; no
    // third login, no second refresh.
    void oauthRefusedTwiceStopsAndAsksOnce()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(oauthRefused("access-1") + QStringLiteral("ACCEPT\n") +
                                 oauthRefused("access-2")));
        QVERIFY(server.listen());
        OAuthSetup setup;
        QVERIFY(setUpOAuth(&setup, server.port(), QDateTime::currentDateTimeUtc().addSecs(3600)));
        {
            const std::unique_ptr<MailMonitor> monitor = setup.monitor();
            WatcherSettings fast;
            fast.backoff.initialMs = 50; // a loop would show within the wait below
            monitor->setWatcherSettings(fast);
            QSignalSpy failed(monitor.get(), &MailMonitor::authenticationFailed);
            monitor->start();
            QTRY_COMPARE_WITH_TIMEOUT(monitor->accountState(setup.account.id),
                                      MailMonitor::AccountState::AuthenticationFailed, 15000);
            QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
            QTest::qWait(500);
            QCOMPARE(failed.count(), 1);
            QCOMPARE(server.connectionCount(), 2);
            QCOMPARE(m_auth->refreshRequests, 1);
            QCOMPARE(monitor->accountState(setup.account.id),
                     MailMonitor::AccountState::AuthenticationFailed);
            monitor->checkNow(); // network back: still nothing without the user
            QTest::qWait(300);
            QCOMPARE(server.connectionCount(), 2);
        }
    }

    // The provider refuses the refresh (grant revoked): the user is asked once.
    void oauthRefreshRefusedAsksTheUser()
    {
        m_auth->tokenMode = StandInAuthServer::TokenMode::InvalidGrant;
        OAuthSetup setup;
        QVERIFY(setUpOAuth(&setup, 1, QDateTime::currentDateTimeUtc().addSecs(-10)));
        {
            const std::unique_ptr<MailMonitor> monitor = setup.monitor();
            QSignalSpy failed(monitor.get(), &MailMonitor::authenticationFailed);
            monitor->start();
            QTRY_COMPARE_WITH_TIMEOUT(monitor->accountState(setup.account.id),
                                      MailMonitor::AccountState::AuthenticationFailed, 15000);
            QCOMPARE(failed.count(), 1);
            QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("invalid_grant")),
                     qPrintable(failed.first().at(1).toString()));
            QVERIFY(!failed.first().at(1).toString().contains(QLatin1String("refresh-1")));
            QTest::qWait(300);
            QCOMPARE(m_auth->refreshRequests, 1);
        }
    }

    // Two folders on a server without NOTIFY: one look at the capabilities, then one IDLE
    // connection per folder.
    void withoutNotifyOneConnectionPerFolder()
    {
        ScriptedImapServer server;
        QVERIFY(server.setScript(loginScript("IMAP4rev1 IDLE") + QStringLiteral("ACCEPT\n") +
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
