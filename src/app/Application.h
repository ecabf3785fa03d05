#pragma once

#include "app/CommandLine.h"
#include "app/DoNotDisturb.h"
#include "app/TrayController.h"
#include "notifier/SettingsLocation.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <memory>

namespace Notifier {
class AccountStore;
class MailMonitor;
class MessageListModel;
class SecretStore;
struct MessageKey;
} // namespace Notifier

namespace App {

class AboutDialog;
class AppSettings;
class FallbackWindow;
class SettingsDialog;
class MessageListWindow;
class SelfTest;

// Wires the tray, the windows and the dialogs together for one running `lettertray`.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(const LaunchOptions &options, QObject *parent = nullptr);
    ~Application() override;

    void start();
    // A command from a later launch (SingleInstance): "show" or "check-now".
    void handleCommand(const QString &command);

    TrayController *tray() { return &m_tray; }
    Notifier::MessageListModel *messageModel() const;
    Notifier::MailMonitor *monitor() const { return m_monitor.get(); }
    Notifier::AccountStore *accountStore() const { return m_accounts.get(); }
    AppSettings *settings() const { return m_settings.get(); }
    SettingsDialog *settingsDialog() const;
    MessageListWindow *messageList() const;
    FallbackWindow *fallbackWindow() const;

    void showMessageList();
    void showAbout();
    void showSettings();
    void checkNow();

Q_SIGNALS:
    void checkNowRequested();
    void quitRequested();

private:
    void updateDoNotDisturb(bool active);
    void refreshAccountStatuses();
    void setupDemo();
    void markAllRead();
    void setSeen(const QList<Notifier::MessageKey> &keys, bool seen);
    void moveToTrash(const QList<Notifier::MessageKey> &keys);
    void openMessages(const QList<Notifier::MessageKey> &keys);
    void showWelcome();
    void testDemoAccountInDialog();
    static Notifier::SettingsLocation locationFor(const LaunchOptions &options,
                                                  QTemporaryDir *demoDir);

    LaunchOptions m_options;
    QTemporaryDir m_demoDirectory; // demo mode: never the user's configuration
    Notifier::SettingsLocation m_location;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Notifier::AccountStore> m_accounts;
    std::unique_ptr<Notifier::SecretStore> m_secrets;
    std::unique_ptr<Notifier::MailMonitor> m_monitor;
    QTimer m_statusRefresh;
    QPointer<SettingsDialog> m_settingsDialog;
    TrayController m_tray;
    DoNotDisturb m_doNotDisturb;
    QPointer<MessageListWindow> m_messageList;
    QPointer<FallbackWindow> m_fallback;
    QPointer<AboutDialog> m_about;
    SelfTest *m_selfTest = nullptr;
};

} // namespace App
