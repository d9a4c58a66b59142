#include "widgets/GridLattice.h"

#include <algorithm>
#include <cmath>

namespace arm {

namespace {
// Tile boundaries of a 1-D lattice of centres: midpoints inside, half a spacing beyond the ends.
QVector<double> edgesOf(const QVector<double>& centres, double singleWidth)
{
    const int n = centres.size();
    QVector<double> edges(n + 1);
    for (int i = 1; i < n; ++i)
        edges[i] = 0.5 * (centres[i - 1] + centres[i]);
    const double first = n > 1 ? centres[1] - centres[0] : singleWidth;
    const double last = n > 1 ? centres[n - 1] - centres[n - 2] : singleWidth;
    edges[0] = centres[0] - 0.5 * first;
    edges[n] = centres[n - 1] + 0.5 * last;
    return edges;
}

// Position of v between lattice centres: lower index and fraction, clamped to the ends.
void bracket(double v, const QVector<double>& centres, int& i0, int& i1, double& f)
{
    const int n = centres.size();
    if (n == 1 || v <= centres[0]) {
        i0 = i1 = 0;
        f = 0.0;
        return;
    }
    if (v >= centres[n - 1]) {
        i0 = i1 = n - 1;
        f = 0.0;
        return;
    }
    const auto it = std::upper_bound(centres.begin(), centres.end(), v);
    i1 = static_cast<int>(it - centres.begin());
    i0 = i1 - 1;
    const double span = centres[i1] - centres[i0];
    f = span > 0 ? (v - centres[i0]) / span : 0.0;
}
} // namespace

void GridLattice::clear()
{
    m_xCentres.clear();
    m_yCentres.clear();
    m_xEdges.clear();
    m_yEdges.clear();
}

void GridLattice::set(int rows, int cols, const QVector<QRectF>& rects, const QSizeF& bounds)
{
    clear();
    if (rows <= 0 || cols <= 0 || rects.size() != rows * cols)
        return;
    m_xCentres.fill(0.0, cols);
    m_yCentres.fill(0.0, rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const QPointF centre = rects[r * cols + c].center();
            m_xCentres[c] += centre.x() / rows;
            m_yCentres[r] += centre.y() / cols;
        }
    std::sort(m_xCentres.begin(), m_xCentres.end());
    std::sort(m_yCentres.begin(), m_yCentres.end());
    m_xEdges = edgesOf(m_xCentres, rects[0].width());
    m_yEdges = edgesOf(m_yCentres, rects[0].height());
    // Receptive fields reach into the padding; the drawing stops at the image.
    m_xEdges.front() = std::max(m_xEdges.front(), 0.0);
    m_yEdges.front() = std::max(m_yEdges.front(), 0.0);
    m_xEdges.back() = std::min(m_xEdges.back(), bounds.width());
    m_yEdges.back() = std::min(m_yEdges.back(), bounds.height());
}

int GridLattice::indexOf(double v, const QVector<double>& edges)
{
    if (edges.size() < 2 || v < edges.front() || v >= edges.back())
        return -1;
    const auto it = std::upper_bound(edges.begin(), edges.end(), v);
    return std::clamp(static_cast<int>(it - edges.begin()) - 1, 0, int(edges.size()) - 2);
}

QPoint GridLattice::cellAt(const QPointF& p) const
{
    const int col = indexOf(p.x(), m_xEdges);
    const int row = indexOf(p.y(), m_yEdges);
    if (row < 0 || col < 0)
        return {-1, -1};
    return {col, row};
}

QRectF GridLattice::tile(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_yCentres.size() || col >= m_xCentres.size())
        return {};
    return QRectF(QPointF(m_xEdges[col], m_yEdges[row]), QPointF(m_xEdges[col + 1], m_yEdges[row + 1]));
}

QImage GridLattice::render(const QVector<float>& values, const QSize& pixels, const QRectF& region, double lo,
                           double hi, ColorMap::Kind kind, bool smooth) const
{
    const int w = std::max(1, pixels.width()), h = std::max(1, pixels.height());
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    const int cols = m_xCentres.size();
    if (isEmpty() || values.size() != cols * m_yCentres.size() || !(hi > lo))
        return img;
    // Per pixel column / row: the image coordinate of the pixel centre, then its cell and its
    // neighbouring centres, so the inner loop only blends.
    QVector<int> colOf(w), rowOf(h), c0(w), c1(w), r0(h), r1(h);
    QVector<double> fx(w), fy(h);
    for (int x = 0; x < w; ++x) {
        const double ix = region.x() + (x + 0.5) * region.width() / w;
        colOf[x] = indexOf(ix, m_xEdges);
        bracket(ix, m_xCentres, c0[x], c1[x], fx[x]);
    }
    for (int y = 0; y < h; ++y) {
        const double iy = region.y() + (y + 0.5) * region.height() / h;
        rowOf[y] = indexOf(iy, m_yEdges);
        bracket(iy, m_yCentres, r0[y], r1[y], fy[y]);
    }
    // A lookup table: a full-window overlay at device resolution is millions of pixels.
    constexpr int kLevels = 1024;
    QVector<QRgb> lut(kLevels);
    for (int i = 0; i < kLevels; ++i)
        lut[i] = ColorMap::map(kind, double(i) / (kLevels - 1));
    const double scale = (kLevels - 1) / (hi - lo);
    // Raw const pointers: non-const QVector::operator[] checks for detaching on every access.
    const float* vals = values.constData();
    const QRgb* colours = lut.constData();
    const int* colX = colOf.constData();
    const int* cx0 = c0.constData();
    const int* cx1 = c1.constData();
    const double* wx = fx.constData();
    for (int y = 0; y < h; ++y) {
        if (rowOf[y] < 0)
            continue;
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        const int rowY = rowOf[y], r0y = r0[y], r1y = r1[y];
        const double wy = fy[y];
        for (int x = 0; x < w; ++x) {
            if (colX[x] < 0)
                continue;
            double v = vals[rowY * cols + colX[x]];
            if (smooth) {
                const double a = vals[r0y * cols + cx0[x]], b = vals[r0y * cols + cx1[x]];
                const double c = vals[r1y * cols + cx0[x]], d = vals[r1y * cols + cx1[x]];
                const double s = (a * (1 - wx[x]) + b * wx[x]) * (1 - wy) + (c * (1 - wx[x]) + d * wx[x]) * wy;
                if (std::isfinite(s)) // a missing neighbour falls back to the nearest cell
                    v = s;
            }
            if (std::isfinite(v))
                line[x] = colours[std::clamp(int((v - lo) * scale + 0.5), 0, kLevels - 1)];
        }
    }
    return img;
}

} // namespace arm
