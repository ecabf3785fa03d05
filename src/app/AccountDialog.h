#pragma once

#include "app/ConnectionTest.h"
#include "notifier/Account.h"
#include "notifier/OAuthTokens.h"
#include "notifier/ServerDiscovery.h"

#include <QtWidgets/QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AccountDialog;
}

namespace Notifier {
class OAuthSignIn;
class SecretStore;
} // namespace Notifier

namespace App {

// Add or edit one account: the address leads to discovered server settings, "Test Connection"
// signs in and lists the folders to pick from, and a certificate that does not verify can be
// trusted explicitly (pinned by its SHA-256). Save validates everything and never loses what
// the user typed: on an error the dialog stays open with the message and the field focused.
// Google and Microsoft accounts sign in with OAuth2 instead of a password: "Sign in with ..."
// runs the browser sign-in (loopback redirect, PKCE) and keeps the tokens in the keychain
// under the account's id.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(QWidget *parent = nullptr,
                           Notifier::ServerDiscovery *discovery = nullptr);
    ~AccountDialog() override;

    // Editing an existing account (the password field stays empty: empty means "unchanged").
    void setAccount(const Notifier::Account &account);
    Notifier::Account account() const;
    QString password() const;
    // Where a sign-in's tokens are kept (the app's SecretStore). Without one, the user's
    // keychain service (SettingsLocation::user()) is used.
    void setSecretStore(Notifier::SecretStore *secrets) { m_secrets = secrets; }
    // The tokens of a sign-in made in this dialog (invalid when there was none).
    Notifier::OAuthTokens oauthTokens() const { return m_tokens; }
    bool isEditing() const { return !m_original.id.isEmpty(); }

    // For tests and scripts: the dialog's parts.
    Ui::AccountDialog *ui() const { return m_ui.get(); }
    QString errorText() const;
    QString testResultText() const;
    QString signInStatusText() const;
    ConnectionTest *connectionTest() { return &m_test; }

    // Turns a certificate problem into the question; true when the user trusted it. Virtual
    // through a hook so tests can answer without a nested dialog.
    std::function<bool(const ConnectionTestResult &)> certificateQuestion;
    // Opens the provider's sign-in page; the default is the user's browser. Tests follow the
    // redirect themselves.
    std::function<void(const QUrl &)> browserOpener;

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void testConnection();
    void signIn();

Q_SIGNALS:
    void testFinished(bool ok);
    // A sign-in ended: ok when the tokens are in the keychain.
    void signInFinished(bool ok);

private:
    void discover();
    void applySuggestions(const QList<Notifier::ServerSuggestion> &suggestions);
    void securityChanged(int index);
    void authChanged(int index);
    void testDone(const ConnectionTestResult &result);
    void showFolders(const QList<ServerFolder> &folders);
    QStringList checkedFolders() const;
    void showError(const QString &message, QWidget *field);
    bool askAboutCertificate(const ConnectionTestResult &result);
    void signedIn(const Notifier::OAuthTokens &tokens);
    void setSignInStatus(const QString &text);
    QString providerName() const;
    Notifier::SecretStore *secretStore();

    std::unique_ptr<Ui::AccountDialog> m_ui;
    Notifier::ServerDiscovery *m_discovery;
    std::unique_ptr<Notifier::ServerDiscovery> m_ownDiscovery;
    ConnectionTest m_test;
    Notifier::Account m_original;
    QByteArray m_pinnedSha256;
    QString m_discoveredFor;
    bool m_serverEditedByUser = false;
    QString m_newId; // the id of a new account, fixed for the keychain entry of a sign-in
    Notifier::SecretStore *m_secrets = nullptr;
    std::unique_ptr<Notifier::SecretStore> m_ownSecrets;
    std::unique_ptr<Notifier::OAuthSignIn> m_signIn;
    Notifier::OAuthTokens m_tokens;
    Notifier::AuthMethod m_tokensFor = Notifier::AuthMethod::Password;
    bool m_tokensStored = false;
};

} // namespace App
