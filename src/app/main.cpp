#include "notifier/ApplicationIdentity.h"

#include <QtGui/QIcon>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSystemTrayIcon>

namespace {

QIcon placeholderIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2e, 0x6d, 0xb4));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(4, 12, 56, 40, 6, 6);
    return QIcon(pixmap);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lettertray"));
    QApplication::setApplicationDisplayName(Notifier::ApplicationIdentity::displayName());
    QApplication::setApplicationVersion(QStringLiteral(LETTERTRAY_VERSION));
    QApplication::setDesktopFileName(Notifier::ApplicationIdentity::applicationId());
    QApplication::setQuitOnLastWindowClosed(false);

    QSystemTrayIcon tray(placeholderIcon());
    QMenu menu;
    menu.addAction(QObject::tr("About"), [] {
        QMessageBox::about(nullptr, QObject::tr("About Lettertray"),
                           QObject::tr("Lettertray %1").arg(QApplication::applicationVersion()));
    });
    menu.addAction(QObject::tr("Quit"), &app, &QApplication::quit);
    tray.setContextMenu(&menu);
    tray.show();
    return app.exec();
}
