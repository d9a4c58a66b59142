#pragma once

#include "widgets/QCustomPlotInclude.h"

#include <QStringList>
#include <QVector>

namespace arm {

// Class probabilities as horizontal bars, first class on top: the predicted class (arg max) drawn in
// a strong colour, the others muted, each bar labelled with its percentage, and the given label
// marked (tick label prefix and an outline across its row). An optional second set (e.g. "alone" vs
// "in batch") is drawn side by side with its own colours and a legend.
class ProbabilityBars : public QCustomPlot {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);
    ~ProbabilityBars() override;

    void setClasses(const QStringList& classNames);
    QStringList classes() const { return m_classes; }
    // probabilities.size() must equal the number of classes (else the set is cleared with a warning).
    // givenLabel: index of the dataset label, or -1.
    void setProbabilities(const QVector<double>& probabilities, int givenLabel = -1);
    void setSecondProbabilities(const QVector<double>& probabilities);
    void clearSecondProbabilities();
    void setSetNames(const QString& first, const QString& second);
    void setTitle(const QString& title);

    int predictedClass() const { return argMax(m_first); }
    int secondPredictedClass() const { return argMax(m_second); }
    int givenLabel() const { return m_given; }
    QVector<double> probabilities() const { return m_first; }
    QVector<double> secondProbabilities() const { return m_second; }
    // The pixel centre of a class's bar (set 0 or 1), for callers and tests.
    QPointF barCenter(int classIndex, int set = 0) const;
    static QColor predictedColor(int set);
    static QColor otherColor(int set);

private:
    static int argMax(const QVector<double>& p);
    void rebuild();

    QStringList m_classes;
    QVector<double> m_first, m_second;
    int m_given = -1;
    QString m_firstName, m_secondName;
    QCPBarsGroup* m_group = nullptr;
    QCPBars* m_bars[2][2] = {{nullptr, nullptr}, {nullptr, nullptr}}; // [set][0 = others, 1 = predicted]
    QCPTextElement* m_title = nullptr;
    QVector<QCPAbstractItem*> m_items;
};

} // namespace arm
