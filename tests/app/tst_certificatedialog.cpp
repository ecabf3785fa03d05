#include "app/CertificateDialog.h"
#include "support/TestCertificates.h"
#include "ui_CertificateDialog.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

using App::CertificateDialog;

class TestCertificateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestSupport::TestCertificates::available()) {
            QSKIP(qPrintable(TestSupport::TestCertificates::errorString()));
        }
    }

    void formatFingerprint()
    {
        QCOMPARE(CertificateDialog::formatFingerprint(QByteArray::fromHex("00ff10ab")),
                 QStringLiteral("00:FF:10:AB"));
    }

    void showsWhatAUserNeedsToDecide()
    {
        const auto identity = TestSupport::TestCertificates::selfSigned();
        const QByteArray sha = identity.certificate.digest(QCryptographicHash::Sha256);
        CertificateDialog dialog(
            QStringLiteral("imap.example.org"), identity.certificate, sha,
            {QSslError(QSslError::SelfSignedCertificate, identity.certificate)});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = [&] {
            QStringList all;
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                all.append(label->text());
            }
            return all.join(QLatin1Char('\n'));
        }();
        QVERIFY(text.contains(QStringLiteral("imap.example.org")));
        QVERIFY(text.contains(QString::fromLatin1(sha.toHex(':').toUpper().left(47))));
        QVERIFY(
            text.contains(identity.certificate.subjectInfo(QSslCertificate::CommonName).value(0)));
        QVERIFY(text.contains(QSslError(QSslError::SelfSignedCertificate).errorString()));
        QCOMPARE(dialog.fingerprint(), sha);
    }

    // Enter must never trust a certificate; only the explicit button does.
    void trustIsAnExplicitChoice()
    {
        const auto identity = TestSupport::TestCertificates::selfSigned();
        {
            CertificateDialog dialog(QStringLiteral("h"), identity.certificate, {}, {});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClick(&dialog, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        {
            CertificateDialog dialog(QStringLiteral("h"), identity.certificate, {}, {});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.fingerprint().size(), 32); // computed from the certificate
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("trustButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
    }
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
