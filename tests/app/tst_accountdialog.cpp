#include "app/AccountDialog.h"
#include "ui_AccountDialog.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>

using App::AccountDialog;

class TestAccountDialog : public QObject
{
    Q_OBJECT

    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    static void clickSave(AccountDialog &dialog)
    {
        QTest::mouseClick(dialog.ui()->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private Q_SLOTS:
    // Every error keeps the dialog open, says what is wrong and keeps what was typed.
    void validationKeepsInput_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        QTest::newRow("no address") << ""
                                    << "imap.example.org"
                                    << "pw"
                                    << "Enter the email address";
        QTest::newRow("bad address") << "alice"
                                     << "imap.example.org"
                                     << "pw"
                                     << "Enter the email address";
        QTest::newRow("no server") << "alice@example.org"
                                   << ""
                                   << "pw"
                                   << "Enter the IMAP server";
        QTest::newRow("no password") << "alice@example.org"
                                     << "imap.example.org"
                                     << ""
                                     << "Enter the password";
        QTest::newRow("server with space") << "alice@example.org"
                                           << "imap example.org"
                                           << "pw"
                                           << "invalid characters";
    }
    void validationKeepsInput()
    {
        QFETCH(QString, email);
        QFETCH(QString, server);
        QFETCH(QString, password);
        QFETCH(QString, error);
        AccountDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.ui()->serverEdit,
             server); // typed first: discovery only fills an untouched field
        type(dialog.ui()->emailEdit, email);
        type(dialog.ui()->passwordEdit, password);
        clickSave(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(error), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.ui()->emailEdit->text(), email);
        QCOMPARE(dialog.ui()->serverEdit->text(), server);
        QCOMPARE(dialog.password(), password);
    }

    void validAccountIsSaved()
    {
        AccountDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        type(dialog.ui()->serverEdit, QStringLiteral("imap.example.org"));
        type(dialog.ui()->emailEdit, QStringLiteral("alice@example.org"));
        type(dialog.ui()->passwordEdit, QStringLiteral("s3cret"));
        type(dialog.ui()->webmailEdit, QStringLiteral("mail.example.org"));
        // STARTTLS switches the port from 993 to 143 by itself.
        dialog.ui()->securityCombo->setFocus();
        dialog.ui()->securityCombo->setCurrentIndex(1);
        QCOMPARE(dialog.ui()->portSpin->value(), 143);
        clickSave(dialog);
        QCOMPARE(accepted.count(), 1);
        const Notifier::Account account = dialog.account();
        QVERIFY(!account.id.isEmpty());
        QCOMPARE(account.email, QStringLiteral("alice@example.org"));
        QCOMPARE(account.displayName, QStringLiteral("alice@example.org"));
        QCOMPARE(account.server, QStringLiteral("imap.example.org"));
        QCOMPARE(account.port, quint16(143));
        QCOMPARE(account.security, Notifier::SecurityMode::StartTls);
        QCOMPARE(account.watchedFolders, QStringList{QStringLiteral("INBOX")});
        QCOMPARE(account.webmailUrl, QUrl(QStringLiteral("http://mail.example.org")));
        QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    }

    void editingKeepsIdAndAllowsEmptyPassword()
    {
        Notifier::Account existing;
        existing.id = QStringLiteral("fixed-id");
        existing.email = QStringLiteral("bob@example.net");
        existing.displayName = QStringLiteral("Bob at work");
        existing.server = QStringLiteral("mail.example.net");
        existing.port = 993;
        existing.watchedFolders = {QStringLiteral("INBOX"), QStringLiteral("Lists/Qt")};
        existing.pinnedCertificateSha256 = QByteArray(32, '\x11');
        AccountDialog dialog;
        dialog.setAccount(existing);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isEditing());
        QCOMPARE(dialog.ui()->foldersList->count(), 2);
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Notifier::Account account = dialog.account();
        QCOMPARE(account.id, existing.id);
        QCOMPARE(account.watchedFolders, existing.watchedFolders);
        QCOMPARE(account.pinnedCertificateSha256, existing.pinnedCertificateSha256);
        QCOMPARE(account.displayName, existing.displayName);
    }

    void noFolderIsAnError()
    {
        AccountDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.ui()->serverEdit, QStringLiteral("imap.example.org"));
        type(dialog.ui()->emailEdit, QStringLiteral("alice@example.org"));
        type(dialog.ui()->passwordEdit, QStringLiteral("pw"));
        dialog.ui()->foldersList->item(0)->setCheckState(Qt::Unchecked);
        clickSave(dialog);
        QVERIFY(dialog.errorText().contains(QStringLiteral("folder")));
    }

    // The whole dialog works from the keyboard: Tab reaches every input in order.
    void keyboardOnly()
    {
        AccountDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        dialog.ui()->emailEdit->setFocus();
        QTest::keyClicks(dialog.ui()->emailEdit, QStringLiteral("carol@example.com"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.ui()->displayNameEdit);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.ui()->authCombo);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.ui()->passwordEdit);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pw"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.ui()->serverEdit);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("imap.example.com"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
