#include "engine/eval/Evaluator.h"

#include "engine/loading/BatchLoader.h"
#include "engine/model/AutocastScope.h"
#include "engine/model/FastFerNet.h"
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

// Applies a generic-mode override for the lifetime of the guard and restores the previous mode, also when
// the evaluation throws. The mode is module state that other jobs may read, so it changes under the mutex.
// One pass over `order` in batches; appends records in order. Returns false when cancelled.
bool runPass(ModelHandle& model, const DatasetIndex& data, const std::vector<int>& order, int batchSize,
             int loaderThreads, Precision precision, const std::function<void(int)>& advanced, const std::atomic<bool>* cancel,
             std::vector<EvalRecord>& records, std::vector<Problem>& problems)
{
    FerNet net = model.network();
    const ModelConfig& cfg = net->config();
    BatchLoaderOptions lo;
    lo.batchSize = batchSize;
    lo.workers = std::max(1, loaderThreads);
    BatchLoader loader(data, order, BatchLoader::evalTransform(cfg.inputSize, cfg.norm), lo);
    const torch::Device device(model.device());
    // On the CPU the BN-folded oneDNN copy is ~1.7x faster than the module (docs/PERFORMANCE.md) and gives
    // the same logits within 1e-4; fusing a ResNet-18 costs a few ms, once per pass.
    const bool bf16 = resolvePrecision(precision, model.device()) == Precision::Bf16;
    FastFerNet fast{nullptr};
    if (device.is_cpu())
        fast = fuseForInference(net, InferenceLayout::Auto, bf16 ? Precision::Bf16 : Precision::Fp32);
    torch::InferenceMode inference;
    AutocastScope autocast(bf16 && !fast, device); // the module path (CUDA): bf16 by autocast
    Batch batch;
    std::size_t consumed = 0; // position in `order` up to which samples are accounted for
    while (true) {
        if (cancel && cancel->load()) {
            loader.cancel();
            return false;
        }
        if (!loader.next(batch))
            break;
        problems.insert(problems.end(), batch.problems.begin(), batch.problems.end());
        const torch::Tensor logits =
            (fast ? fast->forward(batch.images) : net->forward(batch.images.to(device)))
                .to(torch::kCPU, torch::kFloat32)
                .contiguous();
        if (!torch::isfinite(logits).all().item<bool>()) {
            const std::string who = model.path().empty() ? model.formatDescription() : model.path();
            throw std::runtime_error(
                who + ": the model produces NaN/Inf outputs (first on " +
                data.samples[static_cast<std::size_t>(batch.sampleIndices.front())].path +
                "): its weights are corrupt");
        }
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
    }
    // Failures of trailing batches that held no good sample are only in the loader's list.
    const std::vector<Problem> all = loader.problems();
    if (all.size() > problems.size())
        problems.insert(problems.end(), all.begin() + static_cast<std::ptrdiff_t>(problems.size()),
                        all.end());
    if (advanced && consumed < order.size())
        advanced(static_cast<int>(order.size()));
    return true;
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
