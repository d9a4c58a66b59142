#include "widgets/HeatmapView.h"

#include "widgets/ColorBar.h"
#include "widgets/TitleWrap.h"

#include "engine/core/ValueRange.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace arm {

namespace {
constexpr int kMargin = 4;
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
    layoutChildren(); // the image's aspect decides where the colour bar goes
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
    m_lattice.clear();
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
    QVector<QRectF> rects = m_rects;
    if (rects.isEmpty())
        for (int r = 0; r < m_rows; ++r)
            for (int c = 0; c < m_cols; ++c)
                rects << cellRect(r, c);
    m_lattice.set(m_rows, m_cols, rects, imageSize());
    m_overlayCache = {};
}

void HeatmapView::recomputeRange()
{
    ValueRangePolicy policy =
        m_autoRange ? ValueRangePolicy::automatic() : ValueRangePolicy::fixed(m_fixedLo, m_fixedHi);
    policy.symmetric = m_symmetric;
    const ValueRange range = ValueRange::compute(policy, m_values.constData(), std::size_t(m_values.size()));
    const double lo = range.minimum, hi = range.maximum;
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

void HeatmapView::rewrapTitle()
{
    QFont bold = font();
    bold.setBold(true);
    m_wrappedTitle = TitleWrap::wrap(m_title, QFontMetrics(bold), width() - 2 * kMargin);
}

int HeatmapView::titleHeight() const
{
    // From the title wrapped at the last layout: hit tests call this on every mouse move.
    if (m_title.isEmpty())
        return kMargin;
    const int lines = int(m_wrappedTitle.count(QLatin1Char('\n'))) + 1;
    return lines * fontMetrics().height() + 2 * kMargin;
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

QPoint HeatmapView::cellAt(const QPointF& widgetPos) const
{
    if (m_rows <= 0)
        return {-1, -1};
    return m_lattice.cellAt(widgetToImage(widgetPos));
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
    rewrapTitle(); // the title's lines decide where the map and its bar go
    const bool show = m_barVisible && m_rows > 0;
    if (show) {
        const int w = m_bar->sizeHint().width();
        // As tall as the map it explains: a full-height bar beside an 88 px map (a narrow dock) looked
        // like the main thing. Never shorter than a few tick labels, never outside the content band.
        const int top = titleHeight(), available = std::max(0, height() - titleHeight() - infoHeight());
        const QRectF image = imageArea();
        const int wanted = std::min(available, std::max(int(image.height()), 6 * fontMetrics().height()));
        const int y = image.isEmpty() ? top
                                      : std::clamp(int(image.center().y() - wanted / 2.0), top, top + available - wanted);
        m_bar->setGeometry(width() - kMargin - w, y, w, wanted);
    }
    m_bar->setVisible(show);
    m_overlayCache = {};
}

QPixmap HeatmapView::overlayPixmap(const QRect& target)
{
    const qreal dpr = devicePixelRatioF();
    if (!m_overlayCache.isNull() && m_overlayCacheRect == target && m_overlayCache.devicePixelRatio() == dpr)
        return m_overlayCache;
    const QSize pixels(std::max(1, int(std::ceil(target.width() * dpr))), std::max(1, int(std::ceil(target.height() * dpr))));
    const QRectF region(widgetToImage(QPointF(target.topLeft())),
                        widgetToImage(QPointF(target.x() + target.width(), target.y() + target.height())));
    m_overlayCache = QPixmap::fromImage(m_lattice.render(m_values, pixels, region, m_lo, m_hi, colorMapKind(),
                                                         m_interpolation == Interpolation::Smooth));
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
        p.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, titleHeight() - kMargin),
                   Qt::AlignHCenter | Qt::AlignVCenter, m_wrappedTitle);
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
                    const QRectF t = m_lattice.tile(r, c);
                    const QRectF tile(imageToWidget(t.topLeft()), imageToWidget(t.bottomRight()));
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
        const QRectF t = m_lattice.tile(r, c);
        const QRectF tile(imageToWidget(t.topLeft()), imageToWidget(t.bottomRight()));
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
