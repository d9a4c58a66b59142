#include "widgets/CurvePlot.h"

#include "widgets/PlotStyle.h"

namespace arm {

namespace {
// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
const QColor kPalette[] = {QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115),
                           QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233), QColor(0, 0, 0)};
} // namespace

CurvePlot::CurvePlot(QWidget* parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Training curves"));
    PlotStyle::apply(this);
    legend->setVisible(true);
    // Two entries a row: four in one row made the plot 520 px wide at least, wider than a 460 px dock.
    PlotStyle::legendBelow(this, 2);
    yAxis2->setVisible(false);
    xAxis->setLabel(tr("Epoch"));
}

CurvePlot::~CurvePlot() = default;

void CurvePlot::addSeries(const QString& name, Axis axis, const QColor& color, bool dashed)
{
    QCPGraph* g = m_graphs.value(name, nullptr);
    QCPAxis* valueAxis = axis == Axis::Right ? yAxis2 : yAxis;
    if (!g) {
        g = addGraph(xAxis, valueAxis);
        g->setName(name);
        m_graphs.insert(name, g);
        m_order << name;
    } else if (g->valueAxis() != valueAxis) {
        // QCustomPlot fixes a graph's axes at creation: move the data to a new graph on the other axis.
        QCPGraph* moved = addGraph(xAxis, valueAxis);
        moved->setName(name);
        moved->data()->set(*g->data());
        removeGraph(g);
        g = moved;
        m_graphs.insert(name, g);
    }
    if (axis == Axis::Right)
        yAxis2->setVisible(true);
    const QColor c = color.isValid() ? color : kPalette[(m_order.indexOf(name)) % int(std::size(kPalette))];
    QPen pen(c, 2);
    pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    g->setPen(pen);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    replot(rpQueuedReplot);
}

void CurvePlot::addPoint(const QString& series, double x, double y)
{
    if (!m_graphs.contains(series))
        addSeries(series);
    m_graphs.value(series)->addData(x, y);
    rescale();
    replot(rpQueuedReplot);
}

void CurvePlot::clear()
{
    for (QCPGraph* g : std::as_const(m_graphs))
        g->data()->clear();
    rescale();
    replot(rpQueuedReplot);
}

void CurvePlot::removeAllSeries()
{
    clearGraphs();
    m_graphs.clear();
    m_order.clear();
    yAxis2->setVisible(false);
    replot(rpQueuedReplot);
}

void CurvePlot::setAxisTitles(const QString& x, const QString& left, const QString& right)
{
    xAxis->setLabel(x);
    yAxis->setLabel(left);
    yAxis2->setLabel(right);
    replot(rpQueuedReplot);
}

void CurvePlot::setRightAxisRange(double minimum, double maximum)
{
    m_rightFixed = true;
    yAxis2->setRange(minimum, maximum);
    replot(rpQueuedReplot);
}

QVector<QPointF> CurvePlot::points(const QString& series) const
{
    QVector<QPointF> out;
    if (const QCPGraph* g = graphFor(series))
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            out.push_back({it->key, it->value});
    return out;
}

void CurvePlot::rescale()
{
    bool any = false;
    for (QCPGraph* g : std::as_const(m_graphs))
        any = any || !g->data()->isEmpty();
    if (!any)
        return;
    xAxis->rescale(true);
    yAxis->rescale(true);
    if (!m_rightFixed)
        yAxis2->rescale(true);
    // Some headroom so the newest point and the legend do not sit on the frame.
    for (QCPAxis* axis : {yAxis, yAxis2}) {
        if (axis == yAxis2 && m_rightFixed)
            continue;
        const QCPRange r = axis->range();
        const double pad = r.size() > 0 ? 0.08 * r.size() : 0.5;
        axis->setRange(r.lower - pad, r.upper + pad);
    }
    const QCPRange xr = xAxis->range();
    const double xpad = xr.size() > 0 ? 0.03 * xr.size() : 0.5;
    xAxis->setRange(xr.lower - xpad, xr.upper + xpad);
}

} // namespace arm
