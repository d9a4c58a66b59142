// Build-time helper: renders the hand-drawn application SVG to one square PNG (or ICO on Windows), so
// the repository keeps a single icon source and every raster size is regenerated from it.
//   arm_svg2png INPUT.svg OUTPUT.(png|ico) SIZE
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: arm_svg2png INPUT.svg OUTPUT.png SIZE\n");
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    const int size = std::atoi(argv[3]);
    if (size < 1 || size > 4096) {
        std::fprintf(stderr, "arm_svg2png: invalid size '%s'\n", argv[3]);
        return 2;
    }
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "arm_svg2png: cannot parse SVG '%s'\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QDir().mkpath(QFileInfo(output).absolutePath());
    if (!image.save(output)) {
        std::fprintf(stderr, "arm_svg2png: cannot write '%s'\n", argv[2]);
        return 1;
    }
    return 0;
}
