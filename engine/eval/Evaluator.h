#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/eval/EvaluationMetrics.h"
#include "engine/core/ModelConfig.h"
#include "engine/core/Precision.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace arm {

class ModelHandle;

struct EvalOptions {
    int batchSize = 64;
    int loaderThreads = 2;
    std::optional<GenericMode> generic; // override the model's mode for this evaluation
    // Fp32 is the reference; Bf16 halves the work on CPUs with native bf16 (docs/PERFORMANCE.md has the
    // agreement measured); Auto resolves per machine (resolvePrecision).
    Precision precision = Precision::Fp32;
};

struct EvalResult {
    EvaluationMetrics metrics;
    std::vector<EvalRecord> records;  // one per evaluated sample, in the order given
    std::vector<Problem> problems;      // samples that could not be decoded
    double seconds = 0.0;
    bool cancelled = false;
};

struct BatchSweepRow {
    std::string mode;       // "batch" or "running"
    int batchSize = 0;
    double accuracy = 0.0;
    double meanClassAccuracy = 0.0;
    int samples = 0;
    double seconds = 0.0;
    bool available = true;  // false: the row could not be measured (e.g. running mode without a running feature)
    std::string note;       // why not, or what the row means
};

class Evaluator {
public:
    using Progress = std::function<void(int done, int total)>;
    // sampleIndices empty = the Test split (Validation when there is no Test split); throws
    // std::invalid_argument naming the dataset when there is neither. Records follow the given order (samples
    // that fail to decode become problems and have no record). Runs in eval mode under InferenceMode. The
    // generic override is applied (under ModelHandle::mutex()) for the duration of the call and restored,
    // also when it throws. Throws std::runtime_error when running mode is asked of a model without a running
    // feature, and naming the model when it produces NaN/Inf outputs (corrupt weights): never records
    // with made-up predictions. progress(done, total) counts samples (failed ones included), from the calling thread; cancel is
    // polled between batches (result.cancelled, metrics over the records so far).
    static EvalResult evaluate(ModelHandle& model, const DatasetIndex& data, const std::vector<int>& sampleIndices,
                               const EvalOptions& options = {}, const Progress& progress = {},
                               const std::atomic<bool>* cancel = nullptr);
    // Accuracy in batch mode at each batch size, and in running mode, on the same samples: shows users how
    // much the authors' design depends on the batch on their own data.
    static std::vector<BatchSweepRow> batchSizeSweep(ModelHandle& model, const DatasetIndex& data,
                                                     const std::vector<int>& sampleIndices,
                                                     const std::vector<int>& batchSizes = {1, 8, 64, 256},
                                                     const Progress& progress = {},
                                                     const std::atomic<bool>* cancel = nullptr, int loaderThreads = 2);
    // The samples `evaluate` takes when none are given (Test, else Validation); empty when neither exists.
    static std::vector<int> defaultSamples(const DatasetIndex& data);
};

} // namespace arm
