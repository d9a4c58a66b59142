#pragma once

#include "widgets/QCustomPlotInclude.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace arm {

// Live training curves: named series (train/test loss on the left axis, train/test accuracy on the
// right one), appended point by point while training runs, axes rescaled as points arrive, with a
// legend. Replots are queued so a burst of appends costs one repaint.
class CurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class Axis { Left, Right };
    Q_ENUM(Axis)

    explicit CurvePlot(QWidget* parent = nullptr);
    ~CurvePlot() override;

    // Declares a series (re-declaring updates colour and axis). An invalid colour picks the next one
    // of a colour-blind-safe palette. Dashed: e.g. test curves dashed beside solid train curves.
    void addSeries(const QString& name, Axis axis = Axis::Left, const QColor& color = {}, bool dashed = false);
    // Appends (x, y); an unknown series is created on the left axis.
    void addPoint(const QString& series, double x, double y);
    // Removes every point, keeping the series, axes titles and legend.
    void clear();
    // Removes the series too.
    void removeAllSeries();
    void setAxisTitles(const QString& x, const QString& left, const QString& right = {});
    // Fixes the right axis (e.g. accuracy 0..1) instead of rescaling it to the data.
    void setRightAxisRange(double minimum, double maximum);

    QStringList seriesNames() const { return m_order; }
    QVector<QPointF> points(const QString& series) const;
    QCPGraph* graphFor(const QString& series) const { return m_graphs.value(series, nullptr); }

private:
    void rescale();

    QHash<QString, QCPGraph*> m_graphs;
    QStringList m_order;
    bool m_rightFixed = false;
};

} // namespace arm
