#include "app/FallbackWindow.h"

#include "app/AppIcon.h"
#include "app/TrayController.h"

#include <QtCore/QEvent>
#include <QtGui/QAction>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>

namespace App {

FallbackWindow::FallbackWindow(TrayController *tray, QWidget *parent)
    : QWidget(parent)
    , m_tray(tray)
    , m_iconLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_listButton(new QPushButton(this))
    , m_checkButton(new QPushButton(this))
    , m_menuButton(new QPushButton(this))
{
    retranslate();
    setWindowIcon(AppIcon::icon());
    m_iconLabel->setFixedSize(48, 48);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_menuButton->setMenu(tray->menu());

    auto *top = new QHBoxLayout;
    top->addWidget(m_iconLabel);
    top->addWidget(m_summaryLabel, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_listButton);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);

    connect(m_listButton, &QPushButton::clicked, tray, &TrayController::messageListRequested);
    connect(m_checkButton, &QPushButton::clicked, tray, &TrayController::checkNowRequested);
    connect(tray, &TrayController::stateChanged, this, &FallbackWindow::refresh);
    refresh();
}

void FallbackWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The summary is the tray's tooltip, which TrayController translates for both.
        refresh();
    }
    QWidget::changeEvent(event);
}

void FallbackWindow::retranslate()
{
    setWindowTitle(tr("Lettertray"));
    m_listButton->setText(tr("Message &List"));
    m_checkButton->setText(tr("&Check Now"));
    m_menuButton->setText(tr("&More"));
}

QString FallbackWindow::summaryText() const
{
    return m_summaryLabel->text();
}

void FallbackWindow::refresh()
{
    // The tooltip's first line is the program name, which the title bar already shows.
    QStringList lines = m_tray->toolTip().split(QLatin1Char('\n'));
    if (!lines.isEmpty()) {
        lines.removeFirst();
    }
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_iconLabel->setPixmap(m_tray->currentIcon().pixmap(QSize(48, 48), devicePixelRatioF()));
    m_checkButton->setEnabled(m_tray->checkNowAction()->isEnabled());
}

} // namespace App
