#include "support/ServiceRequirement.h"

#include "notifier/ApplicationIdentity.h"
#include "notifier/SecretStore.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QUuid>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

// Runs against the real gnome-keyring of the private session bus that scripts/test starts.
class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_service;
    QString m_account;

    static bool secretServicePresent()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || !bus.interface())
            return false;
        const QString name = QStringLiteral("org.freedesktop.secrets");
        if (bus.interface()->isServiceRegistered(name))
            return true;
        return bus.interface()->activatableServiceNames().value().contains(name);
    }

    static SecretReply *waitFor(SecretReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &SecretReply::finished);
            if (!spy.wait(20000))
                qWarning("keychain operation timed out");
        }
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        QVERIFY(secretServicePresent());
        // Never the real service name: a test must not touch the user's entries.
        m_service = ApplicationIdentity::keychainService() + QStringLiteral(".Test.") +
                    QUuid::createUuid().toString(QUuid::Id128);
        m_account = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("secret");
        QTest::newRow("password") << int(SecretStore::Kind::Password)
                                  << QStringLiteral("pä$$ wörd \"'\\ ✓");
        QTest::newRow("oauth tokens")
            << int(SecretStore::Kind::OAuth2Tokens)
            << QStringLiteral("{\"access\":\"ya29.x\",\"refresh\":\"1//y\",\"expires\":1}");
    }

    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QString, secret);
        SecretStore store(m_service);
        const auto k = SecretStore::Kind(kind);

        SecretReply *write = store.write(m_account, k, secret);
        QVERIFY(!write->isFinished()); // asynchronous: never finished inside the call
        waitFor(write);
        QVERIFY2(write->error() == SecretReply::Error::NoError, qPrintable(write->errorString()));
        QVERIFY(!write->errorString().contains(secret));

        SecretReply *read = waitFor(store.read(m_account, k));
        QCOMPARE(read->error(), SecretReply::Error::NoError);
        QCOMPARE(read->secret(), secret);

        // Overwrite replaces.
        waitFor(store.write(m_account, k, secret + QStringLiteral("2")));
        QCOMPARE(waitFor(store.read(m_account, k))->secret(), secret + QStringLiteral("2"));
    }

    void storedUnderServiceAndKey()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("secret-tool not installed");
        SecretStore store(m_service);
        waitFor(store.write(m_account, SecretStore::Kind::Password, QStringLiteral("visible")));
        // Independent check through libsecret's tool: the entry is where other tools find it.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    m_service});
        QVERIFY(tool.waitForFinished(20000));
        const QString out =
            QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        QVERIFY2(out.contains(SecretStore::entryKey(m_account, SecretStore::Kind::Password)),
                 qPrintable(out));
    }

    void missingEntry()
    {
        SecretStore store(m_service);
        SecretReply *read =
            waitFor(store.read(QStringLiteral("no-such-account"), SecretStore::Kind::Password));
        QCOMPARE(read->error(), SecretReply::Error::NotFound);
        QVERIFY(read->secret().isEmpty());
        // Removing what is not there is not an error.
        QCOMPARE(
            waitFor(store.remove(QStringLiteral("no-such-account"), SecretStore::Kind::Password))
                ->error(),
            SecretReply::Error::NoError);
    }

    void servicesAreSeparate()
    {
        SecretStore store(m_service);
        SecretStore other(m_service + QStringLiteral(".Demo"));
        waitFor(store.write(m_account, SecretStore::Kind::Password, QStringLiteral("real")));
        QCOMPARE(waitFor(other.read(m_account, SecretStore::Kind::Password))->error(),
                 SecretReply::Error::NotFound);
    }

    void removeAccountDeletesEverything()
    {
        SecretStore store(m_service);
        waitFor(store.write(m_account, SecretStore::Kind::Password, QStringLiteral("a")));
        waitFor(store.write(m_account, SecretStore::Kind::OAuth2Tokens, QStringLiteral("b")));
        QCOMPARE(waitFor(store.removeAccount(m_account))->error(), SecretReply::Error::NoError);
        QCOMPARE(waitFor(store.read(m_account, SecretStore::Kind::Password))->error(),
                 SecretReply::Error::NotFound);
        QCOMPARE(waitFor(store.read(m_account, SecretStore::Kind::OAuth2Tokens))->error(),
                 SecretReply::Error::NotFound);
    }

    void cleanupTestCase()
    {
        if (m_service.isEmpty())
            return;
        SecretStore store(m_service);
        waitFor(store.removeAccount(m_account));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
