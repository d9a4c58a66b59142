#pragma once

#include "app/jobs/TrainJob.h"
#include "engine/train/Trainer.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

class QSplitter;
class QResizeEvent;

namespace arm {

class CurvePlot;
class TrainingSettingsForm;
class Workspace;

// Trains or fine-tunes on the workspace's dataset with the labels in force (the project's relabels
// applied), on a worker thread: settings form, start / cancel, progress with ETA and images/s, live
// loss and accuracy curves and a log. When a run ends it offers to load its best checkpoint as the
// workspace's model.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~TrainingPanel() override;

    void setRunner(TrainRunner runner); // default: EngineRunners::train()

    // What start() would train with: the form's settings, the dataset's classes, the resolved device
    // and, when fine-tuning, the loaded model's weights and configuration. Throws std::invalid_argument
    // with a readable message when the settings cannot be used (e.g. unknown device).
    TrainParams currentParams() const;
    // A copy of the workspace's dataset whose labels are the labels in force.
    std::shared_ptr<DatasetIndex> trainingData() const;

    bool isTraining() const;
    const TrainResult& lastResult() const;
    bool hasResult() const { return m_hasResult; }

    TrainingSettingsForm* form() const { return m_form; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* loadBestButton() const { return m_loadBest; }
    QProgressBar* progressBar() const { return m_progress; }
    CurvePlot* lossPlot() const { return m_curves; }
    QPlainTextEdit* logView() const { return m_log; }
    QString progressText() const;
    TrainJob* job() const { return m_job; }

    // Shows how a checkpoint was trained: the curves and log of the metrics.json beside it (written by
    // arm-cli train, the demo and this panel). Returns false, leaving the view as it was, when there is
    // none or it cannot be read. Called when a model is loaded and no run of this panel produced it.
    bool showHistoryOf(const QString& checkpointPath);

public Q_SLOTS:
    void start();
    void cancel();
    void loadBestModel();

Q_SIGNALS:
    void trainingStarted();
    // completed: the run went through all epochs (false when cancelled or failed).
    void trainingFinished(bool completed);

protected:
    // The dock is often a narrow column beside the gallery: stack settings above the curves there, and
    // put them side by side when the panel is wide.
    void resizeEvent(QResizeEvent* event) override;

private:
    void onBatch(const TrainProgress& progress);
    void onEpoch(const EpochMetrics& metrics);
    void onFinished();
    void appendLog(const QString& line);
    void updateButtons();
    void updateModelInfo();

    Workspace* m_ws;
    TrainRunner m_runner;
    TrainJob* m_job = nullptr;
    TrainingSettingsForm* m_form = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_loadBest = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    CurvePlot* m_curves = nullptr;
    QSplitter* m_splitter = nullptr;
    QPlainTextEdit* m_log = nullptr;
    bool m_hasResult = false;
    int m_batchesSeen = 0; // x of the per-batch loss curve, in epochs (fractional)
};

} // namespace arm
