#include "app/AccountDialog.h"

#include "app/CertificateDialog.h"
#include "notifier/OAuthProvider.h"
#include "notifier/OAuthSignIn.h"
#include "notifier/SecretStore.h"
#include "notifier/SettingsLocation.h"
#include "ui_AccountDialog.h"

#include <QtGui/QDesktopServices>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>

namespace App {

using Notifier::Account;
using Notifier::AuthMethod;
using Notifier::SecurityMode;

namespace {

int indexOf(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::Tls:
        return 0;
    case SecurityMode::StartTls:
        return 1;
    case SecurityMode::PlainExplicit:
        return 2;
    }
    return 0;
}

SecurityMode securityAt(int index)
{
    return index == 1   ? SecurityMode::StartTls
           : index == 2 ? SecurityMode::PlainExplicit
                        : SecurityMode::Tls;
}

AuthMethod authAt(int index)
{
    return index == 1   ? AuthMethod::OAuth2Google
           : index == 2 ? AuthMethod::OAuth2Microsoft
                        : AuthMethod::Password;
}

int indexOf(AuthMethod method)
{
    return method == AuthMethod::OAuth2Google ? 1 : method == AuthMethod::OAuth2Microsoft ? 2 : 0;
}

} // namespace

AccountDialog::AccountDialog(QWidget *parent, Notifier::ServerDiscovery *discovery)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_discovery(discovery)
    , m_newId(Account::generateId())
{
    m_ui->setupUi(this);
    browserOpener = [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    };
    m_ui->signInStatusLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &AccountDialog::signIn);
    authChanged(m_ui->authCombo->currentIndex());
    setWindowTitle(tr("Add Account"));
    if (!m_discovery) {
        m_ownDiscovery = std::make_unique<Notifier::ServerDiscovery>();
        m_discovery = m_ownDiscovery.get();
    }
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    m_ui->errorLabel->setStyleSheet(
        QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_ui->errorLabel->hide();
    m_ui->testResultLabel->setTextFormat(Qt::PlainText);
    m_ui->discoveryLabel->setTextFormat(Qt::PlainText);
    m_ui->discoveryLabel->hide();
    m_ui->foldersList->addItem(QStringLiteral("INBOX"));
    m_ui->foldersList->item(0)->setCheckState(Qt::Checked);

    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this, &AccountDialog::discover);
    connect(m_ui->serverEdit, &QLineEdit::textEdited, this,
            [this] { m_serverEditedByUser = true; });
    connect(m_ui->securityCombo, &QComboBox::currentIndexChanged, this,
            &AccountDialog::securityChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::authChanged);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_discovery, &Notifier::ServerDiscovery::finished, this,
            &AccountDialog::applySuggestions);
    connect(&m_test, &ConnectionTest::progress, m_ui->testResultLabel, &QLabel::setText);
    connect(&m_test, &ConnectionTest::finished, this, &AccountDialog::testDone);
    // The server answers the test only with what was typed: any edit makes the result stale.
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->userNameEdit, m_ui->passwordEdit}) {
        connect(edit, &QLineEdit::textEdited, m_ui->testResultLabel, &QLabel::clear);
    }
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::setAccount(const Account &account)
{
    m_original = account;
    setWindowTitle(tr("Edit Account"));
    m_ui->emailEdit->setText(account.email);
    m_ui->displayNameEdit->setText(account.displayName);
    m_ui->serverEdit->setText(account.server);
    m_ui->securityCombo->setCurrentIndex(indexOf(account.security));
    m_ui->portSpin->setValue(account.port);
    m_ui->authCombo->setCurrentIndex(indexOf(account.auth));
    m_ui->userNameEdit->setText(account.userName);
    m_ui->passwordEdit->setPlaceholderText(tr("Unchanged"));
    m_ui->webmailEdit->setText(account.webmailUrl.toString());
    m_ui->mailClientEdit->setText(account.mailClientCommand);
    m_pinnedSha256 = account.pinnedCertificateSha256;
    m_serverEditedByUser = true; // never overwrite a configured server with a discovery
    m_ui->foldersList->clear();
    for (const QString &folder : account.watchedFolders) {
        auto *item = new QListWidgetItem(folder, m_ui->foldersList);
        item->setData(Qt::UserRole, folder);
        item->setCheckState(Qt::Checked);
    }
}

Account AccountDialog::account() const
{
    Account account = m_original;
    if (account.id.isEmpty()) {
        account.id = m_newId; // the same id every time: a sign-in's tokens are stored under it
    }
    account.email = m_ui->emailEdit->text().trimmed();
    account.displayName = m_ui->displayNameEdit->text().trimmed();
    if (account.displayName.isEmpty()) {
        account.displayName = account.email;
    }
    account.server = m_ui->serverEdit->text().trimmed();
    account.port = static_cast<quint16>(m_ui->portSpin->value());
    account.security = securityAt(m_ui->securityCombo->currentIndex());
    account.auth = authAt(m_ui->authCombo->currentIndex());
    account.userName = m_ui->userNameEdit->text().trimmed();
    account.watchedFolders = checkedFolders();
    account.pinnedCertificateSha256 = m_pinnedSha256;
    const QString webmail = m_ui->webmailEdit->text().trimmed();
    account.webmailUrl = webmail.isEmpty() ? QUrl() : QUrl::fromUserInput(webmail);
    account.mailClientCommand = m_ui->mailClientEdit->text().trimmed();
    return account;
}

QString AccountDialog::password() const
{
    return m_ui->passwordEdit->text();
}

QString AccountDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

QString AccountDialog::testResultText() const
{
    return m_ui->testResultLabel->text();
}

QString AccountDialog::signInStatusText() const
{
    return m_ui->signInStatusLabel->text();
}

void AccountDialog::accept()
{
    const Account candidate = account();
    if (!candidate.email.contains(QLatin1Char('@')) ||
        candidate.email.startsWith(QLatin1Char('@')) ||
        candidate.email.endsWith(QLatin1Char('@'))) {
        showError(tr("Enter the email address, like you@example.org."), m_ui->emailEdit);
        return;
    }
    if (candidate.server.isEmpty()) {
        showError(tr("Enter the IMAP server, or test the connection to find it."),
                  m_ui->serverEdit);
        return;
    }
    if (candidate.auth != AuthMethod::Password) {
        // An account that signed in before keeps its tokens; otherwise sign in first.
        const bool signedInBefore = isEditing() && m_original.auth == candidate.auth;
        const bool signedInHere = m_tokensStored && m_tokensFor == candidate.auth;
        if (!signedInBefore && !signedInHere) {
            showError(tr("Sign in with %1 first.").arg(providerName()), m_ui->signInButton);
            return;
        }
    } else if (!isEditing() && password().isEmpty()) {
        showError(tr("Enter the password."), m_ui->passwordEdit);
        return;
    }
    if (candidate.watchedFolders.isEmpty()) {
        showError(tr("Choose at least one folder to watch."), m_ui->foldersList);
        return;
    }
    if (!candidate.webmailUrl.isEmpty() && !candidate.webmailUrl.isValid()) {
        showError(tr("The webmail address is not a valid web address."), m_ui->webmailEdit);
        return;
    }
    const QString error = candidate.validationError();
    if (!error.isEmpty()) {
        showError(error, m_ui->serverEdit);
        return;
    }
    m_test.cancel();
    if (m_signIn)
        m_signIn->abort();
    QDialog::accept();
}

void AccountDialog::reject()
{
    m_test.cancel();
    if (m_signIn)
        m_signIn->abort();
    // A new account that was not saved leaves no sign-in behind in the keychain.
    if (m_tokensStored && !isEditing()) {
        Notifier::SecretReply *reply =
            secretStore()->remove(account().id, Notifier::SecretStore::Kind::OAuth2Tokens);
        connect(reply, &Notifier::SecretReply::finished, reply, &QObject::deleteLater);
        m_tokensStored = false;
    }
    QDialog::reject();
}

void AccountDialog::showError(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

void AccountDialog::discover()
{
    const QString email = m_ui->emailEdit->text().trimmed();
    if (m_serverEditedByUser || email == m_discoveredFor ||
        Notifier::ServerDiscovery::domainOf(email).isEmpty()) {
        return;
    }
    m_discoveredFor = email;
    m_ui->discoveryLabel->setText(tr("Looking up the server settings for %1…")
                                      .arg(Notifier::ServerDiscovery::domainOf(email)));
    m_ui->discoveryLabel->show();
    m_discovery->discover(email);
}

void AccountDialog::applySuggestions(const QList<Notifier::ServerSuggestion> &suggestions)
{
    if (m_serverEditedByUser) {
        m_ui->discoveryLabel->hide();
        return;
    }
    if (suggestions.isEmpty()) {
        m_ui->discoveryLabel->setText(tr("No server settings were found; please enter them."));
        return;
    }
    const Notifier::ServerSuggestion &best = suggestions.constFirst();
    m_ui->serverEdit->setText(best.host);
    m_ui->securityCombo->setCurrentIndex(indexOf(best.security));
    m_ui->portSpin->setValue(best.port);
    m_ui->authCombo->setCurrentIndex(indexOf(best.auth));
    if (m_ui->webmailEdit->text().isEmpty() && best.webmail.isValid()) {
        m_ui->webmailEdit->setText(best.webmail.toString());
    }
    switch (best.source) {
    case Notifier::ServerSuggestion::DnsSrv:
        m_ui->discoveryLabel->setText(tr("Settings published by the domain were filled in."));
        break;
    case Notifier::ServerSuggestion::ProviderTable:
        m_ui->discoveryLabel->setText(tr("Settings for %1 were filled in.").arg(best.providerName));
        break;
    case Notifier::ServerSuggestion::Guess:
        m_ui->discoveryLabel->setText(
            tr("The server name is a guess; test the connection to be sure."));
        break;
    }
}

void AccountDialog::securityChanged(int index)
{
    // Follow the conventional port unless the user typed another one.
    const int port = m_ui->portSpin->value();
    if (port == 993 || port == 143) {
        m_ui->portSpin->setValue(Account::defaultPort(securityAt(index)));
    }
    m_ui->testResultLabel->clear();
}

void AccountDialog::authChanged(int index)
{
    const AuthMethod method = authAt(index);
    const bool password = method == AuthMethod::Password;
    m_ui->passwordEdit->setEnabled(password);
    m_ui->passwordLabel->setEnabled(password);
    m_ui->signInButton->setVisible(!password);
    m_ui->signInStatusLabel->setVisible(!password);
    if (password)
        return;
    m_ui->signInButton->setText(method == AuthMethod::OAuth2Google ? tr("Sign in with &Google")
                                                                   : tr("Sign in with &Microsoft"));
    if (m_tokensStored && m_tokensFor == method)
        setSignInStatus(tr("Signed in with %1.").arg(providerName()));
    else if (isEditing() && m_original.auth == method)
        setSignInStatus(tr("Signed in before; sign in again only if the account stopped working."));
    else
        setSignInStatus(tr("Not signed in yet. The sign-in opens in your web browser."));
}

QString AccountDialog::providerName() const
{
    return authAt(m_ui->authCombo->currentIndex()) == AuthMethod::OAuth2Microsoft
               ? QStringLiteral("Microsoft")
               : QStringLiteral("Google");
}

Notifier::SecretStore *AccountDialog::secretStore()
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<Notifier::SecretStore>(
            Notifier::SettingsLocation::user().keychainService());
        m_secrets = m_ownSecrets.get();
    }
    return m_secrets;
}

void AccountDialog::setSignInStatus(const QString &text)
{
    QLabel *label = m_ui->signInStatusLabel;
    label->setText(text);
    // The form layout does not give a word-wrapped label that changes its text after the
    // dialog was shown a second line by itself: ask for the height this text needs.
    if (label->width() > 0)
        label->setMinimumHeight(label->heightForWidth(label->width()));
}

void AccountDialog::signIn()
{
    m_ui->errorLabel->hide();
    const AuthMethod method = authAt(m_ui->authCombo->currentIndex());
    const Notifier::OAuthProvider provider = Notifier::OAuthProvider::configured(method);
    if (!provider.isValid()) {
        setSignInStatus(tr("This build of Lettertray has no sign-in registration for %1. Choose "
                           "Password and use an app password from your provider.")
                            .arg(providerName()));
        Q_EMIT signInFinished(false);
        return;
    }
    m_signIn = std::make_unique<Notifier::OAuthSignIn>(provider);
    m_signIn->setBrowserOpener(browserOpener);
    connect(m_signIn.get(), &Notifier::OAuthSignIn::succeeded, this,
            [this, method](const Notifier::OAuthTokens &tokens) {
                m_tokensFor = method;
                signedIn(tokens);
            });
    connect(m_signIn.get(), &Notifier::OAuthSignIn::failed, this,
            [this](Notifier::OAuthSignIn::Error, const QString &message) {
                m_ui->signInButton->setEnabled(true);
                setSignInStatus(tr("The sign-in failed: %1").arg(message));
                Q_EMIT signInFinished(false);
            });
    m_ui->signInButton->setEnabled(false);
    setSignInStatus(tr("Waiting for the sign-in in your web browser…"));
    m_signIn->start();
}

void AccountDialog::signedIn(const Notifier::OAuthTokens &tokens)
{
    m_tokens = tokens;
    m_tokensStored = false;
    setSignInStatus(
        tr("Signed in with %1; storing the sign-in in the keychain…").arg(providerName()));
    Notifier::SecretReply *reply = secretStore()->write(
        account().id, Notifier::SecretStore::Kind::OAuth2Tokens, tokens.toJson());
    connect(reply, &Notifier::SecretReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_ui->signInButton->setEnabled(true);
        if (reply->error() != Notifier::SecretReply::Error::NoError) {
            setSignInStatus(tr("Signed in, but the keychain did not keep the sign-in: %1")
                                .arg(reply->errorString()));
            Q_EMIT signInFinished(false);
            return;
        }
        m_tokensStored = true;
        m_ui->testResultLabel->clear();
        setSignInStatus(tr("Signed in with %1. The sign-in is kept in the system keychain.")
                            .arg(providerName()));
        Q_EMIT signInFinished(true);
    });
}

void AccountDialog::testConnection()
{
    m_ui->errorLabel->hide();
    const Account candidate = account();
    if (candidate.server.isEmpty()) {
        showError(tr("Enter the IMAP server, or test the connection to find it."),
                  m_ui->serverEdit);
        return;
    }
    QString secret = password();
    if (candidate.auth != AuthMethod::Password) {
        secret = m_tokensFor == candidate.auth ? m_tokens.accessToken : QString();
        if (secret.isEmpty()) {
            showError(tr("Sign in with %1 first.").arg(providerName()), m_ui->signInButton);
            return;
        }
    } else if (secret.isEmpty()) {
        showError(tr("Enter the password to test the connection."), m_ui->passwordEdit);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_test.start(candidate, secret);
}

void AccountDialog::testDone(const ConnectionTestResult &result)
{
    m_ui->testButton->setEnabled(true);
    m_ui->testResultLabel->setText(result.ok ? result.message
                                             : tr("Failed: %1").arg(result.message));
    if (result.ok) {
        showFolders(result.folders);
    } else if (result.certificateProblem()) {
        const bool trusted =
            certificateQuestion ? certificateQuestion(result) : askAboutCertificate(result);
        if (trusted && result.error.leafSha256.size() == 32) {
            m_pinnedSha256 = result.error.leafSha256;
            testConnection(); // again, now with the pin
            return;
        }
    }
    Q_EMIT testFinished(result.ok);
}

bool AccountDialog::askAboutCertificate(const ConnectionTestResult &result)
{
    const QSslCertificate leaf = result.error.certificateChain.isEmpty()
                                     ? QSslCertificate()
                                     : result.error.certificateChain.constFirst();
    CertificateDialog dialog(m_ui->serverEdit->text().trimmed(), leaf, result.error.leafSha256,
                             result.error.sslErrors, this);
    // Modal on purpose and rare (once per certificate); the dialog itself runs no network I/O.
    return dialog.exec() == QDialog::Accepted;
}

void AccountDialog::showFolders(const QList<ServerFolder> &folders)
{
    const QStringList watched = checkedFolders();
    m_ui->foldersList->clear();
    for (const ServerFolder &folder : folders) {
        if (!folder.selectable) {
            continue;
        }
        QString label = folder.name;
        if (!folder.specialUse.isEmpty()) {
            label = tr("%1 (%2)").arg(folder.name, folder.specialUse.mid(1));
        }
        auto *item = new QListWidgetItem(label, m_ui->foldersList);
        item->setData(Qt::UserRole, folder.name);
        item->setToolTip(folder.name);
        item->setCheckState(watched.contains(folder.name) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList AccountDialog::checkedFolders() const
{
    QStringList folders;
    for (int i = 0; i < m_ui->foldersList->count(); ++i) {
        const QListWidgetItem *item = m_ui->foldersList->item(i);
        if (item->checkState() == Qt::Checked) {
            const QString name = item->data(Qt::UserRole).toString();
            folders.append(name.isEmpty() ? item->text() : name);
        }
    }
    return folders;
}

} // namespace App
