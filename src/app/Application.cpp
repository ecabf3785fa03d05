#include "app/Application.h"

#include "app/AboutDialog.h"
#include "app/AccountDialog.h"
#include "app/AppSettings.h"
#include "app/FallbackWindow.h"
#include "app/MessageListWindow.h"
#include "app/SelfTest.h"
#include "app/SettingsDialog.h"
#include "app/Translations.h"
#include "app/WelcomeDialog.h"
#include "notifier/AccountStore.h"
#include "notifier/MailMonitor.h"
#include "notifier/MessageListModel.h"
#include "notifier/SecretStore.h"
#include "ui_AccountDialog.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtGui/QDesktopServices>
#include <QtNetwork/QSslCertificate>
#include <QtWidgets/QApplication>

#include <memory>

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
    , m_monitor(
          std::make_unique<Notifier::MailMonitor>(m_accounts.get(), m_secrets.get(), m_location))
{
    // --language wins over the language chosen in Settings, which wins over the system's.
    Translations::install(QCoreApplication::instance(),
                          options.language.isEmpty() ? m_settings->language() : options.language);
    Notifier::MessageListModel *model = m_monitor->messages();
    m_tray.setPanelTone(m_settings->trayTone());
    // Per-account counts are recounted at most every 200 ms, however fast mail arrives.
    m_statusRefresh.setSingleShot(true);
    m_statusRefresh.setInterval(200);
    connect(&m_statusRefresh, &QTimer::timeout, this, &Application::refreshAccountStatuses);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, &m_statusRefresh, qOverload<>(&QTimer::start));
    }
    connect(model, &QAbstractItemModel::dataChanged, &m_statusRefresh, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, &m_statusRefresh, qOverload<>(&QTimer::start));

    connect(&m_tray, &TrayController::messageListRequested, this, &Application::showMessageList);
    connect(&m_tray, &TrayController::aboutRequested, this, &Application::showAbout);
    connect(&m_tray, &TrayController::settingsRequested, this, &Application::showSettings);
    connect(&m_tray, &TrayController::checkNowRequested, this, &Application::checkNow);
    connect(&m_tray, &TrayController::markAllReadRequested, this, &Application::markAllRead);
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
    connect(m_monitor.get(), &Notifier::MailMonitor::accountStateChanged, this,
            &Application::refreshAccountStatuses);
    connect(m_monitor.get(), &Notifier::MailMonitor::messageListRequested, this,
            &Application::showMessageList);
    connect(m_monitor.get(), &Notifier::MailMonitor::openRequested, this,
            [this](const Notifier::MessageKey &key) { openMessages({key}); });
    connect(m_monitor.get(), &Notifier::MailMonitor::authenticationFailed, this,
            [this](const QString &, const QString &message) {
                m_tray.showTrayMessage(tr("Signing in failed"), message);
            });
    connect(m_monitor.get(), &Notifier::MailMonitor::certificateProblem, this,
            [this](const QString &, const QString &message, const QByteArray &) {
                m_tray.showTrayMessage(tr("Certificate not trusted"), message);
            });
    if (m_options.demo) {
        setupDemo(); // starts the monitor once the demo passwords are in the keychain
    } else {
        m_monitor->start();
    }
    connect(m_accounts.get(), &Notifier::AccountStore::accountAdded, this,
            &Application::refreshAccountStatuses);
    connect(m_accounts.get(), &Notifier::AccountStore::accountUpdated, this,
            &Application::refreshAccountStatuses);
    connect(m_accounts.get(), &Notifier::AccountStore::accountRemoved, this,
            &Application::refreshAccountStatuses);
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
        connect(m_selfTest, &SelfTest::showRequested, this, [this](const QString &window) {
            if (window == QLatin1String("list")) {
                showMessageList();
            } else if (window == QLatin1String("settings")) {
                showSettings();
            } else if (window == QLatin1String("about")) {
                showAbout();
            } else if (window == QLatin1String("welcome")) {
                showWelcome();
            } else if (window == QLatin1String("account")) {
                showSettings();
                // Queued: the account dialog is modal and must not run inside this slot.
                QTimer::singleShot(0, m_settingsDialog, &SettingsDialog::addAccount);
            } else if (window == QLatin1String("certificate")) {
                testDemoAccountInDialog();
            }
        });
        connect(m_selfTest, &SelfTest::trayToneRequested, this, [this](bool lightPanel) {
            m_settings->setTrayTone(lightPanel ? PanelTone::Light : PanelTone::Dark);
            m_tray.setPanelTone(m_settings->trayTone());
        });
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
        m_messageList->setModel(m_monitor->messages());
        connect(m_messageList, &MessageListWindow::markReadRequested, this,
                [this](const QList<Notifier::MessageKey> &keys) { setSeen(keys, true); });
        connect(m_messageList, &MessageListWindow::markUnreadRequested, this,
                [this](const QList<Notifier::MessageKey> &keys) { setSeen(keys, false); });
        connect(m_messageList, &MessageListWindow::deleteRequested, this,
                &Application::moveToTrash);
        connect(m_messageList, &MessageListWindow::openRequested, this, &Application::openMessages);
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
        // Applied at once: every window, the tray menu and its tooltip retranslate themselves
        // on the LanguageChange event that installing the translators sends.
        connect(m_settingsDialog, &SettingsDialog::languageChanged, this, [](const QString &code) {
            Translations::install(QCoreApplication::instance(), code);
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
    const Notifier::MessageListModel *model = m_monitor->messages();
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const Notifier::MessageSummary &message = model->summaryAt(row);
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
    m_monitor->checkNow();
    Q_EMIT checkNowRequested();
}

Notifier::MessageListModel *Application::messageModel() const
{
    return m_monitor->messages();
}

void Application::setupDemo()
{
    // The demo server of scripts/lib/demo.sh, in the demo's own configuration directory and
    // keychain service (SettingsLocation::demo): the user's accounts are never touched.
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString ca = env.value(QStringLiteral("LETTERTRAY_DEMO_CA"));
    if (!ca.isEmpty()) {
        QList<QSslCertificate> certificates;
        if (ca.startsWith(QLatin1String("-----BEGIN"))) {
            certificates = QSslCertificate::fromData(ca.toUtf8());
        } else {
            QFile file(ca);
            if (file.open(QIODevice::ReadOnly)) {
                certificates = QSslCertificate::fromData(file.readAll());
            }
        }
        m_monitor->setCaCertificates(certificates);
    }
    // The monitor starts once every demo password is in the (demo) keychain.
    auto remaining = std::make_shared<int>(1);
    auto oneDone = [this, remaining] {
        if (--*remaining == 0) {
            m_monitor->start();
        }
    };
    for (const QString &suffix : {QString(), QStringLiteral("2")}) {
        const QString user = env.value(QStringLiteral("LETTERTRAY_DEMO_USER") + suffix);
        if (user.isEmpty()) {
            continue;
        }
        const QString host =
            env.value(QStringLiteral("LETTERTRAY_DEMO_HOST"), QStringLiteral("127.0.0.1"));
        Notifier::Account account;
        for (const Notifier::Account &existing : m_accounts->accounts()) {
            if (existing.userName == user && existing.server == host) {
                account = existing;
            }
        }
        if (account.id.isEmpty()) {
            account.id = Notifier::Account::generateId();
        }
        account.email = user + QStringLiteral("@lettertray.test");
        account.displayName = suffix.isEmpty() ? tr("Demo account") : tr("Second demo account");
        account.userName = user;
        account.server = host;
        account.port = static_cast<quint16>(
            env.value(QStringLiteral("LETTERTRAY_DEMO_PORT"), QStringLiteral("993")).toUInt());
        account.security = Notifier::SecurityMode::Tls;
        if (m_accounts->account(account.id)) {
            m_accounts->updateAccount(account);
        } else {
            m_accounts->addAccount(account);
        }
        ++*remaining;
        Notifier::SecretReply *reply =
            m_secrets->write(account.id, Notifier::SecretStore::Kind::Password,
                             env.value(QStringLiteral("LETTERTRAY_DEMO_PASSWORD") + suffix));
        connect(reply, &Notifier::SecretReply::finished, this, [reply, oneDone] {
            reply->deleteLater();
            oneDone();
        });
    }
    oneDone();
}

void Application::testDemoAccountInDialog()
{
    // For `show certificate` (scripts/screenshots): the open account dialog is filled in with
    // the demo server and tested. The dialog trusts only the system's CAs, not the demo's own,
    // so the real certificate question comes up, as it does for a server with a self-made
    // certificate.
    auto *dialog = qobject_cast<AccountDialog *>(QApplication::activeModalWidget());
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString user = env.value(QStringLiteral("LETTERTRAY_DEMO_USER"));
    if (!dialog || user.isEmpty()) {
        return;
    }
    Ui::AccountDialog *ui = dialog->ui();
    ui->emailEdit->setText(user + QStringLiteral("@lettertray.test"));
    ui->serverEdit->setText(
        env.value(QStringLiteral("LETTERTRAY_DEMO_HOST"), QStringLiteral("127.0.0.1")));
    ui->securityCombo->setCurrentIndex(0); // TLS on connect
    ui->portSpin->setValue(env.value(QStringLiteral("LETTERTRAY_DEMO_PORT")).toInt());
    ui->userNameEdit->setText(user);
    ui->passwordEdit->setText(env.value(QStringLiteral("LETTERTRAY_DEMO_PASSWORD")));
    dialog->testConnection();
}

void Application::markAllRead()
{
    const Notifier::MessageListModel *model = m_monitor->messages();
    QList<Notifier::MessageKey> unread;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->summaryAt(row).seen) {
            unread.append(model->summaryAt(row).key);
        }
    }
    setSeen(unread, true);
}

void Application::setSeen(const QList<Notifier::MessageKey> &keys, bool seen)
{
    for (const Notifier::MessageKey &key : keys) {
        m_monitor->setSeen(key, seen);
    }
}

void Application::moveToTrash(const QList<Notifier::MessageKey> &keys)
{
    for (const Notifier::MessageKey &key : keys) {
        m_monitor->moveToTrash(key);
    }
}

void Application::openMessages(const QList<Notifier::MessageKey> &keys)
{
    // One program start per account, not per message: opening ten messages of one account
    // must not start ten mail clients.
    QSet<QString> opened;
    for (const Notifier::MessageKey &key : keys) {
        if (opened.contains(key.folder.accountId)) {
            continue;
        }
        opened.insert(key.folder.accountId);
        const auto account = m_accounts->account(key.folder.accountId);
        if (account && !account->mailClientCommand.isEmpty()) {
            QStringList command = QProcess::splitCommand(account->mailClientCommand);
            if (!command.isEmpty()) {
                const QString program = command.takeFirst();
                if (QProcess::startDetached(program, command)) {
                    continue;
                }
            }
        }
        if (account && account->webmailUrl.isValid() && !account->webmailUrl.isEmpty()) {
            QDesktopServices::openUrl(account->webmailUrl);
            continue;
        }
        // The desktop's mail handler: the default mail program, whatever it is.
        QDesktopServices::openUrl(QUrl(QStringLiteral("mailto:")));
    }
}

void Application::updateDoNotDisturb(bool active)
{
    m_tray.setDoNotDisturbUntil(active ? m_doNotDisturb.until() : QDateTime());
}

} // namespace App
