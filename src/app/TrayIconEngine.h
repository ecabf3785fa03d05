#pragma once

#include "app/TrayIconRenderer.h"

#include <QtGui/QIconEngine>

namespace App {

// A QIconEngine that asks TrayIconRenderer for exactly the size and scale requested, so the
// tray never shows a bitmap scaled from another size.
class TrayIconEngine final : public QIconEngine
{
public:
    explicit TrayIconEngine(const TrayIconRenderer &renderer);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    TrayIconRenderer m_renderer;
};

} // namespace App
