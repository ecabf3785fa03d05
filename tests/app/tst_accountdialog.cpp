#include "app/AccountDialog.h"
#include "notifier/ApplicationIdentity.h"
#include "notifier/SecretStore.h"
#include "support/OAuthStandIn.h"
#include "support/ServiceRequirement.h"
#include "ui_AccountDialog.h"

#include <QtCore/QUuid>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>

using App::AccountDialog;
using TestSupport::FakeBrowser;
using TestSupport::StandInAuthServer;

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

    static Notifier::SecretReply *wait(Notifier::SecretReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &Notifier::SecretReply::finished);
            spy.wait(20000);
        }
        return reply;
    }

    // A dialog set up for a Google account, signing in against the stand-in server.
    struct SignInSetup
    {
        StandInAuthServer server;
        FakeBrowser browser;
        Notifier::SecretStore secrets{Notifier::ApplicationIdentity::keychainService() +
                                      QStringLiteral(".Test.") +
                                      QUuid::createUuid().toString(QUuid::Id128)};
        AccountDialog dialog;

        SignInSetup()
        {
            qputenv("LETTERTRAY_TEST_OAUTH_ENDPOINT", server.baseUrl().toEncoded());
            qputenv("LETTERTRAY_TEST_OAUTH_CLIENT_ID", StandInAuthServer::clientId().toUtf8());
            dialog.setSecretStore(&secrets);
            dialog.browserOpener = [this](const QUrl &url) {
                browser.open(url);
            };
        }
        ~SignInSetup()
        {
            qunsetenv("LETTERTRAY_TEST_OAUTH_ENDPOINT");
            qunsetenv("LETTERTRAY_TEST_OAUTH_CLIENT_ID");
        }
    };

    static Notifier::SecretReply *readTokens(SignInSetup &setup)
    {
        return wait(setup.secrets.read(setup.dialog.account().id,
                                       Notifier::SecretStore::Kind::OAuth2Tokens));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Notifier::OAuthTokens>(); }

    // "Sign in with Google": the browser sign-in (PKCE, loopback redirect) ends with the
    // tokens in the keychain under the account's id, and the account can be saved.
    void signInWithGoogle()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        SignInSetup setup;
        AccountDialog &dialog = setup.dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.ui()->signInButton->isVisible()); // passwords need no sign-in
        type(dialog.ui()->serverEdit, QStringLiteral("imap.gmail.com"));
        type(dialog.ui()->emailEdit, QStringLiteral("alice@gmail.com"));
        dialog.ui()->authCombo->setCurrentIndex(1);
        QVERIFY(dialog.ui()->signInButton->isVisible());
        QCOMPARE(dialog.ui()->signInButton->text(), QStringLiteral("Sign in with &Google"));
        QVERIFY(!dialog.ui()->passwordEdit->isEnabled());

        clickSave(dialog); // not signed in yet
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Sign in with Google first")),
                 qPrintable(dialog.errorText()));

        QSignalSpy finished(&dialog, &AccountDialog::signInFinished);
        QTest::mouseClick(dialog.ui()->signInButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.signInStatusText()));
        QCOMPARE(setup.browser.opened, 1);
        QCOMPARE(setup.server.authorizeProblems, QStringList());
        QCOMPARE(setup.server.tokenProblems, QStringList());
        QVERIFY(setup.server.verifierMatched);
        QVERIFY2(dialog.signInStatusText().contains(QStringLiteral("Signed in with Google")),
                 qPrintable(dialog.signInStatusText()));
        QVERIFY(dialog.ui()->signInButton->isEnabled());

        Notifier::SecretReply *stored = readTokens(setup);
        QCOMPARE(stored->error(), Notifier::SecretReply::Error::NoError);
        Notifier::OAuthTokens tokens;
        QVERIFY(Notifier::OAuthTokens::fromJson(stored->secret(), &tokens));
        QCOMPARE(tokens.accessToken, QStringLiteral("access-1"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("refresh-1"));
        QVERIFY(tokens.expiresAt.isValid());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        clickSave(dialog);
        QCOMPARE(accepted.count(), 1);
        const Notifier::Account account = dialog.account();
        QCOMPARE(account.auth, Notifier::AuthMethod::OAuth2Google);
        QCOMPARE(account.email, QStringLiteral("alice@gmail.com"));
        wait(setup.secrets.removeAccount(account.id));
    }

    // Cancelling a new account after signing in leaves nothing in the keychain.
    void cancelAfterSignInRemovesTokens()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        SignInSetup setup;
        AccountDialog &dialog = setup.dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.ui()->authCombo->setCurrentIndex(2);
        QCOMPARE(dialog.ui()->signInButton->text(), QStringLiteral("Sign in with &Microsoft"));
        QSignalSpy finished(&dialog, &AccountDialog::signInFinished);
        QTest::mouseClick(dialog.ui()->signInButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.signInStatusText()));
        QCOMPARE(readTokens(setup)->error(), Notifier::SecretReply::Error::NoError);
        QTest::mouseClick(dialog.ui()->buttonBox->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(readTokens(setup)->error(),
                                  Notifier::SecretReply::Error::NotFound, 20000);
    }

    // A refused sign-in says why, stores nothing, and the button works again.
    void refusedSignInIsShown()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        SignInSetup setup;
        setup.server.tokenMode = StandInAuthServer::TokenMode::InvalidGrant;
        AccountDialog &dialog = setup.dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.ui()->authCombo->setCurrentIndex(1);
        QSignalSpy finished(&dialog, &AccountDialog::signInFinished);
        QTest::mouseClick(dialog.ui()->signInButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.signInStatusText().contains(QStringLiteral("invalid_grant")),
                 qPrintable(dialog.signInStatusText()));
        QVERIFY(dialog.ui()->signInButton->isEnabled());
        QCOMPARE(readTokens(setup)->error(), Notifier::SecretReply::Error::NotFound);
    }

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
