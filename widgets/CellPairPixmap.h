#pragma once

#include <QFontMetrics>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QString>

namespace arm {

// The two faces behind a matrix cell, side by side with their captions, as the hover popup of
// MatrixPlot shows them: a fixed logical size (four text lines a face), drawn at the screen's density.
class CellPairPixmap {
public:
    static QPixmap render(const QImage& left, const QImage& right, const QString& leftCaption,
                          const QString& rightCaption, const QFontMetrics& metrics, const QPalette& palette,
                          qreal devicePixelRatio);
};

} // namespace arm
