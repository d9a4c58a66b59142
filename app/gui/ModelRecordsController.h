#pragma once

#include "app/jobs/EvaluateJob.h"

#include <QObject>
#include <QString>

namespace arm {

class Workspace;

// Gives the workspace's model its per-sample records for the open dataset: from the project's prediction
// cache when it holds this model's predictions (keyed by ModelHandle::fingerprint()), else by evaluating
// every sample off the GUI thread (EvaluateJob), storing the result in the cache for next time. A new
// model or dataset supersedes a running evaluation. Reports through signals; the main window shows them.
class ModelRecordsController : public QObject {
    Q_OBJECT
public:
    explicit ModelRecordsController(Workspace* workspace, QObject* parent = nullptr);
    ~ModelRecordsController() override;

    // Evaluator::evaluate by default; tests inject a fake; an empty runner disables evaluation.
    void setEvaluateRunner(EvaluateJob::Runner runner) { m_runner = std::move(runner); }
    // Records from the project's cache for the current model; true when some were found.
    bool restoreCachedPredictions();
    // The cache, else an evaluation when a runner is set.
    void recordsForModel();
    bool startEvaluation();
    bool isEvaluating() const;
    // Cancels a running evaluation and drops its result (the model, dataset or project changed).
    void cancelEvaluation();

Q_SIGNALS:
    void progress(int done, int total, const QString& text); // total 0: not known yet
    void message(const QString& text);                       // a passing status message
    void failed(const QString& message);
    void evaluationFinished(bool ok);

private:
    void onEvaluated();

    Workspace* m_ws;
    EvaluateJob::Runner m_runner;
    EvaluateJob* m_job = nullptr;
    std::shared_ptr<const DatasetIndex> m_evaluatedFor; // the workspace's dataset the job started for
};

} // namespace arm
