#pragma once

#include "widgets/ColorMap.h"

#include <QImage>
#include <QPoint>
#include <QRectF>
#include <QVector>

namespace arm {

// The geometry of a value grid laid over an image. Each cell comes with its receptive-field rectangle;
// the cells' centres are taken to form a separable lattice (all cells of a row share a y, all cells of
// a column an x: what convolution geometry gives), and each cell owns the tile between the midpoints
// to its neighbours, clipped to the image. Hit tests and rendering both use these tiles, so what is
// hovered is what is drawn.
class GridLattice {
public:
    // rects: rows * cols, row-major, image coordinates; bounds: the image size.
    void set(int rows, int cols, const QVector<QRectF>& rects, const QSizeF& bounds);
    void clear();
    bool isEmpty() const { return m_xCentres.isEmpty(); }

    // x = col, y = row; (-1, -1) outside every tile.
    QPoint cellAt(const QPointF& imagePoint) const;
    QRectF tile(int row, int col) const;

    // Colours values (row-major, rows * cols) into an image of `pixels` covering `region` (image
    // coordinates). Nearest: each pixel takes its tile's value; smooth: bilinear between centres.
    // Non-finite values and pixels outside the tiles stay transparent.
    QImage render(const QVector<float>& values, const QSize& pixels, const QRectF& region, double lo, double hi,
                  ColorMap::Kind kind, bool smooth) const;

private:
    static int indexOf(double v, const QVector<double>& edges);

    QVector<double> m_xCentres, m_yCentres;
    QVector<double> m_xEdges, m_yEdges;
};

} // namespace arm
