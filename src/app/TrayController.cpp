#include "app/TrayController.h"

#include "notifier/ApplicationIdentity.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtGui/QAction>
#include <QtWidgets/QMenu>

namespace App {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    // Panels are dark on most desktops we meet (GNOME, Xfce, Cinnamon, Windows 11 dark) and
    // a tray host does not tell its colour, so a light glyph is the default; Settings can
    // switch to the dark glyph for light panels.
    , m_renderer(PanelTone::Dark)
{
    buildMenu();
    m_menu->installEventFilter(this);
    refresh();
}

TrayController::~TrayController() = default;

void TrayController::buildMenu()
{
    m_accountsHeader = m_menu->addSection(QString());
    m_accountsEnd = m_menu->addSeparator();

    m_checkNow = m_menu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), QString());
    m_markAllRead =
        m_menu->addAction(QIcon::fromTheme(QStringLiteral("mail-mark-read")), QString());
    m_dndMenu =
        m_menu->addMenu(QIcon::fromTheme(QStringLiteral("notifications-disabled")), QString());
    m_dndHour = m_dndMenu->addAction(QString());
    m_dndTomorrow = m_dndMenu->addAction(QString());
    m_dndOff = m_dndMenu->addAction(QString());
    m_menu->addSeparator();
    m_messageList = m_menu->addAction(QIcon::fromTheme(QStringLiteral("mail-message")), QString());
    m_settings =
        m_menu->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), QString());
    m_about = m_menu->addAction(QIcon::fromTheme(QStringLiteral("help-about")), QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString());
    m_menu->setDefaultAction(m_messageList);

    connect(m_checkNow, &QAction::triggered, this, &TrayController::checkNowRequested);
    connect(m_markAllRead, &QAction::triggered, this, &TrayController::markAllReadRequested);
    connect(m_dndHour, &QAction::triggered, this, &TrayController::doNotDisturbForHourRequested);
    connect(m_dndTomorrow, &QAction::triggered, this,
            &TrayController::doNotDisturbUntilTomorrowRequested);
    connect(m_dndOff, &QAction::triggered, this, &TrayController::doNotDisturbOffRequested);
    connect(m_messageList, &QAction::triggered, this, &TrayController::messageListRequested);
    connect(m_settings, &QAction::triggered, this, &TrayController::settingsRequested);
    connect(m_about, &QAction::triggered, this, &TrayController::aboutRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    retranslate();
}

void TrayController::retranslate()
{
    m_accountsHeader->setText(tr("Accounts"));
    m_checkNow->setText(tr("&Check Now"));
    m_markAllRead->setText(tr("&Mark All as Read"));
    m_dndMenu->setTitle(tr("&Do Not Disturb"));
    m_dndHour->setText(tr("For 1 &Hour"));
    m_dndTomorrow->setText(tr("Until &Tomorrow"));
    m_dndOff->setText(tr("&Off"));
    m_messageList->setText(tr("Message &List"));
    m_settings->setText(tr("&Settings…"));
    m_about->setText(tr("&About Lettertray"));
    m_quit->setText(tr("&Quit"));
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // the tooltip and the per-account lines are built from translated texts
    }
    return QObject::eventFilter(watched, event);
}

bool TrayController::showInTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return false;
    }
    if (!m_tray) {
        m_tray = std::make_unique<QSystemTrayIcon>(m_icon);
        m_tray->setContextMenu(m_menu.get());
        m_tray->setToolTip(m_toolTip);
        connect(m_tray.get(), &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    // A left click opens the list; the context menu is Qt's business.
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick) {
                        Q_EMIT messageListRequested();
                    } else if (reason == QSystemTrayIcon::MiddleClick) {
                        Q_EMIT checkNowRequested();
                    }
                });
        connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this,
                &TrayController::messageListRequested);
    }
    m_tray->show();
    return true;
}

bool TrayController::isInTray() const
{
    return m_tray && m_tray->isVisible();
}

void TrayController::setAccountStatuses(const AccountStatusList &statuses)
{
    if (statuses == m_statuses) {
        return;
    }
    m_statuses = statuses;
    refresh();
}

void TrayController::setDoNotDisturbUntil(const QDateTime &until)
{
    m_doNotDisturbUntil = until;
    refresh();
}

void TrayController::setPanelTone(PanelTone tone)
{
    m_renderer.setTone(tone);
    refresh();
}

void TrayController::showTrayMessage(const QString &title, const QString &text)
{
    if (m_tray) {
        m_tray->showMessage(title, text, m_icon);
    }
}

void TrayController::rebuildAccountSection()
{
    for (QAction *action : std::as_const(m_accountActions)) {
        m_menu->removeAction(action);
        delete action;
    }
    m_accountActions.clear();

    auto addLine = [this](const QString &text, const QString &toolTip) {
        auto *action = new QAction(text, m_menu.get());
        action->setEnabled(false); // information, not a command
        action->setToolTip(toolTip);
        m_menu->insertAction(m_accountsEnd, action);
        m_accountActions.append(action);
    };
    if (m_statuses.isEmpty()) {
        addLine(tr("No accounts yet"), QString());
        return;
    }
    for (const AccountStatus &status : std::as_const(m_statuses)) {
        if (status.problem) {
            addLine(tr("%1 — problem: %2").arg(status.name, status.problemText),
                    status.problemText);
        } else {
            addLine(tr("%1 — %n new", nullptr, status.unreadCount).arg(status.name), QString());
        }
    }
}

void TrayController::refresh()
{
    TrayIconState state;
    QStringList problems;
    for (const AccountStatus &status : std::as_const(m_statuses)) {
        state.unreadCount += std::max(0, status.unreadCount);
        if (status.problem) {
            state.problem = true;
            problems.append(status.name);
        }
    }
    state.doNotDisturb = m_doNotDisturbUntil.isValid();
    const bool iconChanged = !(state == m_renderer.state()) || m_icon.isNull();
    m_renderer.setState(state);
    if (iconChanged) {
        m_icon = m_renderer.icon();
    }

    QStringList lines{Notifier::ApplicationIdentity::displayName()};
    if (m_statuses.isEmpty()) {
        lines.append(tr("No accounts yet"));
    } else if (state.unreadCount == 0) {
        lines.append(tr("No new mail"));
    } else {
        lines.append(tr("%n new message(s)", nullptr, state.unreadCount));
    }
    if (m_statuses.size() > 1) {
        for (const AccountStatus &status : std::as_const(m_statuses)) {
            lines.append(status.problem
                             ? tr("%1: %2").arg(status.name, status.problemText)
                             : tr("%1: %n new", nullptr, status.unreadCount).arg(status.name));
        }
    } else if (state.problem) {
        lines.append(m_statuses.constFirst().problemText);
    }
    if (state.doNotDisturb) {
        lines.append(
            tr("Do not disturb until %1")
                .arg(QLocale().toString(m_doNotDisturbUntil.time(), QLocale::ShortFormat)));
    }
    m_toolTip = lines.join(QLatin1Char('\n'));

    m_markAllRead->setEnabled(state.unreadCount > 0);
    m_checkNow->setEnabled(!m_statuses.isEmpty());
    m_dndOff->setEnabled(state.doNotDisturb);
    rebuildAccountSection();

    if (m_tray) {
        if (iconChanged) {
            m_tray->setIcon(m_icon);
        }
        m_tray->setToolTip(m_toolTip);
    }
    if (iconChanged) {
        Q_EMIT this->iconChanged(m_icon);
    }
    Q_EMIT stateChanged();
}

} // namespace App
