// app_dovecot_account_dialog: the account dialog's "Test Connection" against the real Dovecot
// of scripts/lib/session.sh. Dovecot's certificate is made for the test run and trusted by
// nobody, so the first test must end in the certificate question; trusting it pins its
// SHA-256, the test runs again and now signs in and lists the folders (INBOX among them).
#include "app/AccountDialog.h"
#include "support/ServiceRequirement.h"
#include "ui_AccountDialog.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QListWidget>

using App::AccountDialog;
using App::ConnectionTestResult;

class AppDovecotAccountDialog : public QObject
{
    Q_OBJECT

    void fill(AccountDialog &dialog, const QString &password)
    {
        const QString user = qEnvironmentVariable("LETTERTRAY_DOVECOT_USER");
        dialog.ui()->serverEdit->setText(qEnvironmentVariable("LETTERTRAY_DOVECOT_HOST"));
        dialog.ui()->emailEdit->setText(
            user.contains(QLatin1Char('@')) ? user : user + QStringLiteral("@lettertray.test"));
        dialog.ui()->userNameEdit->setText(user);
        dialog.ui()->securityCombo->setCurrentIndex(0); // TLS
        dialog.ui()->portSpin->setValue(
            qEnvironmentVariable("LETTERTRAY_DOVECOT_IMAPS_PORT").toInt());
        dialog.ui()->passwordEdit->setText(password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::dovecot());
        QVERIFY(!qEnvironmentVariable("LETTERTRAY_DOVECOT_IMAPS_PORT").isEmpty());
    }

    void untrustedCertificateIsAskedAboutThenPinned()
    {
        AccountDialog dialog;
        fill(dialog, qEnvironmentVariable("LETTERTRAY_DOVECOT_PASSWORD"));
        QList<ConnectionTestResult> questions;
        dialog.certificateQuestion = [&questions](const ConnectionTestResult &result) {
            questions.append(result);
            return true; // the user compares the fingerprint and trusts it
        };
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        QTest::mouseClick(dialog.ui()->testButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().certificateProblem());
        QCOMPARE(questions.first().error.leafSha256.size(), 32);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.testResultText()));
        QCOMPARE(dialog.account().pinnedCertificateSha256, questions.first().error.leafSha256);

        // The folder picker now holds the server's folders, INBOX first and checked.
        QVERIFY(dialog.ui()->foldersList->count() >= 1);
        QCOMPARE(dialog.ui()->foldersList->item(0)->data(Qt::UserRole).toString().toUpper(),
                 QStringLiteral("INBOX"));
        QCOMPARE(dialog.ui()->foldersList->item(0)->checkState(), Qt::Checked);
    }

    void declinedCertificateStaysFailed()
    {
        AccountDialog dialog;
        fill(dialog, qEnvironmentVariable("LETTERTRAY_DOVECOT_PASSWORD"));
        dialog.certificateQuestion = [](const ConnectionTestResult &) {
            return false;
        };
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        QTest::mouseClick(dialog.ui()->testButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog.account().pinnedCertificateSha256.isEmpty());
        QVERIFY(dialog.testResultText().contains(QStringLiteral("certificate")));
    }

    void wrongPasswordIsAClearFailure()
    {
        AccountDialog dialog;
        fill(dialog, QStringLiteral("definitely-not-the-password"));
        dialog.certificateQuestion = [](const ConnectionTestResult &) {
            return true;
        };
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        QTest::mouseClick(dialog.ui()->testButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.testResultText().contains(QStringLiteral("password")),
                 qPrintable(dialog.testResultText()));
        QCOMPARE(dialog.password(), QStringLiteral("definitely-not-the-password"));
    }
};

QTEST_MAIN(AppDovecotAccountDialog)
#include "app_dovecot_account_dialog.moc"
