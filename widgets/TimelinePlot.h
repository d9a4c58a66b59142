#pragma once

#include "widgets/CurvePlot.h"

class QCPItemStraightLine;

namespace arm {

// Class probabilities over time (one face track of a video): one curve per class against the time in
// seconds, probabilities on a fixed 0-1 axis so tracks compare at a glance, and a vertical cursor at
// the frame shown. A click emits the time under the mouse, for the caller to show the nearest frame.
class TimelinePlot : public CurvePlot {
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget* parent = nullptr);

    // probabilities[i] holds the class probabilities at times[i]; rows of another length are skipped.
    void setTimeline(const QStringList& classNames, const QVector<double>& times,
                     const QVector<QVector<double>>& probabilities);
    void clearTimeline();
    void setCursorTime(double seconds); // NaN hides the cursor
    double cursorTime() const { return m_cursorTime; }

Q_SIGNALS:
    void timeClicked(double seconds);

private:
    QCPItemStraightLine* m_cursor = nullptr;
    double m_cursorTime;
};

} // namespace arm
