#include "app/Application.h"

#include "app/AboutDialog.h"
#include "app/AccountDialog.h"
#include "app/AppSettings.h"
#include "app/FallbackWindow.h"
#include "app/MessageListWindow.h"
#include "app/SelfTest.h"
#include "app/SettingsDialog.h"
#include "app/WelcomeDialog.h"
#include "notifier/AccountStore.h"
#include "notifier/MessageListModel.h"
#include "notifier/SecretStore.h"

#include <QtCore/QProcessEnvironment>

namespace App {

Notifier::SettingsLocation Application::locationFor(const LaunchOptions &options,
                                                    QTemporaryDir *demoDir)
{
    return options.demo ? Notifier::SettingsLocation::demo(demoDir->path())
                        : Notifier::SettingsLocation::user();
}

Application::Application(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_location(locationFor(options, &m_demoDirectory))
    , m_settings(std::make_unique<AppSettings>(m_location.directory()))
    , m_accounts(std::make_unique<Notifier::AccountStore>(m_location.accountsFile()))
    , m_secrets(std::make_unique<Notifier::SecretStore>(m_location.keychainService()))
    , m_model(std::make_unique<Notifier::MessageListModel>())
{
    m_tray.setPanelTone(m_settings->trayTone());
    // Per-account counts are recounted at most every 200 ms, however fast mail arrives.
    m_statusRefresh.setSingleShot(true);
    m_statusRefresh.setInterval(200);
    connect(&m_statusRefresh, &QTimer::timeout, this, &Application::refreshAccountStatuses);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model.get(), signal, &m_statusRefresh, qOverload<>(&QTimer::start));
    }
    connect(m_model.get(), &QAbstractItemModel::dataChanged, &m_statusRefresh,
            qOverload<>(&QTimer::start));
    connect(m_model.get(), &QAbstractItemModel::modelReset, &m_statusRefresh,
            qOverload<>(&QTimer::start));

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
    delete m_settingsDialog;
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

SettingsDialog *Application::settingsDialog() const
{
    return m_settingsDialog;
}

void Application::start()
{
    const auto status = m_accounts->load();
    if (status != Notifier::AccountStore::LoadStatus::Ok) {
        // Never start over with an empty configuration silently: say so where it is seen.
        m_tray.showTrayMessage(
            tr("Lettertray"),
            tr("Your accounts could not be read: %1").arg(m_accounts->errorString()));
    }
    if (m_options.demo && m_accounts->accounts().isEmpty()) {
        // The demo server named by scripts/lib/demo.sh, in the demo's own configuration.
        const auto env = QProcessEnvironment::systemEnvironment();
        Notifier::Account demo;
        demo.id = Notifier::Account::generateId();
        demo.email = env.value(QStringLiteral("LETTERTRAY_DEMO_USER"),
                               QStringLiteral("demo@lettertray.test"));
        if (!demo.email.contains(QLatin1Char('@'))) {
            demo.email += QStringLiteral("@lettertray.test");
        }
        demo.displayName = tr("Demo account");
        demo.userName = env.value(QStringLiteral("LETTERTRAY_DEMO_USER"));
        demo.server =
            env.value(QStringLiteral("LETTERTRAY_DEMO_HOST"), QStringLiteral("127.0.0.1"));
        demo.port = static_cast<quint16>(
            env.value(QStringLiteral("LETTERTRAY_DEMO_PORT"), QStringLiteral("993")).toUInt());
        m_accounts->addAccount(demo);
    }
    connect(m_accounts.get(), &Notifier::AccountStore::accountAdded, this,
            &Application::refreshAccountStatuses);
    connect(m_accounts.get(), &Notifier::AccountStore::accountUpdated, this,
            &Application::refreshAccountStatuses);
    connect(m_accounts.get(), &Notifier::AccountStore::accountRemoved, this,
            [this](const QString &id) {
                m_model->removeAccount(id);
                refreshAccountStatuses();
            });
    refreshAccountStatuses();

    const bool inTray = m_tray.showInTray();
    if (!inTray) {
        m_fallback = new FallbackWindow(&m_tray);
        m_fallback->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(&m_tray, &TrayController::quitRequested, m_fallback, &QWidget::close);
        m_fallback->show();
    }
    const bool quietStart = m_options.minimized || m_options.selfTest || m_options.checkNow;
    if (!quietStart && m_accounts->accounts().isEmpty() && !m_options.demo) {
        showWelcome();
    } else if (!quietStart && inTray) {
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
        m_messageList->setModel(m_model.get());
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
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_accounts.get(), m_secrets.get(), m_settings.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::trayStyleChanged, this,
                [this] { m_tray.setPanelTone(m_settings->trayTone()); });
        connect(m_settingsDialog, &SettingsDialog::languageChanged, this, [this] {
            m_tray.showTrayMessage(
                tr("Lettertray"),
                tr("The new language is used from the next start of Lettertray."));
        });
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void Application::showWelcome()
{
    auto *welcome = new WelcomeDialog;
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &WelcomeDialog::addAccountRequested, this, [this] {
        showSettings();
        m_settingsDialog->addAccount();
    });
    welcome->show();
}

void Application::refreshAccountStatuses()
{
    QHash<QString, int> unread;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const Notifier::MessageSummary &message = m_model->summaryAt(row);
        if (!message.seen) {
            ++unread[message.key.folder.accountId];
        }
    }
    AccountStatusList statuses;
    for (const Notifier::Account &account : m_accounts->accounts()) {
        if (!account.enabled) {
            continue;
        }
        statuses.append(
            AccountStatus{account.displayName.isEmpty() ? account.email : account.displayName,
                          unread.value(account.id),
                          false,
                          {}});
    }
    m_tray.setAccountStatuses(statuses);
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
