#include "widgets/HeatmapView.h"

#include "widgets/ColorBar.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <limits>

namespace arm {

namespace {
constexpr int kMargin = 4;

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

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent), m_bar(new ColorBar(this))
{
    setAccessibleName(tr("Heat map"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_bar->hide();
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setBaseImage(const QImage& image)
{
    m_base = image;
    recomputeLattice();
    m_overlayCache = {};
    update();
}

void HeatmapView::setGrid(int rows, int cols, const QVector<float>& values, const QVector<QRectF>& cellRects)
{
    const bool ok = rows > 0 && cols > 0 && values.size() == rows * cols &&
                    (cellRects.isEmpty() || cellRects.size() == rows * cols);
    if (!ok) {
        qWarning("HeatmapView::setGrid: %d x %d grid with %lld values and %lld cell rectangles; cleared",
                 rows, cols, static_cast<long long>(values.size()), static_cast<long long>(cellRects.size()));
        clearGrid();
        return;
    }
    m_rows = rows;
    m_cols = cols;
    m_values = values;
    m_rects = cellRects;
    m_hover = {-1, -1};
    recomputeLattice();
    recomputeRange();
    layoutChildren();
    update();
}

void HeatmapView::clearGrid()
{
    m_rows = m_cols = 0;
    m_values.clear();
    m_rects.clear();
    m_xCentres.clear();
    m_yCentres.clear();
    m_xEdges.clear();
    m_yEdges.clear();
    m_hover = {-1, -1};
    m_overlayCache = {};
    layoutChildren();
    update();
}

double HeatmapView::value(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return std::nan("");
    return m_values[row * m_cols + col];
}

QRectF HeatmapView::cellRect(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return {};
    if (!m_rects.isEmpty())
        return m_rects[row * m_cols + col];
    const QSizeF s = imageSize();
    const double w = s.width() / m_cols, h = s.height() / m_rows;
    return {col * w, row * h, w, h};
}

void HeatmapView::recomputeLattice()
{
    m_xCentres.clear();
    m_yCentres.clear();
    m_xEdges.clear();
    m_yEdges.clear();
    if (m_rows <= 0 || m_cols <= 0)
        return;
    m_xCentres.fill(0.0, m_cols);
    m_yCentres.fill(0.0, m_rows);
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c) {
            const QPointF centre = cellRect(r, c).center();
            m_xCentres[c] += centre.x() / m_rows;
            m_yCentres[r] += centre.y() / m_cols;
        }
    std::sort(m_xCentres.begin(), m_xCentres.end());
    std::sort(m_yCentres.begin(), m_yCentres.end());
    m_xEdges = edgesOf(m_xCentres, cellRect(0, 0).width());
    m_yEdges = edgesOf(m_yCentres, cellRect(0, 0).height());
    // Receptive fields reach into the padding; the drawing stops at the image.
    const QSizeF s = imageSize();
    m_xEdges.front() = std::max(m_xEdges.front(), 0.0);
    m_yEdges.front() = std::max(m_yEdges.front(), 0.0);
    m_xEdges.back() = std::min(m_xEdges.back(), s.width());
    m_yEdges.back() = std::min(m_yEdges.back(), s.height());
    m_overlayCache = {};
}

void HeatmapView::recomputeRange()
{
    double lo = m_fixedLo, hi = m_fixedHi;
    if (m_autoRange) {
        lo = std::numeric_limits<double>::infinity();
        hi = -lo;
        for (float v : m_values)
            if (std::isfinite(v)) {
                lo = std::min(lo, double(v));
                hi = std::max(hi, double(v));
            }
        if (!std::isfinite(lo)) {
            lo = 0.0;
            hi = 1.0;
        }
    }
    if (m_symmetric) {
        const double m = std::max(std::abs(lo), std::abs(hi));
        lo = -m;
        hi = m;
    }
    if (!(hi > lo)) { // a constant map still needs a non-empty range to be drawn
        lo -= 0.5;
        hi += 0.5;
    }
    m_lo = lo;
    m_hi = hi;
    m_bar->setRange(lo, hi);
    m_bar->setColorMap(colorMapKind());
    m_overlayCache = {};
    update();
}

ColorMap::Kind HeatmapView::colorMapKind() const
{
    return m_symmetric ? ColorMap::Kind::Diverging : ColorMap::Kind::Viridis;
}

void HeatmapView::setOpacity(double opacity)
{
    m_opacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void HeatmapView::setAutoRange()
{
    m_autoRange = true;
    recomputeRange();
}

void HeatmapView::setFixedRange(double minimum, double maximum)
{
    m_autoRange = false;
    m_fixedLo = std::min(minimum, maximum);
    m_fixedHi = std::max(minimum, maximum);
    recomputeRange();
}

void HeatmapView::setSymmetric(bool symmetric)
{
    m_symmetric = symmetric;
    recomputeRange();
}

void HeatmapView::setInterpolation(Interpolation interpolation)
{
    m_interpolation = interpolation;
    m_overlayCache = {};
    update();
}

void HeatmapView::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleDescription(title);
    layoutChildren();
    update();
}

void HeatmapView::setColorBarTitle(const QString& title)
{
    m_bar->setTitle(title);
    layoutChildren();
}

void HeatmapView::setColorBarVisible(bool visible)
{
    m_barVisible = visible;
    layoutChildren();
    update();
}

void HeatmapView::setShowValues(bool show)
{
    m_showValues = show;
    update();
}

void HeatmapView::setDecimals(int decimals)
{
    m_decimals = std::clamp(decimals, 0, 8);
    update();
}

QSizeF HeatmapView::imageSize() const
{
    if (!m_base.isNull())
        return m_base.size();
    if (!m_rects.isEmpty()) {
        double w = 0, h = 0;
        for (const QRectF& r : m_rects) {
            w = std::max(w, r.right());
            h = std::max(h, r.bottom());
        }
        if (w > 0 && h > 0)
            return {w, h};
    }
    if (m_rows > 0 && m_cols > 0)
        return QSizeF(m_cols, m_rows);
    return {1, 1};
}

int HeatmapView::titleHeight() const
{
    return m_title.isEmpty() ? kMargin : fontMetrics().height() + 2 * kMargin;
}

int HeatmapView::infoHeight() const
{
    return fontMetrics().height() + 2 * kMargin;
}

QRect HeatmapView::contentRect() const
{
    QRect r = rect().adjusted(kMargin, titleHeight(), -kMargin, -infoHeight());
    // From the bar's size hint, not its geometry or visibility: hit tests must be right before the
    // first show or resize event.
    if (m_barVisible && m_rows > 0)
        r.setRight(width() - kMargin - m_bar->sizeHint().width() - kMargin - 1);
    return r;
}

QRectF HeatmapView::imageArea() const
{
    const QRect c = contentRect();
    const QSizeF s = imageSize();
    if (c.width() <= 0 || c.height() <= 0)
        return {};
    const double scale = std::min(c.width() / s.width(), c.height() / s.height());
    const QSizeF fitted(s.width() * scale, s.height() * scale);
    // Whole device-independent pixels keep grabs and hit tests exact.
    const QSizeF rounded(std::floor(fitted.width()), std::floor(fitted.height()));
    return {QPointF(std::floor(c.x() + (c.width() - rounded.width()) / 2),
                    std::floor(c.y() + (c.height() - rounded.height()) / 2)),
            rounded};
}

QPointF HeatmapView::imageToWidget(const QPointF& p) const
{
    const QRectF a = imageArea();
    const QSizeF s = imageSize();
    return {a.x() + p.x() * a.width() / s.width(), a.y() + p.y() * a.height() / s.height()};
}

QPointF HeatmapView::widgetToImage(const QPointF& p) const
{
    const QRectF a = imageArea();
    const QSizeF s = imageSize();
    if (a.isEmpty())
        return {-1, -1};
    return {(p.x() - a.x()) * s.width() / a.width(), (p.y() - a.y()) * s.height() / a.height()};
}

int HeatmapView::indexOf(double v, const QVector<double>& edges) const
{
    if (edges.size() < 2 || v < edges.front() || v >= edges.back())
        return -1;
    const auto it = std::upper_bound(edges.begin(), edges.end(), v);
    return std::clamp(static_cast<int>(it - edges.begin()) - 1, 0, int(edges.size()) - 2);
}

QPoint HeatmapView::cellAt(const QPointF& widgetPos) const
{
    if (m_rows <= 0)
        return {-1, -1};
    const QPointF p = widgetToImage(widgetPos);
    const int col = indexOf(p.x(), m_xEdges);
    const int row = indexOf(p.y(), m_yEdges);
    if (row < 0 || col < 0)
        return {-1, -1};
    return {col, row};
}

QString HeatmapView::formatValue(double v) const
{
    if (!std::isfinite(v))
        return tr("n/a");
    const double a = std::abs(v);
    if (a != 0.0 && (a >= 1e5 || a < std::pow(10.0, -m_decimals)))
        return QString::number(v, 'g', 3);
    return QString::number(v, 'f', m_decimals);
}

QString HeatmapView::hoverText() const
{
    if (m_hover.x() < 0)
        return m_rows > 0 ? tr("Point at a cell to read its value") : QString();
    return tr("row %1, col %2: %3").arg(m_hover.y()).arg(m_hover.x()).arg(formatValue(value(m_hover.y(), m_hover.x())));
}

void HeatmapView::setHover(QPoint cell)
{
    if (cell == m_hover)
        return;
    m_hover = cell;
    update();
    if (cell.x() >= 0)
        Q_EMIT cellHovered(cell.y(), cell.x(), value(cell.y(), cell.x()));
    else
        Q_EMIT hoverLeft();
}

void HeatmapView::layoutChildren()
{
    const bool show = m_barVisible && m_rows > 0;
    if (show) {
        const int w = m_bar->sizeHint().width();
        m_bar->setGeometry(width() - kMargin - w, titleHeight(), w,
                           std::max(0, height() - titleHeight() - infoHeight()));
    }
    m_bar->setVisible(show);
    m_overlayCache = {};
}

QPixmap HeatmapView::overlayPixmap(const QRect& target)
{
    const qreal dpr = devicePixelRatioF();
    if (!m_overlayCache.isNull() && m_overlayCacheRect == target && m_overlayCache.devicePixelRatio() == dpr)
        return m_overlayCache;
    const int w = std::max(1, int(std::ceil(target.width() * dpr)));
    const int h = std::max(1, int(std::ceil(target.height() * dpr)));
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    // Per device column / row: the image coordinate of the pixel centre, then its cell or its
    // neighbouring centres, so the inner loop only blends.
    QVector<int> colOf(w), rowOf(h), c0(w), c1(w), r0(h), r1(h);
    QVector<double> fx(w), fy(h);
    for (int x = 0; x < w; ++x) {
        const double ix = widgetToImage(QPointF(target.x() + (x + 0.5) / dpr, 0)).x();
        colOf[x] = indexOf(ix, m_xEdges);
        bracket(ix, m_xCentres, c0[x], c1[x], fx[x]);
    }
    for (int y = 0; y < h; ++y) {
        const double iy = widgetToImage(QPointF(0, target.y() + (y + 0.5) / dpr)).y();
        rowOf[y] = indexOf(iy, m_yEdges);
        bracket(iy, m_yCentres, r0[y], r1[y], fy[y]);
    }
    // A lookup table: a full-window overlay at device resolution is millions of pixels.
    constexpr int kLevels = 1024;
    QVector<QRgb> lut(kLevels);
    for (int i = 0; i < kLevels; ++i)
        lut[i] = ColorMap::map(colorMapKind(), double(i) / (kLevels - 1));
    const double scale = (kLevels - 1) / (m_hi - m_lo);
    const bool smooth = m_interpolation == Interpolation::Smooth;
    // Raw const pointers: non-const QVector::operator[] checks for detaching on every access.
    const float* vals = m_values.constData();
    const QRgb* colours = lut.constData();
    const int cols = m_cols;
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
                line[x] = colours[std::clamp(int((v - m_lo) * scale + 0.5), 0, kLevels - 1)];
        }
    }
    m_overlayCache = QPixmap::fromImage(img);
    m_overlayCache.setDevicePixelRatio(dpr);
    m_overlayCacheRect = target;
    return m_overlayCache;
}

void HeatmapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, fontMetrics().height() + kMargin),
                   Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                   QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width() - 2 * kMargin));
        p.setFont(font());
    }
    const QRectF area = imageArea();
    if (m_base.isNull() && m_rows == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(contentRect(), Qt::AlignCenter, tr("No data"));
        return;
    }
    if (area.isEmpty())
        return;
    if (!m_base.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(area, m_base);
    }
    if (m_rows > 0) {
        const QRect target = area.toAlignedRect();
        // Without a face there is nothing to see through: plain grids are always drawn opaque.
        const double opacity = m_base.isNull() ? 1.0 : m_opacity;
        if (opacity > 0.0) {
            p.setOpacity(opacity);
            p.drawPixmap(target, overlayPixmap(target));
            p.setOpacity(1.0);
        }
        if (m_showValues)
            for (int r = 0; r < m_rows; ++r)
                for (int c = 0; c < m_cols; ++c) {
                    const QRectF tile(imageToWidget({m_xEdges[c], m_yEdges[r]}),
                                      imageToWidget({m_xEdges[c + 1], m_yEdges[r + 1]}));
                    const double v = value(r, c);
                    // Fixed decimals in cells: a grid of numbers is read by comparing them.
                    const double shown = std::abs(v) < 0.5 * std::pow(10.0, -m_decimals) ? 0.0 : v; // no "-0.00"
                    const QString text = std::isfinite(v) ? QString::number(shown, 'f', m_decimals) : QString();
                    if (tile.width() < fontMetrics().horizontalAdvance(text) + 4 || tile.height() < fontMetrics().height())
                        continue;
                    const QColor cell = ColorMap::color(colorMapKind(), (v - m_lo) / (m_hi - m_lo));
                    p.setPen(opacity > 0.5 && cell.lightnessF() < 0.55 ? Qt::white : Qt::black);
                    p.drawText(tile, Qt::AlignCenter, text);
                }
    }
    if (m_base.isNull()) {
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(area.adjusted(0, 0, -1, -1));
    }
    if (m_hover.x() >= 0) {
        const int r = m_hover.y(), c = m_hover.x();
        const QRectF tile(imageToWidget({m_xEdges[c], m_yEdges[r]}), imageToWidget({m_xEdges[c + 1], m_yEdges[r + 1]}));
        const QRectF rf = cellRect(r, c);
        const QRectF field(imageToWidget(rf.topLeft()), imageToWidget(rf.bottomRight()));
        p.save();
        p.setClipRect(contentRect());
        p.setBrush(Qt::NoBrush);
        // Black under white dashes: readable on any face and any colour of the map.
        p.setPen(QPen(Qt::black, 2));
        p.drawRect(field);
        p.setPen(QPen(Qt::white, 1, Qt::DashLine));
        p.drawRect(field);
        p.setPen(QPen(Qt::white, 2));
        p.drawRect(tile);
        p.restore();
    }
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(kMargin, height() - infoHeight(), width() - 2 * kMargin, infoHeight()),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, hoverText());
}

void HeatmapView::resizeEvent(QResizeEvent*)
{
    layoutChildren();
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event)
{
    setHover(cellAt(event->position()));
}

void HeatmapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint cell = cellAt(event->position());
    setHover(cell);
    if (cell.x() >= 0)
        Q_EMIT cellClicked(cell.y(), cell.x());
}

void HeatmapView::leaveEvent(QEvent*)
{
    setHover({-1, -1});
}

void HeatmapView::keyPressEvent(QKeyEvent* event)
{
    if (m_rows <= 0)
        return QWidget::keyPressEvent(event);
    QPoint cell = m_hover.x() < 0 ? QPoint(0, 0) : m_hover;
    switch (event->key()) {
    case Qt::Key_Left: cell.rx() -= m_hover.x() < 0 ? 0 : 1; break;
    case Qt::Key_Right: cell.rx() += m_hover.x() < 0 ? 0 : 1; break;
    case Qt::Key_Up: cell.ry() -= m_hover.x() < 0 ? 0 : 1; break;
    case Qt::Key_Down: cell.ry() += m_hover.x() < 0 ? 0 : 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_hover.x() >= 0)
            Q_EMIT cellClicked(m_hover.y(), m_hover.x());
        return;
    default: return QWidget::keyPressEvent(event);
    }
    setHover({std::clamp(cell.x(), 0, m_cols - 1), std::clamp(cell.y(), 0, m_rows - 1)});
}

void HeatmapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        layoutChildren();
    QWidget::changeEvent(event);
}

QSize HeatmapView::sizeHint() const
{
    return {360, 320};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {120, 100};
}

} // namespace arm
