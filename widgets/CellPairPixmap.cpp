#include "widgets/CellPairPixmap.h"

#include <QPainter>

namespace arm {

QPixmap CellPairPixmap::render(const QImage& left, const QImage& right, const QString& leftCaption,
                               const QString& rightCaption, const QFontMetrics& metrics, const QPalette& palette,
                               qreal devicePixelRatio)
{
    const int side = 4 * metrics.height();
    const int gap = 4;
    const int captionH = metrics.height();
    QPixmap pm(QSize(2 * side + 3 * gap, side + 3 * gap + captionH) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(palette.color(QPalette::ToolTipBase));
    QPainter p(&pm);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    auto draw = [&](const QImage& img, const QString& caption, int x) {
        if (!img.isNull()) {
            const QSize s = img.size().scaled(side, side, Qt::KeepAspectRatio);
            p.drawImage(QRect(x + (side - s.width()) / 2, gap + (side - s.height()) / 2, s.width(), s.height()), img);
        }
        p.setPen(palette.color(QPalette::ToolTipText));
        p.drawText(QRect(x, side + 2 * gap, side, captionH), Qt::AlignCenter,
                   metrics.elidedText(caption, Qt::ElideRight, side));
    };
    draw(left, leftCaption, gap);
    draw(right, rightCaption, side + 2 * gap);
    return pm;
}

} // namespace arm
