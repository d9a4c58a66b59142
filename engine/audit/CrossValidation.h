#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/core/ModelConfig.h"
#include "engine/core/Precision.h"

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace arm {

// Per-sample class probabilities cached outside the engine (the GUI's project store keeps them per model
// fingerprint). Both hooks are optional. `key` is a model fingerprint, or for K-fold cross-training a
// fingerprint of everything that determines the fold model (options, seed, fold members and their labels),
// so a relabelled sample invalidates the folds it trained. Rows are keyed by Sample::name.
struct PredictionCache {
    std::function<std::map<std::string, std::vector<float>>(const std::string& key)> load;
    std::function<void(const std::string& key, const std::map<std::string, std::vector<float>>& rows)> save;
};

// Settings of the short training runs of K-fold cross-training. The defaults are sized for the label
// audit on the default synthetic dataset (2,400 train images) on a 2-core CPU: about 10 minutes.
struct CrossTrainOptions {
    // The fold models are a measuring instrument, so the defaults are the cheapest that meet the goal
    // (docs/AUDIT.md): the plain ResNet-18, because ResNet-18+ARM at 64 px has a 1x1 de-albino map (one
    // feature for fc), and at 112 px three folds would not fit the 15-minute budget on 2 cores.
    int folds = 3;
    Arch arch = Arch::ResNet18;
    int inputSize = 64;
    int epochs = 8;
    int batchSize = 16;
    double lr = 1e-3;
    GenericMode generic = GenericMode::Running; // batch-independent held-out probabilities
    bool augment = true;
    unsigned long long seed = 0;
    std::string device = "cpu";
    int loaderThreads = 2;
    int threads = 0; // intra-op threads while training (0 = all cores)
    // Fold training and held-out prediction; fp32 until the audit's ranked precision is measured in bf16.
    Precision precision = Precision::Fp32;
};

struct CrossTrainProgress {
    int fold = 0, folds = 0;   // 1-based
    std::string stage;         // "train", "predict" or "cached"
    int epoch = 0, epochs = 0; // training only
    int done = 0, total = 0;   // batches of this epoch, or held-out samples predicted
    double loss = 0.0;         // training: running loss of the epoch
    double etaSeconds = 0.0;   // whole cross-training, estimated
};

// Out-of-sample probabilities: every sample is predicted by the fold model that did not train on it.
struct OutOfSample {
    std::vector<int> sampleIndices;                // as given
    std::vector<std::vector<float>> probabilities; // aligned; empty row = the sample failed to decode
    std::vector<int> foldOf;                       // aligned; fold (0-based) holding the sample out
    std::vector<double> foldAccuracy;              // held-out accuracy against the given labels, per fold
    std::vector<std::string> foldKeys;             // cache keys of the fold models
    int cachedFolds = 0;                           // folds taken from the cache instead of retrained
    std::vector<Problem> problems;
    double seconds = 0.0;
    bool cancelled = false;
};

class CrossValidation {
public:
    // Splits sampleIndices into k folds, stratified by label: each class's samples are shuffled (seeded)
    // and dealt round-robin, continuing where the previous class stopped, so fold sizes differ by at most
    // one and every class is spread as evenly as possible. Folds are disjoint and cover the input; each
    // fold lists its samples in ascending order. Throws std::invalid_argument for k < 2 or k > the number
    // of samples.
    static std::vector<std::vector<int>> stratifiedFolds(const DatasetIndex& data,
                                                         const std::vector<int>& sampleIndices, int k,
                                                         unsigned long long seed);
    // Cache key of one fold model: a hash of the options and of every training sample's name and label.
    static std::string foldKey(const DatasetIndex& data, const std::vector<int>& trainIndices,
                               const CrossTrainOptions& options, int fold);
    // Trains one model per fold on the other folds (Trainer::run, no checkpoints written) and predicts the
    // held-out fold (Evaluator). Folds whose key is in the cache for every held-out sample are not
    // retrained. Trainer errors (bad options) propagate as std::runtime_error / std::invalid_argument.
    static OutOfSample outOfSampleProbabilities(
        const DatasetIndex& data, const std::vector<int>& sampleIndices, const CrossTrainOptions& options,
        const std::function<void(const CrossTrainProgress&)>& progress = {},
        const PredictionCache* cache = nullptr, const std::atomic<bool>* cancel = nullptr);
    static bool trainerAvailable(); // true: kept for callers written before the trainer landed
};

} // namespace arm
