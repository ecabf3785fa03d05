#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QMenu;
class QPushButton;

namespace App {

class TrayController;

// Where the desktop has no tray (GNOME without extensions), this small window takes the tray
// icon's place: the same icon with its badge, the same summary and the same menu.
class FallbackWindow : public QWidget
{
    Q_OBJECT

public:
    explicit FallbackWindow(TrayController *tray, QWidget *parent = nullptr);

    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    TrayController *m_tray;
    QLabel *m_iconLabel;
    QLabel *m_summaryLabel;
    QPushButton *m_listButton;
    QPushButton *m_checkButton;
    QPushButton *m_menuButton;
};

} // namespace App
