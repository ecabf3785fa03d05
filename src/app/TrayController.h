#pragma once

#include "app/AccountStatus.h"
#include "app/TrayIconRenderer.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtGui/QIcon>
#include <QtWidgets/QSystemTrayIcon>

#include <memory>

class QAction;
class QMenu;

namespace App {

// The tray icon and its menu. It shows state (unread count, problems, do-not-disturb, one line
// per account) and turns clicks into requests; it decides nothing itself. The same menu serves
// the fallback window where the desktop has no tray.
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon when a tray exists; false when there is none (use the fallback window).
    bool showInTray();
    bool isInTray() const;
    QSystemTrayIcon *trayIcon() const { return m_tray.get(); }
    QMenu *menu() const { return m_menu.get(); }

    void setAccountStatuses(const AccountStatusList &statuses);
    void setDoNotDisturbUntil(const QDateTime &until); // invalid: off
    void setPanelTone(PanelTone tone);

    TrayIconState iconState() const { return m_renderer.state(); }
    QIcon currentIcon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }

    QAction *checkNowAction() const { return m_checkNow; }
    QAction *markAllReadAction() const { return m_markAllRead; }
    QAction *messageListAction() const { return m_messageList; }
    QAction *settingsAction() const { return m_settings; }
    QAction *aboutAction() const { return m_about; }
    QAction *quitAction() const { return m_quit; }
    QAction *doNotDisturbHourAction() const { return m_dndHour; }
    QAction *doNotDisturbTomorrowAction() const { return m_dndTomorrow; }
    QAction *doNotDisturbOffAction() const { return m_dndOff; }

    // Shows a message through the tray where the desktop has no notification service.
    void showTrayMessage(const QString &title, const QString &text);

Q_SIGNALS:
    void checkNowRequested();
    void markAllReadRequested();
    void doNotDisturbForHourRequested();
    void doNotDisturbUntilTomorrowRequested();
    void doNotDisturbOffRequested();
    void messageListRequested();
    void settingsRequested();
    void aboutRequested();
    void quitRequested();
    void iconChanged(const QIcon &icon);
    void stateChanged(); // icon, tooltip or menu lines changed

protected:
    // The menu is a top-level widget, so it receives QEvent::LanguageChange when the language
    // changes while the program runs; this object (no widget) listens to it there.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void retranslate();
    void refresh();
    void rebuildAccountSection();

    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    TrayIconRenderer m_renderer;
    QIcon m_icon;
    QString m_toolTip;
    AccountStatusList m_statuses;
    QDateTime m_doNotDisturbUntil;

    QAction *m_accountsHeader = nullptr;
    QList<QAction *> m_accountActions;
    QAction *m_accountsEnd = nullptr;
    QAction *m_checkNow = nullptr;
    QAction *m_markAllRead = nullptr;
    QMenu *m_dndMenu = nullptr;
    QAction *m_dndHour = nullptr;
    QAction *m_dndTomorrow = nullptr;
    QAction *m_dndOff = nullptr;
    QAction *m_messageList = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_about = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace App
