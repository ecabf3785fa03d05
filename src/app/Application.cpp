#include "app/Application.h"

#include "app/AboutDialog.h"
#include "app/FallbackWindow.h"
#include "app/MessageListWindow.h"
#include "app/SelfTest.h"

#include <QtCore/QProcessEnvironment>

namespace App {

Application::Application(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_tray, &TrayController::messageListRequested, this, &Application::showMessageList);
    connect(&m_tray, &TrayController::aboutRequested, this, &Application::showAbout);
    connect(&m_tray, &TrayController::settingsRequested, this, &Application::showSettings);
    connect(&m_tray, &TrayController::checkNowRequested, this, &Application::checkNow);
    connect(&m_tray, &TrayController::markAllReadRequested, this,
            &Application::markAllReadRequested);
    connect(&m_tray, &TrayController::quitRequested, this, &Application::quitRequested);
    connect(&m_tray, &TrayController::doNotDisturbForHourRequested, this,
            [this] { m_doNotDisturb.enableFor(60); });
    connect(&m_tray, &TrayController::doNotDisturbUntilTomorrowRequested, &m_doNotDisturb,
            &DoNotDisturb::enableUntilTomorrow);
    connect(&m_tray, &TrayController::doNotDisturbOffRequested, &m_doNotDisturb,
            &DoNotDisturb::disable);
    connect(&m_doNotDisturb, &DoNotDisturb::changed, this, &Application::updateDoNotDisturb);
}

Application::~Application()
{
    delete m_messageList;
    delete m_fallback;
    delete m_about;
}

MessageListWindow *Application::messageList() const
{
    return m_messageList;
}

FallbackWindow *Application::fallbackWindow() const
{
    return m_fallback;
}

void Application::start()
{
    if (m_options.demo) {
        // Until the notifier watches it, the demo account is at least named where it will show.
        const auto env = QProcessEnvironment::systemEnvironment();
        const QString user =
            env.value(QStringLiteral("LETTERTRAY_DEMO_USER"), QStringLiteral("demo"));
        const QString host =
            env.value(QStringLiteral("LETTERTRAY_DEMO_HOST"), QStringLiteral("127.0.0.1"));
        m_tray.setAccountStatuses({AccountStatus{user + QLatin1Char('@') + host, 0, false, {}}});
    }

    const bool inTray = m_tray.showInTray();
    if (!inTray) {
        m_fallback = new FallbackWindow(&m_tray);
        m_fallback->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(&m_tray, &TrayController::quitRequested, m_fallback, &QWidget::close);
        m_fallback->show();
    } else if (!m_options.minimized && !m_options.selfTest && !m_options.checkNow) {
        // Without a configured account there is nothing to watch yet; the list says so.
        showMessageList();
    }
    if (m_options.selfTest) {
        m_selfTest = new SelfTest(&m_tray, !inTray, this);
        connect(m_selfTest, &SelfTest::quitRequested, this, &Application::quitRequested);
        m_selfTest->start();
    }
    if (m_options.checkNow) {
        checkNow();
    }
}

void Application::handleCommand(const QString &command)
{
    if (command == QLatin1String("check-now")) {
        checkNow();
    } else if (command == QLatin1String("show")) {
        showMessageList();
    }
}

void Application::showMessageList()
{
    if (!m_messageList) {
        m_messageList = new MessageListWindow;
    }
    m_messageList->raiseToFront();
}

void Application::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog;
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void Application::showSettings()
{
    // The settings dialog arrives with the notifier's settings; until then the list stands in.
    showMessageList();
}

void Application::checkNow()
{
    Q_EMIT checkNowRequested();
}

void Application::updateDoNotDisturb(bool active)
{
    m_tray.setDoNotDisturbUntil(active ? m_doNotDisturb.until() : QDateTime());
}

} // namespace App
