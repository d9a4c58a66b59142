#pragma once

#include "engine/audit/LabelAudit.h"

#include <QSet>
#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace arm {

class LabelPicker;
class Workspace;

// Relabelling help: the current sample with its label and quick-label buttons (LabelPicker; for a
// sample with no label yet the model's prediction is offered there, never applied unasked), a queue of label-error
// suggestions computed from the Workspace records' probabilities (SCN rule or confident learning;
// in-sample probabilities here, the audit command does the out-of-sample version) with accept /
// reject / accept-all-shown, and the project's edit history. Accepting goes through
// Workspace::relabel / relabelMany with EditSource::Suggestion, so it is undoable.
class RelabelPanel : public QWidget {
    Q_OBJECT
public:
    enum class Method { ConfidentLearning, ScnRule };

    explicit RelabelPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~RelabelPanel() override;

    void setMethod(Method method);
    const std::vector<LabelSuggestion>& suggestions() const { return m_shown; }
    QTableWidget* suggestionTable() const { return m_table; }
    // The line naming the sample keys 1-7 edit (the workspace's current sample).
    QString currentSampleText() const;
    QTableWidget* historyTable() const { return m_history; }
    LabelPicker* labelPicker() const { return m_picker; }
    // Accepts the suggestion in the given table row / rejects it (hidden until labels change).
    bool acceptRow(int row);
    void rejectRow(int row);
    // One undo step for every suggestion shown.
    bool acceptAllShown();
    void refresh();

private:
    void scheduleRefresh();
    void refreshHistory();
    void updateCurrent();

    Workspace* m_ws;
    QLabel* m_current;
    LabelPicker* m_picker;
    QComboBox* m_method;
    QDoubleSpinBox* m_delta;
    QTableWidget* m_table;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_acceptAll;
    QLabel* m_queueInfo;
    QTableWidget* m_history;
    std::vector<LabelSuggestion> m_shown;
    QSet<int> m_rejected; // sample indices rejected in this session
    bool m_pending = false;
};

} // namespace arm
