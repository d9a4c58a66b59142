#pragma once

#include "app/jobs/Job.h"
#include "engine/data/DatasetIndex.h"
#include "engine/eval/Evaluator.h"

#include <functional>
#include <memory>
#include <vector>

namespace arm {

class ModelHandle;

// Runs an evaluation over a dataset on the thread pool. Parameters are copied in before start();
// result() holds the EvalResult after succeeded(). The evaluation itself is a Runner with the
// signature of Evaluator::evaluate, so tests (and builds without the evaluator) inject their own.
// The model handle is shared, not copied: do not run two jobs on the same model at once.
class EvaluateJob : public Job {
    Q_OBJECT
public:
    using Runner = std::function<EvalResult(ModelHandle&, const DatasetIndex&, const std::vector<int>&,
                                            const EvalOptions&, const Evaluator::Progress&,
                                            const std::atomic<bool>*)>;
    struct Params {
        std::shared_ptr<ModelHandle> model;
        std::shared_ptr<const DatasetIndex> dataset;
        std::vector<int> sampleIndices; // empty = every sample of the dataset (not only the test split)
        EvalOptions options;
        quint64 stamp = 0; // the caller's identity of these inputs (e.g. Workspace::inputGeneration())
    };

    explicit EvaluateJob(Runner runner, QObject* parent = nullptr);
    void start(Params params);
    const EvalResult& result() const { return m_result; }
    // What the result was computed from (kept so it is stored under its own model and samples).
    const Params& params() const { return m_params; }

private:
    Params m_params;
    Runner m_runner;
    EvalResult m_result;
};

} // namespace arm
