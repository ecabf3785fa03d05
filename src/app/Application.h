#pragma once

#include "app/CommandLine.h"
#include "app/DoNotDisturb.h"
#include "app/TrayController.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace App {

class AboutDialog;
class FallbackWindow;
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
    MessageListWindow *messageList() const;
    FallbackWindow *fallbackWindow() const;

    void showMessageList();
    void showAbout();
    void showSettings();
    void checkNow();

Q_SIGNALS:
    void checkNowRequested();
    void markAllReadRequested();
    void quitRequested();

private:
    void updateDoNotDisturb(bool active);

    LaunchOptions m_options;
    TrayController m_tray;
    DoNotDisturb m_doNotDisturb;
    QPointer<MessageListWindow> m_messageList;
    QPointer<FallbackWindow> m_fallback;
    QPointer<AboutDialog> m_about;
    SelfTest *m_selfTest = nullptr;
};

} // namespace App
