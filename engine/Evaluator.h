#pragma once

#include "engine/DatasetIndex.h"
#include "engine/EvaluationMetrics.h"
#include "engine/ModelConfig.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace arm {

class ModelHandle;

struct EvalOptions {
    int batchSize = 64;
    int loaderThreads = 2;
    std::optional<GenericMode> generic; // override the model's mode for this evaluation
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
};

class Evaluator {
public:
    using Progress = std::function<void(int done, int total)>;
    // sampleIndices empty = the Test split (Validation when there is no Test split).
    static EvalResult evaluate(ModelHandle& model, const DatasetIndex& data, const std::vector<int>& sampleIndices,
                               const EvalOptions& options = {}, const Progress& progress = {},
                               const std::atomic<bool>* cancel = nullptr);
    // Accuracy in batch mode at each batch size, and in running mode, on the same samples: shows users how
    // much the authors' design depends on the batch on their own data.
    static std::vector<BatchSweepRow> batchSizeSweep(ModelHandle& model, const DatasetIndex& data,
                                                     const std::vector<int>& sampleIndices,
                                                     const std::vector<int>& batchSizes = {1, 8, 64, 256});
};

} // namespace arm
