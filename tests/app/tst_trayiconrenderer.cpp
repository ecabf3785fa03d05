#include "app/TrayIconRenderer.h"

#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtTest/QTest>

#include <cmath>

using App::PanelTone;
using App::TrayIconRenderer;
using App::TrayIconState;

namespace {

bool isColour(QRgb pixel, const QColor &colour, int tolerance = 8)
{
    return qAlpha(pixel) == 255 && std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

QImage renderImage(TrayIconState state, int size, qreal dpr, PanelTone tone = PanelTone::Dark)
{
    return TrayIconRenderer(tone, state)
        .render(size, dpr)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

int countPixels(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += isColour(image.pixel(x, y), colour) ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TestTrayIconRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgeText_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << 0 << QString();
        QTest::newRow("negative") << -4 << QString();
        QTest::newRow("one") << 1 << QStringLiteral("1");
        QTest::newRow("nine") << 9 << QStringLiteral("9");
        QTest::newRow("ten") << 10 << QStringLiteral("10");
        QTest::newRow("ninety-nine") << 99 << QStringLiteral("99");
        QTest::newRow("hundred") << 100 << QStringLiteral("99+");
        QTest::newRow("huge") << 123456 << QStringLiteral("99+");
    }
    void badgeText()
    {
        QFETCH(int, count);
        QFETCH(QString, text);
        QCOMPARE(TrayIconRenderer::badgeText(count), text);
    }

    void sizes_data()
    {
        QTest::addColumn<int>("logical");
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("16@1") << 16 << 1.0;
        QTest::newRow("22@1") << 22 << 1.0;
        QTest::newRow("24@1.25") << 24 << 1.25;
        QTest::newRow("22@1.5") << 22 << 1.5;
        QTest::newRow("22@2") << 22 << 2.0;
        QTest::newRow("32@2") << 32 << 2.0;
        QTest::newRow("16@3") << 16 << 3.0;
        QTest::newRow("48@1") << 48 << 1.0;
    }

    // Every requested size and scale is drawn natively: no scaled bitmap.
    void sizes()
    {
        QFETCH(int, logical);
        QFETCH(qreal, dpr);
        const QPixmap pixmap =
            TrayIconRenderer(PanelTone::Dark, {3, false, false}).render(logical, dpr);
        const int side = static_cast<int>(std::lround(logical * dpr));
        QCOMPARE(pixmap.size(), QSize(side, side));
        QCOMPARE(pixmap.devicePixelRatio(), dpr);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(side / dpr, side / dpr));
    }

    // The envelope frame is made of whole device pixels: its left edge column is fully opaque
    // and the column just outside it fully transparent, at every scale.
    void crispFrame_data() { sizes_data(); }
    void crispFrame()
    {
        QFETCH(int, logical);
        QFETCH(qreal, dpr);
        const QImage image = renderImage({}, logical, dpr);
        const int side = image.width();
        const QRect body = TrayIconRenderer::envelopeRect(side);
        const int stroke = TrayIconRenderer::strokeWidth(side);
        const QColor fg = TrayIconRenderer::foregroundColor(PanelTone::Dark);
        const int middle = body.top() + body.height() / 2;
        for (int x = body.left(); x < body.left() + stroke; ++x) {
            QVERIFY2(isColour(image.pixel(x, middle), fg, 0),
                     qPrintable(QStringLiteral("frame pixel %1,%2 not solid").arg(x).arg(middle)));
        }
        if (body.left() > 0) {
            QCOMPARE(qAlpha(image.pixel(body.left() - 1, middle)), 0);
        }
        QCOMPARE(qAlpha(image.pixel(body.left() + stroke, middle)), 0);
        // Bottom edge, same rule.
        const int centre = body.left() + body.width() / 4;
        QVERIFY(isColour(image.pixel(centre, body.bottom()), fg, 0));
        QCOMPARE(qAlpha(image.pixel(centre, body.bottom() + 1)), 0);
    }

    void badgeShowsOnlyWithUnreadMail_data() { sizes_data(); }
    void badgeShowsOnlyWithUnreadMail()
    {
        QFETCH(int, logical);
        QFETCH(qreal, dpr);
        const QImage none = renderImage({0, false, false}, logical, dpr);
        QCOMPARE(countPixels(none, TrayIconRenderer::badgeColor()), 0);

        for (int count : {1, 42, 1000}) {
            const QImage image = renderImage({count, false, false}, logical, dpr);
            const QRect badge = TrayIconRenderer::badgeRect(image.width(), count);
            QVERIFY(badge.isValid());
            QVERIFY(QRect(QPoint(0, 0), image.size()).contains(badge));
            // Most of the badge is solid badge colour; the digits take the rest.
            const int solid = countPixels(image.copy(badge), TrayIconRenderer::badgeColor());
            QVERIFY2(solid * 10 > badge.width() * badge.height() * 3,
                     qPrintable(QStringLiteral("count %1: only %2 badge pixels in %3x%4")
                                    .arg(count)
                                    .arg(solid)
                                    .arg(badge.width())
                                    .arg(badge.height())));
            // A transparent ring separates the badge from the envelope below it.
            const QPoint below(badge.center().x(),
                               badge.bottom() + 1 +
                                   TrayIconRenderer::strokeWidth(image.width()) / 2);
            QVERIFY(qAlpha(image.pixel(below)) < 128);
        }
    }

    void wideCountsBecomeADotWhereTheyCannotFit()
    {
        QCOMPARE(TrayIconRenderer::badgeRect(16, 150).width(),
                 TrayIconRenderer::badgeRect(16, 5).width());
        QVERIFY(TrayIconRenderer::badgeRect(32, 150).width() >
                TrayIconRenderer::badgeRect(32, 5).width());
        QVERIFY(TrayIconRenderer::badgeRect(32, 15).width() >
                TrayIconRenderer::badgeRect(32, 5).width());
    }

    void problemState_data() { sizes_data(); }
    void problemState()
    {
        QFETCH(int, logical);
        QFETCH(qreal, dpr);
        QCOMPARE(countPixels(renderImage({}, logical, dpr), TrayIconRenderer::problemColor()), 0);
        const QImage image = renderImage({0, true, false}, logical, dpr);
        const int side = image.width();
        QVERIFY(countPixels(image, TrayIconRenderer::problemColor()) > side * side / 40);
        // Problem and unread badge both show; they never overlap.
        QVERIFY(!TrayIconRenderer::badgeRect(side, 7).intersects(
            TrayIconRenderer::cornerMarkRect(side)));
    }

    void doNotDisturbDimsTheEnvelope()
    {
        const QImage normal = renderImage({}, 22, 1.0);
        const QImage quiet = renderImage({0, false, true}, 22, 1.0);
        const QRect body = TrayIconRenderer::envelopeRect(22);
        const QPoint edge(body.left(), body.top() + body.height() / 2);
        QCOMPARE(qAlpha(normal.pixel(edge)), 255);
        QVERIFY(qAlpha(quiet.pixel(edge)) < 200);
        QVERIFY(qAlpha(quiet.pixel(edge)) > 60);
        QVERIFY(normal != quiet);
    }

    void toneChoosesTheGlyphColour()
    {
        const QImage onDark = renderImage({}, 22, 1.0, PanelTone::Dark);
        const QImage onLight = renderImage({}, 22, 1.0, PanelTone::Light);
        const QRect body = TrayIconRenderer::envelopeRect(22);
        const QPoint edge(body.left(), body.top() + body.height() / 2);
        QVERIFY(qGray(onDark.pixel(edge)) > 200);
        QVERIFY(qGray(onLight.pixel(edge)) < 80);
        QCOMPARE(TrayIconRenderer::toneForBackground(Qt::black), PanelTone::Dark);
        QCOMPARE(TrayIconRenderer::toneForBackground(QColor(0xee, 0xee, 0xee)), PanelTone::Light);
    }

    // QIcon asks the engine for exactly the scale it needs.
    void iconRendersAtRequestedScale()
    {
        const QIcon icon = TrayIconRenderer(PanelTone::Dark, {5, false, false}).icon();
        QVERIFY(!icon.isNull());
        const QPixmap at2 = icon.pixmap(QSize(22, 22), 2.0);
        QCOMPARE(at2.size(), QSize(44, 44));
        QCOMPARE(at2.devicePixelRatio(), 2.0);
        const QPixmap at1 = icon.pixmap(QSize(16, 16), 1.0);
        QCOMPARE(at1.size(), QSize(16, 16));
        const QImage image = at2.toImage().convertToFormat(QImage::Format_ARGB32);
        const QRect badge = TrayIconRenderer::badgeRect(44, 5);
        QVERIFY(countPixels(image.copy(badge), TrayIconRenderer::badgeColor()) * 10 >
                badge.width() * badge.height() * 3);
        const QPixmap odd = icon.pixmap(QSize(22, 22), 1.25);
        QCOMPARE(odd.devicePixelRatio(), 1.25);
        QVERIFY(std::abs(odd.width() - 27.5) <= 0.5);
    }
};

QTEST_MAIN(TestTrayIconRenderer)
#include "tst_trayiconrenderer.moc"
