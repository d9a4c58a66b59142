#include "app/jobs/EvaluateJob.h"

#include "engine/model/ModelHandle.h"

#include <numeric>
#include <stdexcept>

namespace arm {

EvaluateJob::EvaluateJob(Runner runner, QObject* parent)
    : Job(parent)
    , m_runner(std::move(runner))
{
}

void EvaluateJob::start(Params params)
{
    if (isRunning())
        return;
    m_params = params;
    m_result = {};
    auto result = std::make_shared<EvalResult>();
    runAsync(
        [this, p = std::move(params), result, runner = m_runner]() {
            if (!runner)
                throw std::runtime_error("evaluation is not available in this build");
            if (!p.model || !p.dataset)
                throw std::runtime_error("evaluate: no model or dataset open");
            std::vector<int> indices = p.sampleIndices;
            if (indices.empty()) {
                // The GUI shows every sample, so evaluate them all (the engine's default is the test split).
                indices.resize(p.dataset->samples.size());
                std::iota(indices.begin(), indices.end(), 0);
            }
            const int total = static_cast<int>(indices.size());
            *result = runner(
                *p.model, *p.dataset, indices, p.options,
                [this, total](int done, int) { reportProgress(done, total, tr("Evaluating")); },
                &cancelFlag());
            return !result->cancelled;
        },
        [this, result]() { m_result = std::move(*result); }, Priority::Background);
}

} // namespace arm
