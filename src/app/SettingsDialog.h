#pragma once

#include <QtWidgets/QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Notifier {
class AccountStore;
class SecretStore;
struct Account;
} // namespace Notifier

namespace App {

class AppSettings;

// Accounts (add, edit, remove — removal also deletes the keychain entry), start on login,
// language, tray icon style, check interval, notification style, preview, sound, quiet hours
// and the senders that are always announced. Every change is applied at once (no Apply
// button); a change that cannot be saved is reported in the dialog and the control reverts.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Notifier::AccountStore *accounts, Notifier::SecretStore *secrets,
                   AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Ui::SettingsDialog *ui() const { return m_ui.get(); }
    QString errorText() const;

    // Opens the account dialog; replaced by tests, which cannot click through a modal dialog.
    // Returns true when the account was saved (the dialog then lists it again).
    std::function<bool(const Notifier::Account *existing)> editAccountHook;

public Q_SLOTS:
    void addAccount();
    void editAccount();
    void removeAccount();

Q_SIGNALS:
    void languageChanged(const QString &code);
    void trayStyleChanged();
    void accountsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void runAccountDialog(const Notifier::Account *existing);
    void saveAccount(const Notifier::Account &account, bool isNew);
    void accountsSaved();
    void reloadAccounts();
    void loadPreferences();
    void saveRules();
    void showError(const QString &message);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Notifier::AccountStore *m_accounts;
    Notifier::SecretStore *m_secrets;
    AppSettings *m_settings;
    bool m_loading = false;
};

} // namespace App
