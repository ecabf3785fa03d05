#pragma once

#include "app/ConnectionTest.h"
#include "notifier/Account.h"
#include "notifier/ServerDiscovery.h"

#include <QtWidgets/QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AccountDialog;
}

namespace App {

// Add or edit one account: the address leads to discovered server settings, "Test Connection"
// signs in and lists the folders to pick from, and a certificate that does not verify can be
// trusted explicitly (pinned by its SHA-256). Save validates everything and never loses what
// the user typed: on an error the dialog stays open with the message and the field focused.
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
    bool isEditing() const { return !m_original.id.isEmpty(); }

    // For tests and scripts: the dialog's parts.
    Ui::AccountDialog *ui() const { return m_ui.get(); }
    QString errorText() const;
    QString testResultText() const;
    ConnectionTest *connectionTest() { return &m_test; }

    // Turns a certificate problem into the question; true when the user trusted it. Virtual
    // through a hook so tests can answer without a nested dialog.
    std::function<bool(const ConnectionTestResult &)> certificateQuestion;

public Q_SLOTS:
    void accept() override;
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok);

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

    std::unique_ptr<Ui::AccountDialog> m_ui;
    Notifier::ServerDiscovery *m_discovery;
    std::unique_ptr<Notifier::ServerDiscovery> m_ownDiscovery;
    ConnectionTest m_test;
    Notifier::Account m_original;
    QByteArray m_pinnedSha256;
    QString m_discoveredFor;
    bool m_serverEditedByUser = false;
};

} // namespace App
