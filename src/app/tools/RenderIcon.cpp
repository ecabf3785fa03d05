// lettertray-render-icon SVG SIZE PNG: renders the application icon to one hicolor PNG size at
// build time, so the PNGs always match the SVG and no bitmap is kept in the repository.
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QTextStream>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtSvg/QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0 || size > 4096) {
        QTextStream(stderr) << "usage: lettertray-render-icon SVG SIZE PNG\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        QTextStream(stderr) << "lettertray-render-icon: cannot read " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QDir().mkpath(QFileInfo(args.at(3)).absolutePath());
    if (!image.save(args.at(3), "PNG")) {
        QTextStream(stderr) << "lettertray-render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
