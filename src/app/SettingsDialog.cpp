#include "app/SettingsDialog.h"

#include "app/AccountDialog.h"
#include "app/AppSettings.h"
#include "app/Autostart.h"
#include "app/Translations.h"
#include "notifier/AccountStore.h"
#include "notifier/SecretStore.h"
#include "ui_SettingsDialog.h"

#include <QtCore/QEvent>
#include <QtCore/QPointer>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace App {

SettingsDialog::SettingsDialog(Notifier::AccountStore *accounts, Notifier::SecretStore *secrets,
                               AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    m_ui->errorLabel->hide();

    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const QString &code : Translations::available()) {
        const QLocale locale(code);
        // Each language in its own name; plain "en" would be "American English" there, but
        // the catalogue is English for everyone.
        QString name =
            code == QLatin1String("en") ? QStringLiteral("English") : locale.nativeLanguageName();
        if (code.contains(QLatin1Char('_'))) {
            name += QStringLiteral(" (") + locale.nativeTerritoryName() + QLatin1Char(')');
        }
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        m_ui->languageCombo->addItem(name, code);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &SettingsDialog::addAccount);
    connect(m_ui->editAccountButton, &QPushButton::clicked, this, &SettingsDialog::editAccount);
    connect(m_ui->removeAccountButton, &QPushButton::clicked, this, &SettingsDialog::removeAccount);
    connect(m_ui->accountsList, &QListWidget::itemActivated, this, &SettingsDialog::editAccount);
    connect(m_ui->accountsList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->editAccountButton->setEnabled(row >= 0);
        m_ui->removeAccountButton->setEnabled(row >= 0);
    });

    connect(m_ui->startOnLoginCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading) {
            return;
        }
        QString error;
        if (!Autostart::setEnabled(on, &error)) {
            showError(tr("The autostart entry could not be changed: %1").arg(error));
            const QSignalBlocker blocker(m_ui->startOnLoginCheck);
            m_ui->startOnLoginCheck->setChecked(Autostart::isEnabled());
        }
    });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading) {
            return;
        }
        const QString code = m_ui->languageCombo->currentData().toString();
        m_settings->setLanguage(code);
        Q_EMIT languageChanged(code);
    });
    connect(m_ui->trayStyleCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading) {
            return;
        }
        m_settings->setTrayTone(index == 1 ? PanelTone::Light : PanelTone::Dark);
        Q_EMIT trayStyleChanged();
    });
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (!m_loading) {
            m_settings->setCheckIntervalMinutes(minutes);
        }
    });
    connect(m_ui->styleCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading) {
            m_settings->setNotificationStyle(index == 1
                                                 ? AppSettings::NotificationStyle::Summary
                                                 : AppSettings::NotificationStyle::PerMessage);
        }
    });
    connect(m_ui->previewCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading) {
            m_settings->setShowPreview(on);
        }
    });
    connect(m_ui->soundCheck, &QCheckBox::toggled, this, &SettingsDialog::saveRules);
    connect(m_ui->quietHoursCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->quietFromEdit->setEnabled(on);
        m_ui->quietUntilEdit->setEnabled(on);
        saveRules();
    });
    connect(m_ui->quietFromEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::saveRules);
    connect(m_ui->quietUntilEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::saveRules);
    connect(m_ui->vipEdit, &QLineEdit::editingFinished, this, &SettingsDialog::saveRules);

    loadPreferences();
    reloadAccounts();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The language combo box lists each language in its own name; only its first entry
        // and the texts of the form follow the language in use.
        m_ui->retranslateUi(this);
        m_ui->languageCombo->setItemText(0, tr("System language"));
        reloadAccounts();
    }
    QDialog::changeEvent(event);
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void SettingsDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void SettingsDialog::loadPreferences()
{
    m_loading = true;
    m_ui->startOnLoginCheck->setChecked(Autostart::isEnabled());
    const int language = m_ui->languageCombo->findData(m_settings->language());
    m_ui->languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    m_ui->trayStyleCombo->setCurrentIndex(m_settings->trayTone() == PanelTone::Light ? 1 : 0);
    m_ui->intervalSpin->setValue(m_settings->checkIntervalMinutes());
    m_ui->styleCombo->setCurrentIndex(
        m_settings->notificationStyle() == AppSettings::NotificationStyle::Summary ? 1 : 0);
    m_ui->previewCheck->setChecked(m_settings->showPreview());
    const Notifier::GlobalRules rules = m_accounts->globalRules();
    m_ui->soundCheck->setChecked(rules.sound);
    m_ui->quietHoursCheck->setChecked(rules.quietHoursEnabled);
    m_ui->quietFromEdit->setTime(rules.quietFrom);
    m_ui->quietUntilEdit->setTime(rules.quietUntil);
    m_ui->quietFromEdit->setEnabled(rules.quietHoursEnabled);
    m_ui->quietUntilEdit->setEnabled(rules.quietHoursEnabled);
    // VIP senders are per account in the notifier; the dialog edits them for all accounts.
    const QList<Notifier::Account> accounts = m_accounts->accounts();
    m_ui->vipEdit->setText(accounts.isEmpty()
                               ? QString()
                               : accounts.constFirst().rules.vipSenders.join(QStringLiteral(", ")));
    m_loading = false;
}

void SettingsDialog::saveRules()
{
    if (m_loading) {
        return;
    }
    Notifier::GlobalRules rules = m_accounts->globalRules();
    rules.sound = m_ui->soundCheck->isChecked();
    rules.quietHoursEnabled = m_ui->quietHoursCheck->isChecked();
    rules.quietFrom = m_ui->quietFromEdit->time();
    rules.quietUntil = m_ui->quietUntilEdit->time();
    if (!(rules == m_accounts->globalRules()) && !m_accounts->setGlobalRules(rules)) {
        showError(tr("The settings could not be saved: %1").arg(m_accounts->errorString()));
        return;
    }
    QStringList vips;
    for (const QString &part : m_ui->vipEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            vips.append(part.trimmed());
        }
    }
    for (Notifier::Account account : m_accounts->accounts()) {
        if (account.rules.vipSenders != vips) {
            account.rules.vipSenders = vips;
            if (!m_accounts->updateAccount(account)) {
                showError(tr("The settings could not be saved: %1").arg(m_accounts->errorString()));
                return;
            }
        }
    }
    showError(QString());
}

void SettingsDialog::reloadAccounts()
{
    const QString current = m_ui->accountsList->currentItem()
                                ? m_ui->accountsList->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_ui->accountsList->clear();
    for (const Notifier::Account &account : m_accounts->accounts()) {
        auto *item = new QListWidgetItem(
            account.displayName == account.email || account.displayName.isEmpty()
                ? account.email
                : tr("%1 <%2>").arg(account.displayName, account.email),
            m_ui->accountsList);
        item->setData(Qt::UserRole, account.id);
        item->setToolTip(tr("%1, port %2").arg(account.server).arg(account.port));
        if (account.id == current) {
            m_ui->accountsList->setCurrentItem(item);
        }
    }
    const bool selected = m_ui->accountsList->currentRow() >= 0;
    m_ui->editAccountButton->setEnabled(selected);
    m_ui->removeAccountButton->setEnabled(selected);
}

void SettingsDialog::runAccountDialog(const Notifier::Account *existing)
{
    if (editAccountHook) {
        if (editAccountHook(existing)) {
            accountsSaved();
        }
        return;
    }
    AccountDialog dialog(this);
    dialog.setSecretStore(m_secrets); // an OAuth2 sign-in's tokens go where the monitor reads
    if (existing) {
        dialog.setAccount(*existing);
    }
    // A dialog on top of a dialog: exec() keeps the settings window blocked meanwhile, which is
    // what a user expects of an editor opened from a list.
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Notifier::Account account = dialog.account();
    const bool isNew = existing == nullptr;
    const QString password = dialog.password();
    if (password.isEmpty()) { // editing, password unchanged
        saveAccount(account, isNew);
        return;
    }
    // The password goes into the keychain first and the account is saved when it is there:
    // saving the account starts the notifier's watchers, which read the password at once and
    // would otherwise find none (or the old one). The store outlives this dialog, which the
    // user may close meanwhile; the account is saved all the same.
    Notifier::SecretReply *reply =
        m_secrets->write(account.id, Notifier::SecretStore::Kind::Password, password);
    const QPointer<SettingsDialog> self(this);
    connect(reply, &Notifier::SecretReply::finished, m_accounts,
            [self, reply, account, isNew, accounts = m_accounts] {
                reply->deleteLater();
                const bool stored = reply->error() == Notifier::SecretReply::Error::NoError;
                if (self) {
                    self->saveAccount(account, isNew);
                    if (!stored) {
                        // Saved anyway: what the user typed is kept, and the account shows
                        // "no password stored" until it is entered again.
                        self->showError(tr("The password could not be stored in the keychain: %1")
                                            .arg(reply->errorString()));
                    }
                } else if (isNew) {
                    accounts->addAccount(account);
                } else {
                    accounts->updateAccount(account);
                }
            });
}

void SettingsDialog::saveAccount(const Notifier::Account &account, bool isNew)
{
    const bool saved = isNew ? m_accounts->addAccount(account) : m_accounts->updateAccount(account);
    if (!saved) {
        showError(tr("The account could not be saved: %1").arg(m_accounts->errorString()));
        return;
    }
    accountsSaved();
}

void SettingsDialog::accountsSaved()
{
    reloadAccounts();
    Q_EMIT accountsChanged();
}

void SettingsDialog::addAccount()
{
    runAccountDialog(nullptr);
}

void SettingsDialog::editAccount()
{
    QListWidgetItem *item = m_ui->accountsList->currentItem();
    if (!item) {
        return;
    }
    const auto account = m_accounts->account(item->data(Qt::UserRole).toString());
    if (account) {
        runAccountDialog(&*account);
    }
}

void SettingsDialog::removeAccount()
{
    QListWidgetItem *item = m_ui->accountsList->currentItem();
    if (!item) {
        return;
    }
    const QString id = item->data(Qt::UserRole).toString();
    if (!m_accounts->removeAccount(id)) {
        showError(tr("The account could not be removed: %1").arg(m_accounts->errorString()));
        return;
    }
    // The password goes with the account: nothing of it stays in the keychain.
    Notifier::SecretReply *reply = m_secrets->removeAccount(id);
    connect(reply, &Notifier::SecretReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != Notifier::SecretReply::Error::NoError) {
            showError(tr("The password could not be removed from the keychain: %1")
                          .arg(reply->errorString()));
        }
    });
    reloadAccounts();
    Q_EMIT accountsChanged();
}

} // namespace App
