#pragma once

#include "app/jobs/Job.h"
#include "engine/DatasetIndex.h"
#include "engine/Evaluator.h"

#include <memory>
#include <vector>

namespace arm {

class ModelHandle;

// Runs Evaluator::evaluate over a dataset on the thread pool. Parameters are copied in before start();
// result() holds the EvalResult after succeeded(). The model handle is shared, not copied: do not
// start two jobs on the same model at once.
class EvaluateJob : public Job {
    Q_OBJECT
public:
    struct Params {
        std::shared_ptr<ModelHandle> model;
        std::shared_ptr<const DatasetIndex> dataset;
        std::vector<int> sampleIndices; // empty = every sample of the dataset (not only the test split)
        EvalOptions options;
    };

    explicit EvaluateJob(QObject* parent = nullptr);
    void start(Params params);
    const EvalResult& result() const { return m_result; }
    const Params& params() const { return m_params; }

private:
    Params m_params;
    EvalResult m_result;
};

} // namespace arm
