#include "engine/eval/Evaluator.h"

#include "engine/eval/BatchedInference.h"
#include "engine/loading/BatchLoader.h"
#include "engine/model/ModelHandle.h"
#include "engine/model/FerNet.h"
#include "engine/model/GenericModeScope.h"

#include <torch/torch.h>

#include <chrono>
#include <mutex>
#include <stdexcept>

namespace arm {

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// One pass over `order` in batches; appends records in order. Returns false when cancelled.
bool runPass(ModelHandle& model, const DatasetIndex& data, const std::vector<int>& order, int batchSize,
             int loaderThreads, Precision precision, const std::function<void(int)>& advanced, const std::atomic<bool>* cancel,
             std::vector<EvalRecord>& records, std::vector<Problem>& problems)
{
    // Fusing a ResNet-18 costs a few ms, once per pass.
    BatchedInference inference(model.network(), torch::Device(model.device()), precision,
                                     model.path().empty() ? model.formatDescription() : model.path());
    std::size_t consumed = 0; // position in `order` up to which samples are accounted for
    const bool finished = inference.overSamples(
        data, order, batchSize, loaderThreads,
        [&](const Batch& batch, const torch::Tensor& logits) {
            const torch::Tensor probs = torch::softmax(logits, 1).contiguous();
            const int64_t C = probs.size(1);
            const float* p = probs.data_ptr<float>();
            for (std::size_t k = 0; k < batch.sampleIndices.size(); ++k) {
                EvalRecord r;
                r.sampleIndex = batch.sampleIndices[k];
                r.label = data.samples[static_cast<std::size_t>(r.sampleIndex)].label;
                r.probabilities.assign(p + static_cast<int64_t>(k) * C, p + (static_cast<int64_t>(k) + 1) * C);
                EvaluationMetrics::completeRecord(r);
                records.push_back(std::move(r));
            }
            // Batches are contiguous slices of `order`: this batch ends at (batchNumber + 1) * batchSize.
            consumed = std::min(order.size(), static_cast<std::size_t>(batch.batchNumber + 1) *
                                                  static_cast<std::size_t>(std::max(1, batchSize)));
            if (advanced)
                advanced(static_cast<int>(consumed));
        },
        cancel, problems);
    if (finished && advanced && consumed < order.size())
        advanced(static_cast<int>(order.size()));
    return finished;
}

} // namespace

std::vector<int> Evaluator::defaultSamples(const DatasetIndex& data)
{
    std::vector<int> s = data.indicesOf(Split::Test);
    if (s.empty())
        s = data.indicesOf(Split::Validation);
    return s;
}

EvalResult Evaluator::evaluate(ModelHandle& model, const DatasetIndex& data,
                               const std::vector<int>& sampleIndices, const EvalOptions& options,
                               const Progress& progress, const std::atomic<bool>* cancel)
{
    if (options.batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1, got " +
                                    std::to_string(options.batchSize));
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<int> order = sampleIndices.empty() ? defaultSamples(data) : sampleIndices;
    if (order.empty())
        throw std::invalid_argument(data.root + ": no samples to evaluate (no test or validation split; "
                                                "choose the samples or split explicitly)");
    for (int i : order)
        if (i < 0 || static_cast<std::size_t>(i) >= data.samples.size())
            throw std::invalid_argument("sample index " + std::to_string(i) + " out of range (dataset has " +
                                        std::to_string(data.samples.size()) + " samples)");

    FerNet net = model.network();
    if (data.numClasses() > net->config().numClasses)
        throw std::invalid_argument(data.root + ": dataset has " + std::to_string(data.numClasses()) +
                                    " classes but the model predicts " +
                                    std::to_string(net->config().numClasses));
    GenericModeScope genericScope(model, options.generic);
    if (net->is_training()) {
        std::lock_guard<std::mutex> lock(model.mutex());
        net->eval();
    }

    EvalResult result;
    result.records.reserve(order.size());
    const int total = static_cast<int>(order.size());
    std::function<void(int)> advanced;
    if (progress)
        advanced = [&](int done) { progress(done, total); };
    try {
        result.cancelled = !runPass(model, data, order, options.batchSize, options.loaderThreads, options.precision, advanced,
                                    cancel, result.records, result.problems);
    } catch (const c10::Error& e) {
        throw std::runtime_error("evaluation failed: " + std::string(e.what_without_backtrace()));
    }
    result.metrics = EvaluationMetrics::fromRecords(result.records, net->config().numClasses);
    result.seconds = secondsSince(t0);
    return result;
}

std::vector<BatchSweepRow> Evaluator::batchSizeSweep(ModelHandle& model, const DatasetIndex& data,
                                                     const std::vector<int>& sampleIndices,
                                                     const std::vector<int>& batchSizes,
                                                     const Progress& progress,
                                                     const std::atomic<bool>* cancel, int loaderThreads)
{
    const std::vector<int> order = sampleIndices.empty() ? defaultSamples(data) : sampleIndices;
    const bool isArm = model.network()->isArm();
    const bool running = isArm && model.hasRunningFeature();
    const int passes = static_cast<int>(batchSizes.size()) + (running ? 1 : 0);
    const int n = static_cast<int>(order.size());
    int passDone = 0;
    std::vector<BatchSweepRow> rows;
    auto measure = [&](const std::string& mode, GenericMode generic, int batchSize) {
        EvalOptions o;
        o.batchSize = batchSize;
        o.loaderThreads = loaderThreads;
        o.generic = generic;
        Progress p;
        if (progress)
            p = [&](int done, int) { progress(passDone * n + done, passes * n); };
        const EvalResult r = evaluate(model, data, order, o, p, cancel);
        ++passDone;
        BatchSweepRow row;
        row.mode = mode;
        row.batchSize = batchSize;
        row.accuracy = r.metrics.accuracy;
        row.meanClassAccuracy = r.metrics.meanClassAccuracy;
        row.samples = r.metrics.samples;
        row.seconds = r.seconds;
        if (!isArm)
            row.note = "baseline architecture: no generic feature, batch size cannot matter";
        else if (mode == "running")
            row.note = "stored running generic feature: predictions do not depend on the batch";
        rows.push_back(row);
        return !r.cancelled;
    };
    for (int b : batchSizes)
        if (!measure("batch", GenericMode::Batch, b))
            return rows;
    if (running) {
        measure("running", GenericMode::Running, 64);
    } else {
        BatchSweepRow row;
        row.mode = "running";
        row.batchSize = 64;
        row.available = false;
        row.note = isArm ? "skipped: the model has no running generic feature (e.g. an authors' checkpoint)"
                         : "skipped: baseline architecture has no generic feature";
        rows.push_back(row);
    }
    return rows;
}

} // namespace arm
