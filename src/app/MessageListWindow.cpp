#include "app/MessageListWindow.h"

#include "app/AppIcon.h"

#include <QtWidgets/QLabel>

namespace App {

MessageListWindow::MessageListWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("New Mail — Lettertray"));
    setWindowIcon(AppIcon::icon());
    auto *label = new QLabel(tr("No new messages."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(720, 480);
}

void MessageListWindow::raiseToFront()
{
    if (isMinimized()) {
        showNormal();
    } else {
        show();
    }
    raise();
    activateWindow();
}

} // namespace App
