#include "app/gui/ModelRecordsController.h"

#include "app/AppSettings.h"
#include "app/gui/Workspace.h"
#include "app/store/ProjectStore.h"
#include "engine/eval/Evaluator.h"
#include "engine/model/ModelHandle.h"

#include <algorithm>
#include <exception>

namespace arm {

ModelRecordsController::ModelRecordsController(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_runner(&Evaluator::evaluate)
{
    // Any change of inputs cancels the evaluation computing for the old ones (onEvaluated also checks
    // the stamp, for a completion already queued when the change happened).
    connect(m_ws, &Workspace::modelChanged, this, &ModelRecordsController::cancelEvaluation);
    connect(m_ws, &Workspace::datasetChanged, this, &ModelRecordsController::cancelEvaluation);
    connect(m_ws, &Workspace::projectChanged, this, &ModelRecordsController::cancelEvaluation);
}

ModelRecordsController::~ModelRecordsController() = default; // the job is a child: cancelled and waited for

bool ModelRecordsController::restoreCachedPredictions()
{
    // Whatever runs was started for other inputs: restored records must not be overwritten by it, nor
    // its probabilities stored under this model.
    cancelEvaluation();
    ProjectStore* p = m_ws->project();
    const auto model = m_ws->model();
    if (!p || !model || !m_ws->hasDataset())
        return false;
    QHash<QString, CachedPrediction> cached;
    try {
        cached = p->predictions(QString::fromStdString(model->fingerprint()));
    } catch (const std::exception& e) {
        Q_EMIT message(QString::fromLocal8Bit(e.what()));
        return false;
    }
    if (cached.isEmpty())
        return false;
    std::vector<EvalRecord> records;
    records.reserve(static_cast<std::size_t>(cached.size()));
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        const int i = m_ws->indexOfSample(it.key());
        if (i < 0)
            continue;
        EvalRecord r;
        r.sampleIndex = i;
        r.label = m_ws->originalLabelOf(i);
        r.probabilities = it.value().probabilities;
        EvaluationMetrics::completeRecord(r);
        records.push_back(std::move(r));
    }
    std::sort(records.begin(), records.end(),
              [](const EvalRecord& a, const EvalRecord& b) { return a.sampleIndex < b.sampleIndex; });
    m_ws->setRecords(std::move(records));
    Q_EMIT message(tr("Predictions restored from the project cache"));
    return true;
}

void ModelRecordsController::recordsForModel()
{
    if (!restoreCachedPredictions() && m_runner)
        startEvaluation();
}

bool ModelRecordsController::startEvaluation()
{
    if (!m_ws->model() || !m_ws->hasDataset())
        return false;
    cancelEvaluation();
    m_job = new EvaluateJob(m_runner, this);
    connect(m_job, &Job::progress, this, &ModelRecordsController::progress);
    connect(m_job, &Job::succeeded, this, &ModelRecordsController::onEvaluated);
    connect(m_job, &Job::failed, this, [this](const QString& text) {
        Q_EMIT failed(text);
        Q_EMIT evaluationFinished(false);
    });
    connect(m_job, &Job::cancelled, this, [this] {
        Q_EMIT message(tr("Evaluation cancelled"));
        Q_EMIT evaluationFinished(false);
    });
    EvaluateJob::Params params;
    params.model = m_ws->model();
    params.dataset = m_ws->datasetPtr();
    params.stamp = m_ws->inputGeneration();
    params.options.precision = AppSettings::precision();
    m_evaluatedFor = m_ws->datasetPtr();
    if (m_ws->unlabelledCount() > 0) {
        // The samples with no label yet are predicted too (the relabel view offers the prediction), as
        // samples numbered after the labelled ones, like the workspace numbers them. Their label 0 is a
        // stand-in the evaluator needs; Workspace::setRecords keeps their records out of every metric.
        auto all = std::make_shared<DatasetIndex>(m_ws->dataset());
        for (Sample s : all->unlabelled) {
            s.label = 0;
            all->samples.push_back(std::move(s));
        }
        all->unlabelled.clear();
        params.dataset = std::move(all);
    }
    Q_EMIT progress(0, 0, tr("Evaluating the model on %n sample(s)...", nullptr, m_ws->itemCount()));
    m_job->start(std::move(params));
    return true;
}

void ModelRecordsController::cancelEvaluation()
{
    if (!m_job)
        return;
    // A new model, dataset or project supersedes the running evaluation: its result would be stale.
    m_job->cancel();
    m_job->waitForFinished();
    delete m_job; // its queued completion is dropped with it
    m_job = nullptr;
}

bool ModelRecordsController::isEvaluating() const
{
    return m_job && m_job->isRunning();
}

void ModelRecordsController::onEvaluated()
{
    const EvaluateJob::Params& inputs = m_job->params();
    if (inputs.stamp != m_ws->inputGeneration() || inputs.model != m_ws->model() ||
        m_evaluatedFor != m_ws->datasetPtr()) {
        // Computed for a model, dataset or project the user has left: showing or caching it would
        // attribute these probabilities to the wrong model or samples.
        Q_EMIT message(tr("An evaluation for a model or dataset that is no longer open was discarded"));
        Q_EMIT evaluationFinished(false);
        return;
    }
    std::vector<EvalRecord> records = m_job->result().records;
    if (ProjectStore* p = m_ws->project(); p && !p->isReadOnly() && !records.empty()) {
        // Keyed by the job's own model and dataset (they are the current ones, checked above).
        QHash<QString, CachedPrediction> cache;
        cache.reserve(static_cast<int>(records.size()));
        for (const EvalRecord& r : records) {
            if (r.sampleIndex < 0 || r.sampleIndex >= static_cast<int>(inputs.dataset->samples.size()))
                continue;
            cache.insert(QString::fromStdString(inputs.dataset->samples[static_cast<std::size_t>(r.sampleIndex)].name),
                         CachedPrediction{r.probabilities, static_cast<double>(r.loss)});
        }
        try {
            p->putPredictions(QString::fromStdString(inputs.model->fingerprint()), cache);
        } catch (const std::exception& e) {
            Q_EMIT message(QString::fromLocal8Bit(e.what()));
        }
    }
    const int n = static_cast<int>(records.size());
    m_ws->setRecords(std::move(records));
    Q_EMIT message(tr("Evaluated %n sample(s)", nullptr, n));
    Q_EMIT evaluationFinished(true);
}

} // namespace arm
