#include "widgets/MatrixPlot.h"

#include "widgets/CellPairPixmap.h"
#include "widgets/PlotStyle.h"
#include "widgets/TitleWrap.h"

#include "engine/core/ValueRange.h"

#include <QLabel>
#include <QPainter>
#include <QToolTip>
#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace arm {

MatrixPlot::MatrixPlot(QWidget* parent)
    : QCustomPlot(parent)
{
    setAccessibleName(tr("Matrix plot"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    PlotStyle::apply(this);
    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(fontMetrics().height());
    m_map->setColorScale(m_scale);
    auto* group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    yAxis->setRangeReversed(true); // row 0 on top, as matrices are read
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    yAxis->setSubTicks(false);
    m_cursor = new QCPItemRect(this);
    m_cursor->setPen(QPen(Qt::black, 2)); // readable on both ends of viridis and of the diverging map
    m_cursor->setVisible(false);
    m_thumbPopup = new QLabel(this);
    m_thumbPopup->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_thumbPopup->setFrameShape(QFrame::Box);
    m_thumbPopup->setAutoFillBackground(true);
    m_thumbPopup->hide();
    setColorMap(ColorMap::Kind::Viridis);
    connect(this, &QCustomPlot::mouseMove, this, &MatrixPlot::onMouseMove);
    connect(this, &QCustomPlot::mousePress, this, &MatrixPlot::onMousePress);
    connect(this, &QCustomPlot::mouseRelease, this, &MatrixPlot::onMouseRelease);
    connect(this, &QCustomPlot::afterLayout, this, &MatrixPlot::updateTextVisibility);
    connect(this, &QCustomPlot::afterLayout, this, &MatrixPlot::onAfterLayout);
}

MatrixPlot::~MatrixPlot() = default;

QVector<double> MatrixPlot::rowNormalized(int rows, int cols, const QVector<double>& values)
{
    QVector<double> out(values.size(), 0.0);
    if (values.size() != rows * cols)
        return out;
    for (int r = 0; r < rows; ++r) {
        double sum = 0.0;
        for (int c = 0; c < cols; ++c)
            sum += values[r * cols + c];
        if (sum != 0.0)
            for (int c = 0; c < cols; ++c)
                out[r * cols + c] = values[r * cols + c] / sum;
    }
    return out;
}

void MatrixPlot::setMatrix(int rows, int cols, const QVector<double>& values)
{
    if (rows <= 0 || cols <= 0 || values.size() != rows * cols) {
        if (rows != 0 || cols != 0 || !values.isEmpty())
            qWarning("MatrixPlot::setMatrix: %d x %d matrix with %lld values; cleared", rows, cols,
                     static_cast<long long>(values.size()));
        m_rows = m_cols = 0;
        m_values.clear();
    } else {
        m_rows = rows;
        m_cols = cols;
        m_values = values;
    }
    m_current = {-1, -1};
    rebuild();
}

double MatrixPlot::rawValue(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return std::nan("");
    return m_values[row * m_cols + col];
}

QVector<double> MatrixPlot::displayedValues() const
{
    return m_normalization == Normalization::RowNormalized ? rowNormalized(m_rows, m_cols, m_values)
                                                           : m_values;
}

double MatrixPlot::displayedValue(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return std::nan("");
    if (m_normalization == Normalization::Raw)
        return m_values[row * m_cols + col];
    double sum = 0.0;
    for (int c = 0; c < m_cols; ++c)
        sum += m_values[row * m_cols + c];
    return sum != 0.0 ? m_values[row * m_cols + col] / sum : 0.0;
}

void MatrixPlot::setNormalization(Normalization normalization)
{
    m_normalization = normalization;
    rebuild();
}

void MatrixPlot::setRowLabels(const QStringList& labels)
{
    m_rowLabels = labels;
    rebuildTickers();
    replot(rpQueuedReplot);
}

void MatrixPlot::setColumnLabels(const QStringList& labels)
{
    m_colLabels = labels;
    rebuildTickers();
    replot(rpQueuedReplot);
}

void MatrixPlot::setAxisTitles(const QString& columnTitle, const QString& rowTitle)
{
    xAxis->setLabel(columnTitle);
    yAxis->setLabel(rowTitle);
    replot(rpQueuedReplot);
}

void MatrixPlot::setTitle(const QString& title)
{
    if (!m_title)
        m_title = PlotStyle::addTitle(this);
    m_titleText = title;
    wrapTitle();
    setAccessibleDescription(title);
    replot(rpQueuedReplot);
}

void MatrixPlot::wrapTitle()
{
    if (m_title)
        m_title->setText(TitleWrap::wrap(m_titleText, QFontMetrics(m_title->font()), width() - 8));
}

void MatrixPlot::resizeEvent(QResizeEvent* event)
{
    wrapTitle(); // before QCustomPlot lays out and replots at the new size
    QCustomPlot::resizeEvent(event);
}

void MatrixPlot::setColorScaleTitle(const QString& title)
{
    m_scale->setLabel(title);
    replot(rpQueuedReplot);
}

void MatrixPlot::setCellText(CellText mode)
{
    m_cellText = mode;
    rebuildTexts();
    replot(rpQueuedReplot);
}

void MatrixPlot::setColorMap(ColorMap::Kind kind)
{
    m_kind = kind;
    m_map->setGradient(PlotStyle::gradient(kind));
    rebuildTexts();
    replot(rpQueuedReplot);
}

void MatrixPlot::setAutoRange()
{
    m_autoRange = true;
    updateRange();
    rebuildTexts();
    replot(rpQueuedReplot);
}

void MatrixPlot::setFixedRange(double minimum, double maximum)
{
    m_autoRange = false;
    m_fixedLo = std::min(minimum, maximum);
    m_fixedHi = std::max(minimum, maximum);
    updateRange();
    rebuildTexts();
    replot(rpQueuedReplot);
}

void MatrixPlot::setThumbnails(const QVector<QImage>& rowThumbnails, const QVector<QImage>& columnThumbnails)
{
    m_rowThumbs = rowThumbnails;
    m_colThumbs = columnThumbnails.isEmpty() ? rowThumbnails : columnThumbnails;
}

void MatrixPlot::rebuild()
{
    const QVector<double> shown = displayedValues();
    // Cell centres at integer coordinates; a single row/column still needs a non-empty range.
    auto* data =
        new QCPColorMapData(std::max(1, m_cols), std::max(1, m_rows), QCPRange(0, std::max(1, m_cols - 1)),
                            QCPRange(0, std::max(1, m_rows - 1)));
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c)
            data->setCell(c, r, shown[r * m_cols + c]);
    m_map->setData(data);
    m_map->setVisible(m_rows > 0);
    xAxis->setRange(-0.5, std::max(1, m_cols) - 0.5);
    yAxis->setRange(-0.5, std::max(1, m_rows) - 0.5);
    updateRange();
    rebuildTickers();
    rebuildTexts();
    m_cursor->setVisible(false);
    replot(rpQueuedReplot);
}

void MatrixPlot::updateRange()
{
    ValueRangePolicy policy = ValueRangePolicy::fixed(m_fixedLo, m_fixedHi);
    if (m_autoRange)
        policy = m_normalization == Normalization::RowNormalized ? ValueRangePolicy::fixed(0.0, 1.0)
                                                                 : ValueRangePolicy::automatic();
    const ValueRange range = ValueRange::compute(policy, m_values.constData(), std::size_t(m_values.size()));
    const double lo = range.minimum, hi = range.maximum;
    m_map->setDataRange(QCPRange(lo, hi));
}

QString MatrixPlot::label(bool row, int index) const
{
    const QStringList& labels = row ? m_rowLabels : m_colLabels;
    return index < labels.size() ? labels[index] : QString::number(index);
}

int MatrixPlot::labelStep(int count, int pixels, int extent)
{
    if (count <= 0)
        return 1;
    // Before the first layout the axis has no size: fall back to at most 16 labels.
    const int fit = pixels > 0 ? std::max(1, pixels / std::max(1, extent)) : 16;
    return std::max(1, int(std::ceil(double(count) / fit)));
}

void MatrixPlot::rebuildTickers()
{
    int longest = 0;
    for (int c = 0; c < m_cols; ++c)
        longest = std::max(longest, fontMetrics().horizontalAdvance(label(false, c)));
    // Class names side by side overlap long before the plot is small: tilt them, and stand them upright
    // when there are many (an image batch), so each needs only one line of width.
    const bool tilt = m_cols > 3 && longest > 3 * fontMetrics().averageCharWidth();
    const bool upright = tilt && m_cols > 12;
    xAxis->setTickLabelRotation(upright ? -90 : tilt ? -35 : 0);
    const int line = fontMetrics().lineSpacing();
    const QRect rect = axisRect()->rect();
    // Label footprint along the axis: one line upright or on y; tilted by 35 degrees about 1/sin(35) lines;
    // flat labels need their width.
    const int xExtent = upright ? line + 2
                        : tilt  ? int(line / std::sin(35.0 * std::acos(-1.0) / 180.0))
                                : longest + line;
    const int xStep = labelStep(m_cols, rect.width(), xExtent);
    const int yStep = labelStep(m_rows, rect.height(), line + 2);
    auto make = [this](bool row, int n, int step) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < n; i += step)
            ticker->addTick(i, label(row, i));
        return ticker;
    };
    xAxis->setTicker(make(false, m_cols, xStep));
    yAxis->setTicker(make(true, m_rows, yStep));
    m_tickSteps = QSize(xStep, yStep);
}

void MatrixPlot::onAfterLayout()
{
    // The axis rect's size is known only after a layout pass: relabel if it changed how many fit.
    const QSize before = m_tickSteps;
    rebuildTickers();
    // New labels change the margins a little, hence the axis rect: settle after a few passes, never loop.
    if (m_tickSteps != before && m_relabels++ < 3)
        replot(QCustomPlot::rpQueuedReplot);
    else if (m_tickSteps == before)
        m_relabels = 0;
}

QString MatrixPlot::formatCell(double v, bool integral) const
{
    return integral ? QString::number(std::llround(v)) : QString::number(v, 'f', 2);
}

void MatrixPlot::rebuildTexts()
{
    for (QCPItemText* t : m_texts)
        removeItem(t);
    m_texts.clear();
    if (m_cellText == CellText::None || m_rows == 0 || m_rows * m_cols > 1024)
        return;
    const QVector<double> shown = displayedValues();
    bool integral = m_cellText == CellText::Integer;
    if (m_cellText == CellText::Auto)
        integral = std::all_of(shown.begin(), shown.end(), [](double v) { return v == std::round(v); });
    const QCPRange range = m_map->dataRange();
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c) {
            const double v = shown[r * m_cols + c];
            auto* t = new QCPItemText(this);
            t->setClipToAxisRect(true);
            t->position->setType(QCPItemPosition::ptPlotCoords);
            t->position->setCoords(c, r);
            t->setPositionAlignment(Qt::AlignCenter);
            t->setText(formatCell(v, integral));
            const QColor cell = ColorMap::color(m_kind, (v - range.lower) / range.size());
            t->setColor(cell.lightnessF() < 0.55 ? Qt::white : Qt::black);
            t->setSelectable(false);
            m_texts.push_back(t);
        }
    updateTextVisibility();
}

void MatrixPlot::updateTextVisibility()
{
    if (m_texts.isEmpty() || m_cols == 0)
        return;
    const double cellW = axisRect()->width() / double(m_cols);
    const double cellH = axisRect()->height() / double(m_rows);
    int widest = 0;
    for (QCPItemText* t : m_texts)
        widest = std::max(widest, fontMetrics().horizontalAdvance(t->text()));
    const bool fits = cellW >= widest + 4 && cellH >= fontMetrics().height();
    for (QCPItemText* t : m_texts)
        t->setVisible(fits);
}

QPoint MatrixPlot::cellAt(const QPointF& pixel) const
{
    if (m_rows == 0 || !axisRect()->rect().contains(pixel.toPoint()))
        return {-1, -1};
    const int col = int(std::floor(xAxis->pixelToCoord(pixel.x()) + 0.5));
    const int row = int(std::floor(yAxis->pixelToCoord(pixel.y()) + 0.5));
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return {-1, -1};
    return {col, row};
}

QPointF MatrixPlot::cellCenter(int row, int col) const
{
    return {xAxis->coordToPixel(col), yAxis->coordToPixel(row)};
}

bool MatrixPlot::thumbnailPopupVisible() const
{
    return m_thumbPopup->isVisibleTo(this);
}

void MatrixPlot::setCurrent(QPoint cell, const QPoint& globalPos, bool showTip)
{
    if (cell == m_current)
        return;
    m_current = cell;
    if (cell.x() < 0) {
        m_hoverText.clear();
        m_cursor->setVisible(false);
        m_thumbPopup->hide();
        QToolTip::hideText();
        replot(rpQueuedReplot);
        return;
    }
    const int r = cell.y(), c = cell.x();
    const double v = displayedValue(r, c);
    m_hoverText = tr("%1: %2 \u2192 %3: %4")
                      .arg(yAxis->label().isEmpty() ? tr("row") : yAxis->label(), label(true, r),
                           xAxis->label().isEmpty() ? tr("column") : xAxis->label(), label(false, c));
    m_hoverText += QStringLiteral("\n") + tr("value: %1").arg(QString::number(v, 'g', 4));
    if (m_normalization == Normalization::RowNormalized)
        m_hoverText += QStringLiteral(" ") + tr("(count %1)").arg(QString::number(rawValue(r, c), 'g', 6));
    m_cursor->topLeft->setCoords(c - 0.5, r - 0.5);
    m_cursor->bottomRight->setCoords(c + 0.5, r + 0.5);
    m_cursor->setVisible(true);
    if (showTip)
        QToolTip::showText(globalPos, m_hoverText, this);
    showThumbnails(cell, cellCenter(r, c));
    replot(rpQueuedReplot);
    Q_EMIT cellHovered(r, c, v);
}

void MatrixPlot::showThumbnails(QPoint cell, const QPointF& pixel)
{
    const int r = cell.y(), c = cell.x();
    const QImage a = r < m_rowThumbs.size() ? m_rowThumbs[r] : QImage();
    const QImage b = c < m_colThumbs.size() ? m_colThumbs[c] : QImage();
    if (a.isNull() && b.isNull()) {
        m_thumbPopup->hide();
        return;
    }
    const QPixmap pm = CellPairPixmap::render(a, b, label(true, r), label(false, c), fontMetrics(), palette(),
                                              devicePixelRatioF());
    m_thumbPopup->setPixmap(pm);
    m_thumbPopup->adjustSize();
    QPoint pos = pixel.toPoint() + QPoint(12, 12);
    pos.setX(std::min(pos.x(), width() - m_thumbPopup->width()));
    pos.setY(std::min(pos.y(), height() - m_thumbPopup->height()));
    m_thumbPopup->move(std::max(0, pos.x()), std::max(0, pos.y()));
    m_thumbPopup->show();
    m_thumbPopup->raise();
}

void MatrixPlot::onMouseMove(QMouseEvent* event)
{
    setCurrent(cellAt(event->position()), event->globalPosition().toPoint(), true);
}

void MatrixPlot::onMousePress(QMouseEvent* event)
{
    m_pressPos = event->position();
}

void MatrixPlot::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || (event->position() - m_pressPos).manhattanLength() > 4)
        return;
    const QPoint cell = cellAt(event->position());
    if (cell.x() < 0)
        return;
    setCurrent(cell, event->globalPosition().toPoint(), false);
    Q_EMIT cellClicked(cell.y(), cell.x());
}

void MatrixPlot::keyPressEvent(QKeyEvent* event)
{
    if (m_rows == 0)
        return QCustomPlot::keyPressEvent(event);
    const bool none = m_current.x() < 0;
    QPoint cell = none ? QPoint(0, 0) : m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        cell.rx() -= none ? 0 : 1;
        break;
    case Qt::Key_Right:
        cell.rx() += none ? 0 : 1;
        break;
    case Qt::Key_Up:
        cell.ry() -= none ? 0 : 1;
        break;
    case Qt::Key_Down:
        cell.ry() += none ? 0 : 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!none)
            Q_EMIT cellClicked(m_current.y(), m_current.x());
        return;
    default:
        return QCustomPlot::keyPressEvent(event);
    }
    cell = {std::clamp(cell.x(), 0, m_cols - 1), std::clamp(cell.y(), 0, m_rows - 1)};
    setCurrent(cell, mapToGlobal(cellCenter(cell.y(), cell.x()).toPoint()), true);
}

void MatrixPlot::leaveEvent(QEvent* event)
{
    setCurrent({-1, -1}, {}, false);
    QCustomPlot::leaveEvent(event);
}

} // namespace arm
