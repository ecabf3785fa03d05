// QtKeychain against the real Secret Service of the session harness (gnome-keyring, unlocked,
// on a private session bus): write, read, delete — and check with secret-tool that the secret
// really went to the keyring and not to some fallback.

#include "support/ServiceRequirement.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <memory>

using TestSupport::ServiceRequirement;

namespace {

// Runs a job to its end; returns its error (QKeychain::NoError on success).
QKeychain::Error run(QKeychain::Job *job, QString *errorString)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        *errorString = QStringLiteral("the job did not finish");
        return QKeychain::OtherError;
    }
    *errorString = job->errorString();
    return job->error();
}

} // namespace

class TestKeychainRoundtrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textRoundtrip();
    void binaryRoundtrip();
    void missingEntry();

private:
    // Unique per process: parallel runs and earlier runs never collide.
    QString m_service =
        QStringLiteral("lettertray-test-%1").arg(QCoreApplication::applicationPid());
};

void TestKeychainRoundtrip::initTestCase()
{
    LETTERTRAY_REQUIRE(ServiceRequirement::keyring());
}

void TestKeychainRoundtrip::textRoundtrip()
{
    const QString key = QStringLiteral("alice@imap.example.org");
    const QString secret = QStringLiteral("s3cr\u00e9t with spaces \u2603");
    QString error;

    auto write = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    write->setKey(key);
    write->setTextData(secret);
    QCOMPARE(run(write.get(), &error), QKeychain::NoError);

    auto read = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    read->setKey(key);
    QCOMPARE(run(read.get(), &error), QKeychain::NoError);
    QCOMPARE(read->textData(), secret);

    // The secret is in gnome-keyring, found by the attributes QtKeychain's libsecret backend
    // sets (service and key).
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!secretTool.isEmpty()) {
        QProcess lookup;
        lookup.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"),
                                  QStringLiteral("server"), m_service});
        QVERIFY(lookup.waitForFinished(10000));
        const QString found =
            QString::fromUtf8(lookup.readAllStandardOutput() + lookup.readAllStandardError());
        QVERIFY2(found.contains(key), qPrintable(found));
    }

    auto remove = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    remove->setKey(key);
    QCOMPARE(run(remove.get(), &error), QKeychain::NoError);

    auto readAgain = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    readAgain->setKey(key);
    QCOMPARE(run(readAgain.get(), &error), QKeychain::EntryNotFound);
}

void TestKeychainRoundtrip::binaryRoundtrip()
{
    // OAuth token blobs are binary.
    const QByteArray blob("\x00\x01\xfe\xff token \r\n", 13);
    QString error;
    auto write = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    write->setKey(QStringLiteral("oauth"));
    write->setBinaryData(blob);
    QVERIFY2(run(write.get(), &error) == QKeychain::NoError, qPrintable(error));

    auto read = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    read->setKey(QStringLiteral("oauth"));
    QVERIFY2(run(read.get(), &error) == QKeychain::NoError, qPrintable(error));
    QCOMPARE(read->binaryData(), blob);

    auto remove = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    remove->setKey(QStringLiteral("oauth"));
    QVERIFY2(run(remove.get(), &error) == QKeychain::NoError, qPrintable(error));
}

void TestKeychainRoundtrip::missingEntry()
{
    QString error;
    auto read = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    read->setKey(QStringLiteral("never-written"));
    QCOMPARE(run(read.get(), &error), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychainRoundtrip)
#include "tst_keychainroundtrip.moc"
