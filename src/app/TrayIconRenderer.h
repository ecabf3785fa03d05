#pragma once

#include <QtCore/QRect>
#include <QtCore/QString>
#include <QtGui/QColor>
#include <QtGui/QIcon>
#include <QtGui/QPixmap>

class QPainter;

namespace App {

// What the tray icon has to say at a glance.
struct TrayIconState
{
    int unreadCount = 0;
    bool problem = false;      // an account cannot connect or authenticate
    bool doNotDisturb = false; // notifications are held back
    friend bool operator==(const TrayIconState &, const TrayIconState &) = default;
};

// The colour of the panel the icon sits on decides the colour of the monochrome envelope.
enum class PanelTone
{
    Dark,
    Light
};

// Draws the tray icon in code rather than scaling a bitmap: every line is placed on the device
// pixel grid of the exact size asked for, so the envelope and the unread badge stay sharp at
// 16 px, at 22 px × 1.25 and at 32 px × 3 alike. icon() returns a QIcon whose engine renders
// on demand, so Qt asks for precisely the size and scale the tray needs.
class TrayIconRenderer
{
public:
    explicit TrayIconRenderer(PanelTone tone = PanelTone::Dark, TrayIconState state = {});

    PanelTone tone() const { return m_tone; }
    void setTone(PanelTone tone) { m_tone = tone; }
    TrayIconState state() const { return m_state; }
    void setState(const TrayIconState &state) { m_state = state; }

    // A pixmap of logicalSize × logicalSize device-independent pixels at the given scale.
    QPixmap render(int logicalSize, qreal devicePixelRatio) const;
    // A pixmap of exactly `side` device pixels, tagged with the given ratio.
    QPixmap renderDevicePixels(int side, qreal devicePixelRatio) const;
    // Paints into a square of `side` device pixels at the painter's origin (no transform).
    void paintDevicePixels(QPainter *painter, int side) const;
    QIcon icon() const;

    // "" for no badge, "1".."99", then "99+": wider text would not fit a tray icon.
    static QString badgeText(int unreadCount);
    static QColor foregroundColor(PanelTone tone);
    static QColor badgeColor();
    static QColor problemColor();

    // Geometry in device pixels for an icon of `side` device pixels; exposed for the tests.
    static int strokeWidth(int side);
    static QRect envelopeRect(int side);
    static QRect badgeRect(int side, int unreadCount);
    static QRect cornerMarkRect(int side);
    static PanelTone toneForBackground(const QColor &panelBackground);

private:
    void paintEnvelope(QPainter *painter, int side) const;
    void paintBadge(QPainter *painter, int side) const;
    void paintProblemMark(QPainter *painter, int side) const;
    void paintQuietMark(QPainter *painter, int side) const;

    PanelTone m_tone;
    TrayIconState m_state;
};

} // namespace App
