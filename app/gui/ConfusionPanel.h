#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace arm {

class MatrixPlot;
class Workspace;

// The confusion matrix of the Workspace's records under the labels now in force (rows true, columns
// predicted), as counts or row-normalised, with accuracy, mean-class accuracy and per-class
// precision / recall / F1 beside it. Recomputed when records or labels change (coalesced to one
// recomputation per event-loop pass). Clicking a cell emits cellActivated; the main window points the
// gallery at exactly those samples.
class ConfusionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~ConfusionPanel() override;

    MatrixPlot* matrixPlot() const { return m_plot; }
    QTableWidget* classTable() const { return m_table; }
    void setRowNormalized(bool on);
    // The split the matrix counts ("test", "train", "validation"; empty = all). Test by default when
    // the dataset has one: the held-out samples are the honest view of a model.
    QString split() const;
    void setSplit(const QString& split);
    // Recomputes now (normally scheduled automatically).
    void refresh();

Q_SIGNALS:
    void cellActivated(int trueLabel, int predictedLabel);

private:
    void scheduleRefresh();
    void rebuildSplits();

    Workspace* m_ws;
    MatrixPlot* m_plot;
    QCheckBox* m_normalized;
    QComboBox* m_split;
    bool m_userChoseSplit = false;
    QLabel* m_summary;
    QTableWidget* m_table;
    bool m_pending = false;
};

} // namespace arm
