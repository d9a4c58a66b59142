#include "app/jobs/EvaluateJob.h"

#include "engine/ModelHandle.h"

#include <numeric>
#include <stdexcept>

namespace arm {

EvaluateJob::EvaluateJob(QObject* parent) : Job(parent) {}

void EvaluateJob::start(Params params)
{
    if (isRunning())
        return;
    m_params = std::move(params);
    auto result = std::make_shared<EvalResult>();
    const Params p = m_params;
    runAsync(
        [this, p, result]() {
            if (!p.model || !p.dataset)
                throw std::runtime_error("evaluate: no model or dataset open");
            std::vector<int> indices = p.sampleIndices;
            if (indices.empty()) {
                // The GUI shows every sample, so evaluate them all (the engine's default is the test split).
                indices.resize(p.dataset->samples.size());
                std::iota(indices.begin(), indices.end(), 0);
            }
            const int total = static_cast<int>(indices.size());
            *result = Evaluator::evaluate(
                *p.model, *p.dataset, indices, p.options,
                [this, total](int done, int) { reportProgress(done, total, tr("Evaluating")); }, &cancelFlag());
            return !result->cancelled;
        },
        [this, result]() { m_result = std::move(*result); });
}

} // namespace arm
