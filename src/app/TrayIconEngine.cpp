#include "app/TrayIconEngine.h"

#include <QtGui/QPaintDevice>
#include <QtGui/QPainter>

#include <algorithm>
#include <cmath>

namespace App {

TrayIconEngine::TrayIconEngine(const TrayIconRenderer &renderer)
    : m_renderer(renderer)
{}

void TrayIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State)
{
    const int side = std::min(rect.width(), rect.height());
    if (side <= 0) {
        return;
    }
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = m_renderer.render(side, scale);
    const QPoint topLeft(rect.left() + (rect.width() - side) / 2,
                         rect.top() + (rect.height() - side) / 2);
    painter->drawPixmap(topLeft, pixmap);
}

QPixmap TrayIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TrayIconEngine::scaledPixmap(const QSize &size, QIcon::Mode, QIcon::State, qreal scale)
{
    // QIcon::pixmap(size, scale) hands us the size in device pixels already (size × scale).
    const int side = std::max(1, std::min(size.width(), size.height()));
    return m_renderer.renderDevicePixels(side, scale);
}

QSize TrayIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = std::min(size.width(), size.height());
    return QSize(side, side);
}

QList<QSize> TrayIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    // Any size can be drawn; these are the ones trays and menus commonly ask for.
    return {QSize(16, 16), QSize(22, 22), QSize(24, 24),
            QSize(32, 32), QSize(48, 48), QSize(64, 64)};
}

QIconEngine *TrayIconEngine::clone() const
{
    return new TrayIconEngine(m_renderer);
}

QString TrayIconEngine::key() const
{
    return QStringLiteral("lettertray-tray");
}

} // namespace App
