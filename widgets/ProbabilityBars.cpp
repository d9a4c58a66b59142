#include "widgets/ProbabilityBars.h"

#include "widgets/PlotStyle.h"

#include <QtDebug>

#include <algorithm>

namespace arm {

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QCustomPlot(parent)
    , m_firstName(tr("alone"))
    , m_secondName(tr("in batch"))
{
    setAccessibleName(tr("Class probabilities"));
    PlotStyle::apply(this);
    m_group = new QCPBarsGroup(this);
    m_group->setSpacing(1);
    for (int set = 0; set < 2; ++set)
        for (int kind = 0; kind < 2; ++kind) {
            auto* bars = new QCPBars(yAxis, xAxis); // key axis vertical: horizontal bars
            bars->setWidth(set == 0 ? 0.7 : 0.35);
            bars->setPen(Qt::NoPen);
            bars->setBrush(kind == 1 ? predictedColor(set) : otherColor(set));
            m_bars[set][kind] = bars;
        }
    // The predicted bar of a set is stacked on that set's other bars (which are 0 at that class), so
    // the pair stays on the set's slot when both sets are grouped side by side.
    for (int set = 0; set < 2; ++set)
        m_bars[set][1]->moveAbove(m_bars[set][0]);
    xAxis->setRange(0, 1.12);
    xAxis->setLabel(tr("Probability"));
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(0.25);
    xAxis->setTicker(ticker);
    yAxis->setRangeReversed(true); // first class on top
    yAxis->grid()->setVisible(false);
    yAxis->setSubTicks(false);
    legend->setVisible(false);
    PlotStyle::legendBelow(this);
}

ProbabilityBars::~ProbabilityBars() = default;

QColor ProbabilityBars::predictedColor(int set)
{
    return set == 0 ? QColor(0, 90, 160) : QColor(200, 85, 0);
}

QColor ProbabilityBars::otherColor(int set)
{
    return set == 0 ? QColor(140, 170, 200) : QColor(235, 185, 140);
}

int ProbabilityBars::argMax(const QVector<double>& p)
{
    if (p.isEmpty())
        return -1;
    return int(std::max_element(p.begin(), p.end()) - p.begin());
}

void ProbabilityBars::setClasses(const QStringList& classNames)
{
    m_classes = classNames;
    if (m_first.size() != m_classes.size())
        m_first.clear();
    if (m_second.size() != m_classes.size())
        m_second.clear();
    rebuild();
}

void ProbabilityBars::setProbabilities(const QVector<double>& probabilities, int givenLabel)
{
    if (probabilities.size() != m_classes.size()) {
        qWarning("ProbabilityBars: %lld probabilities for %lld classes; cleared",
                 static_cast<long long>(probabilities.size()), static_cast<long long>(m_classes.size()));
        m_first.clear();
    } else {
        m_first = probabilities;
    }
    m_given = givenLabel >= 0 && givenLabel < m_classes.size() ? givenLabel : -1;
    rebuild();
}

void ProbabilityBars::setSecondProbabilities(const QVector<double>& probabilities)
{
    if (probabilities.size() != m_classes.size()) {
        qWarning("ProbabilityBars: %lld second probabilities for %lld classes; cleared",
                 static_cast<long long>(probabilities.size()), static_cast<long long>(m_classes.size()));
        m_second.clear();
    } else {
        m_second = probabilities;
    }
    rebuild();
}

void ProbabilityBars::clearSecondProbabilities()
{
    m_second.clear();
    rebuild();
}

void ProbabilityBars::setSetNames(const QString& first, const QString& second)
{
    m_firstName = first;
    m_secondName = second;
    rebuild();
}

void ProbabilityBars::setTitle(const QString& title)
{
    if (!m_title)
        m_title = PlotStyle::addTitle(this);
    m_title->setText(title);
    setAccessibleDescription(title);
    replot(rpQueuedReplot);
}

QPointF ProbabilityBars::barCenter(int classIndex, int set) const
{
    const QVector<double>& p = set == 0 ? m_first : m_second;
    if (classIndex < 0 || classIndex >= p.size())
        return {};
    // Grouped bars are 0.4 wide each, side by side around the class's key.
    const bool two = !m_first.isEmpty() && !m_second.isEmpty();
    const double key = classIndex + (two ? (set == 0 ? -0.2 : 0.2) : 0.0);
    return {xAxis->coordToPixel(p[classIndex] / 2.0), yAxis->coordToPixel(key)};
}

void ProbabilityBars::rebuild()
{
    for (QCPAbstractItem* item : m_items)
        removeItem(item);
    m_items.clear();
    const bool two = !m_second.isEmpty() && !m_first.isEmpty();
    for (int set = 0; set < 2; ++set) {
        const QVector<double>& p = set == 0 ? m_first : m_second;
        const int best = argMax(p);
        QVector<double> keys, others, predicted;
        for (int i = 0; i < p.size(); ++i) {
            keys << i;
            others << (i == best ? 0.0 : p[i]);
            predicted << (i == best ? p[i] : 0.0);
        }
        m_bars[set][0]->setData(keys, others, true);
        m_bars[set][1]->setData(keys, predicted, true);
        for (int kind = 0; kind < 2; ++kind) {
            QCPBars* bars = m_bars[set][kind];
            bars->setBarsGroup(two ? m_group : nullptr);
            bars->setWidth(two ? 0.4 : 0.7);
            bars->setVisible(!p.isEmpty());
        }
        m_bars[set][0]->setName(set == 0 ? m_firstName : m_secondName);
        m_bars[set][1]->setName(set == 0 ? m_firstName : m_secondName);
    }
    legend->clearItems();
    if (two) {
        for (int set = 0; set < 2; ++set)
            m_bars[set][1]->addToLegend();
    }
    // An invisible legend still takes part in the layout and squeezes the axis rect: take it out of
    // the layout while there is only one set.
    if (two && !legend->layout()) {
        plotLayout()->addElement(plotLayout()->rowCount(), 0, legend);
        plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
    } else if (!two && legend->layout()) {
        plotLayout()->take(legend);
        plotLayout()->simplify();
    }
    legend->setVisible(two);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < m_classes.size(); ++i)
        ticker->addTick(i, i == m_given ? tr("\u25B6 %1 (label)").arg(m_classes[i]) : m_classes[i]);
    yAxis->setTicker(ticker);
    yAxis->setRange(-0.6, std::max<int>(1, int(m_classes.size())) - 0.4);

    // Percentages at the end of each bar. With two sets, a class whose two values print the same gets one
    // label between its bars: two stacked identical "0.0%" per class only clutter the chart.
    auto percent = [](double v) { return QStringLiteral("%1%").arg(v * 100.0, 0, 'f', v < 0.1 ? 1 : 0); };
    for (int set = 0; set < (two ? 2 : 1); ++set) {
        const QVector<double>& p = set == 0 ? m_first : m_second;
        for (int i = 0; i < p.size(); ++i) {
            const bool same = two && i < m_first.size() && i < m_second.size() &&
                              percent(m_first[i]) == percent(m_second[i]);
            if (same && set == 1)
                continue;
            auto* t = new QCPItemText(this);
            t->setClipToAxisRect(true);
            t->position->setType(QCPItemPosition::ptPlotCoords);
            t->position->setAxes(xAxis, yAxis);
            const double offset = two && !same ? (set == 0 ? -0.21 : 0.21) : 0.0;
            t->position->setCoords(same ? std::max(m_first[i], m_second[i]) : p[i], i + offset);
            t->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            t->setPadding(QMargins(3, 0, 0, 0));
            t->setText(percent(p[i]));
            t->setColor(palette().color(QPalette::WindowText));
            if (two) {
                QFont f = font();
                f.setPointSizeF(f.pointSizeF() * 0.85);
                t->setFont(f);
            }
            if (i == argMax(p)) {
                QFont f = t->font();
                f.setBold(true);
                t->setFont(f);
            }
            m_items << t;
        }
    }
    // The given label's row outlined, so a wrong prediction is visible at a glance.
    if (m_given >= 0) {
        auto* r = new QCPItemRect(this);
        r->topLeft->setCoords(0, m_given - 0.48);
        r->bottomRight->setCoords(1.0, m_given + 0.48);
        r->setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
        r->setBrush(Qt::NoBrush);
        m_items << r;
    }
    replot(rpQueuedReplot);
}

} // namespace arm
