#include "widgets/TimelinePlot.h"

#include <QMouseEvent>

#include <cmath>
#include <limits>

namespace arm {

TimelinePlot::TimelinePlot(QWidget* parent)
    : CurvePlot(parent), m_cursorTime(std::numeric_limits<double>::quiet_NaN())
{
    setAccessibleName(tr("Expression timeline"));
    setAxisTitles(tr("Time (s)"), tr("Probability"));
    // Seven class names in one row do not fit a half-window plot: two rows of four.
    legend->setWrap(4);
    m_cursor = new QCPItemStraightLine(this);
    m_cursor->setPen(QPen(QColor(90, 90, 90), 1.5, Qt::DashLine));
    m_cursor->setVisible(false);
    m_cursor->setSelectable(false);
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (event->button() == Qt::LeftButton && axisRect()->rect().contains(event->pos()))
            Q_EMIT timeClicked(xAxis->pixelToCoord(event->position().x()));
    });
}

void TimelinePlot::setTimeline(const QStringList& classNames, const QVector<double>& times,
                               const QVector<QVector<double>>& probabilities)
{
    removeAllSeries();
    for (const QString& name : classNames)
        addSeries(name);
    const int n = static_cast<int>(std::min(times.size(), probabilities.size()));
    for (int i = 0; i < n; ++i) {
        if (probabilities[i].size() != classNames.size())
            continue;
        for (int c = 0; c < classNames.size(); ++c)
            addPoint(classNames[c], times[i], probabilities[i][c]);
    }
    // Probabilities keep one scale whatever the data: 0.3 must look like 0.3 on every track.
    yAxis->setRange(-0.03, 1.03);
    setCursorTime(m_cursorTime);
    replot(rpQueuedReplot);
}

void TimelinePlot::clearTimeline()
{
    removeAllSeries();
    setCursorTime(std::numeric_limits<double>::quiet_NaN());
}

void TimelinePlot::setCursorTime(double seconds)
{
    m_cursorTime = seconds;
    const bool show = !std::isnan(seconds) && graphCount() > 0;
    m_cursor->setVisible(show);
    if (show) {
        m_cursor->point1->setCoords(seconds, 0.0);
        m_cursor->point2->setCoords(seconds, 1.0);
    }
    replot(rpQueuedReplot);
}

} // namespace arm
