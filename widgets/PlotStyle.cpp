#include "widgets/PlotStyle.h"

#include <algorithm>

namespace arm {

void PlotStyle::styleAxis(QCPAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(palette.color(QPalette::Mid), 0, Qt::DotLine));
}

void PlotStyle::apply(QCustomPlot* plot)
{
    const QPalette pal = plot->palette();
    plot->setBackground(pal.brush(QPalette::Window));
    plot->axisRect()->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis* axis : plot->axisRect()->axes())
        styleAxis(axis, pal);
    plot->legend->setBrush(pal.brush(QPalette::Base));
    plot->legend->setTextColor(pal.color(QPalette::WindowText));
    plot->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
    plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
}

void PlotStyle::legendBelow(QCustomPlot* plot, int columns)
{
    plot->axisRect()->insetLayout()->take(plot->legend);
    const int row = plot->plotLayout()->rowCount();
    plot->plotLayout()->addElement(row, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
    plot->legend->setWrap(std::max(0, columns));
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setMargins(QMargins(0, 0, 0, 0));
}

QCPTextElement* PlotStyle::addTitle(QCustomPlot* plot)
{
    plot->plotLayout()->insertRow(0);
    QFont bold = plot->font();
    bold.setBold(true);
    auto* title = new QCPTextElement(plot, QString(), bold);
    title->setTextColor(plot->palette().color(QPalette::WindowText));
    plot->plotLayout()->addElement(0, 0, title);
    plot->plotLayout()->setRowStretchFactor(0, 0.01);
    return title;
}

QCPColorGradient PlotStyle::gradient(ColorMap::Kind kind)
{
    QCPColorGradient g;
    g.clearColorStops();
    constexpr int stops = 32;
    for (int i = 0; i <= stops; ++i)
        g.setColorStopAt(double(i) / stops, ColorMap::color(kind, double(i) / stops));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setLevelCount(256);
    return g;
}

} // namespace arm
