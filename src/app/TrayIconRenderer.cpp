#include "app/TrayIconRenderer.h"

#include "app/TrayIconEngine.h"

#include <QtGui/QFont>
#include <QtGui/QFontMetrics>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>
#include <cmath>

namespace App {

namespace {

int scaled(int side, double fraction)
{
    return static_cast<int>(std::lround(side * fraction));
}

int badgeDiameter(int side)
{
    return std::max(5, scaled(side, 0.56));
}

} // namespace

TrayIconRenderer::TrayIconRenderer(PanelTone tone, TrayIconState state)
    : m_tone(tone)
    , m_state(state)
{}

QString TrayIconRenderer::badgeText(int unreadCount)
{
    if (unreadCount <= 0) {
        return {};
    }
    if (unreadCount > 99) {
        return QStringLiteral("99+");
    }
    return QString::number(unreadCount);
}

QColor TrayIconRenderer::foregroundColor(PanelTone tone)
{
    // Near-white on dark panels and near-black on light ones, like the symbolic icons of the
    // desktops we sit next to; pure white/black looks harsher than its neighbours.
    return tone == PanelTone::Dark ? QColor(0xf2, 0xf2, 0xf2) : QColor(0x2e, 0x34, 0x36);
}

QColor TrayIconRenderer::badgeColor()
{
    return QColor(0xe0, 0x1b, 0x24);
}

QColor TrayIconRenderer::problemColor()
{
    return QColor(0xf5, 0xa6, 0x23);
}

PanelTone TrayIconRenderer::toneForBackground(const QColor &panelBackground)
{
    return panelBackground.lightnessF() < 0.5 ? PanelTone::Dark : PanelTone::Light;
}

int TrayIconRenderer::strokeWidth(int side)
{
    return std::max(1, scaled(side, 1.0 / 16.0));
}

QRect TrayIconRenderer::envelopeRect(int side)
{
    const int left = scaled(side, 0.0625);
    const int top = scaled(side, 0.1875);
    return QRect(left, top, side - 2 * left, scaled(side, 0.625));
}

QRect TrayIconRenderer::badgeRect(int side, int unreadCount)
{
    const QString text = badgeText(unreadCount);
    if (text.isEmpty()) {
        return {};
    }
    const int diameter = badgeDiameter(side);
    int width = diameter;
    if (text.size() == 2) {
        width = scaled(diameter, 1.35);
    } else if (text.size() >= 3) {
        width = scaled(diameter, 1.65);
    }
    // Where "99+" cannot be read (below 20 device pixels) a plain dot still says "there is
    // unread mail"; digits squeezed to 4 pixels would only be noise.
    if (width > side || (text.size() >= 3 && side < 20)) {
        width = diameter;
    }
    return QRect(side - width, 0, width, diameter);
}

QRect TrayIconRenderer::cornerMarkRect(int side)
{
    const int size = side - badgeDiameter(side);
    return QRect(side - size, side - size, size, size);
}

QPixmap TrayIconRenderer::render(int logicalSize, qreal devicePixelRatio) const
{
    return renderDevicePixels(static_cast<int>(std::lround(logicalSize * devicePixelRatio)),
                              devicePixelRatio);
}

QPixmap TrayIconRenderer::renderDevicePixels(int side, qreal devicePixelRatio) const
{
    side = std::max(1, side);
    // Painted on an image without a device pixel ratio so that coordinates are device pixels;
    // the ratio is attached afterwards.
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintDevicePixels(&painter, side);
    }
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

void TrayIconRenderer::paintDevicePixels(QPainter *painter, int side) const
{
    painter->save();
    paintEnvelope(painter, side);
    if (m_state.unreadCount > 0) {
        paintBadge(painter, side);
    }
    if (m_state.problem) {
        paintProblemMark(painter, side);
    } else if (m_state.doNotDisturb) {
        paintQuietMark(painter, side);
    }
    painter->restore();
}

QIcon TrayIconRenderer::icon() const
{
    return QIcon(new TrayIconEngine(*this));
}

void TrayIconRenderer::paintEnvelope(QPainter *painter, int side) const
{
    QColor colour = foregroundColor(m_tone);
    if (m_state.doNotDisturb) {
        colour.setAlphaF(0.55f);
    }
    const QRect body = envelopeRect(side);
    const int stroke = strokeWidth(side);

    // The frame is four filled rectangles, not a stroked path: filled integer rectangles never
    // straddle two device pixels, which is what keeps the outline sharp at every scale.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRect(body.left(), body.top(), body.width(), stroke), colour);
    painter->fillRect(QRect(body.left(), body.bottom() - stroke + 1, body.width(), stroke), colour);
    painter->fillRect(QRect(body.left(), body.top(), stroke, body.height()), colour);
    painter->fillRect(QRect(body.right() - stroke + 1, body.top(), stroke, body.height()), colour);

    // The flap is diagonal and cannot be grid-aligned; antialiasing keeps it smooth instead.
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal half = stroke / 2.0;
    QPainterPath flap;
    flap.moveTo(body.left() + half, body.top() + half);
    flap.lineTo(body.left() + body.width() / 2.0, body.top() + body.height() * 0.58);
    flap.lineTo(body.left() + body.width() - half, body.top() + half);
    QPen pen(colour, stroke, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    painter->strokePath(flap, pen);
}

void TrayIconRenderer::paintBadge(QPainter *painter, int side) const
{
    const QRect rect = badgeRect(side, m_state.unreadCount);
    const int gap = strokeWidth(side);
    const qreal radius = rect.height() / 2.0;

    painter->setRenderHint(QPainter::Antialiasing, true);
    // A transparent ring around the badge separates it from the envelope lines it overlaps.
    painter->setCompositionMode(QPainter::CompositionMode_Clear);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    painter->drawRoundedRect(QRectF(rect).adjusted(-gap, -gap, gap, gap), radius + gap,
                             radius + gap);
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);

    painter->setBrush(badgeColor());
    painter->drawRoundedRect(QRectF(rect), radius, radius);

    const QString text = badgeText(m_state.unreadCount);
    QFont font = painter->font();
    font.setBold(true);
    font.setHintingPreference(QFont::PreferFullHinting);
    int pixelSize = std::max(5, scaled(rect.height(), 0.82));
    for (; pixelSize >= 5; --pixelSize) {
        font.setPixelSize(pixelSize);
        if (QFontMetrics(font).horizontalAdvance(text) <= rect.width() - 1) {
            break;
        }
    }
    if (pixelSize < 5) {
        return; // the badge alone says "unread"; unreadable digits would only be noise
    }
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
}

void TrayIconRenderer::paintProblemMark(QPainter *painter, int side) const
{
    const QRect rect = cornerMarkRect(side);
    const int gap = strokeWidth(side);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);

    QPolygonF triangle;
    triangle << QPointF(rect.left() + rect.width() / 2.0, rect.top())
             << QPointF(rect.right() + 1, rect.bottom() + 1)
             << QPointF(rect.left(), rect.bottom() + 1);
    painter->setCompositionMode(QPainter::CompositionMode_Clear);
    painter->setBrush(Qt::black);
    QPainterPath cut;
    cut.addPolygon(triangle);
    painter->strokePath(cut, QPen(Qt::black, 2 * gap, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolygon(triangle);
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter->setBrush(problemColor());
    painter->drawPolygon(triangle);

    // The "!" is made of grid-aligned rectangles so it stays legible at 7 device pixels.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const int bar = std::max(1, scaled(rect.width(), 1.0 / 7.0));
    const int x = rect.left() + (rect.width() - bar) / 2;
    const int barTop = rect.top() + scaled(rect.height(), 0.36);
    const int dotTop = rect.bottom() + 1 - scaled(rect.height(), 0.12) - bar;
    const QColor ink(0x1a, 0x1a, 0x1a);
    painter->fillRect(QRect(x, barTop, bar, std::max(1, dotTop - barTop - bar)), ink);
    painter->fillRect(QRect(x, dotTop, bar, bar), ink);
}

void TrayIconRenderer::paintQuietMark(QPainter *painter, int side) const
{
    const QRect rect = cornerMarkRect(side);
    const int gap = strokeWidth(side);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setCompositionMode(QPainter::CompositionMode_Clear);
    painter->setBrush(Qt::black);
    painter->drawEllipse(QRectF(rect).adjusted(-gap, -gap, gap, gap));
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter->setBrush(foregroundColor(m_tone));
    painter->drawEllipse(QRectF(rect));

    // A "no entry" bar cut out of the disc: notifications are held back.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setCompositionMode(QPainter::CompositionMode_Clear);
    const int barHeight = std::max(1, scaled(rect.height(), 0.2));
    const int inset = std::max(1, scaled(rect.width(), 0.22));
    painter->fillRect(QRect(rect.left() + inset, rect.top() + (rect.height() - barHeight) / 2,
                            rect.width() - 2 * inset, barHeight),
                      Qt::black);
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
}

} // namespace App
