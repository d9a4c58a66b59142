#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/core/ModelConfig.h"
#include "engine/core/Precision.h"
#include "engine/model/ModelHandle.h"

#include <nlohmann/json_fwd.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace arm {

class Collective;

// Everything a training or fine-tuning run needs; plain data so the GUI fills it from its settings
// panel and the CLI from its options. Defaults are the demo settings (synthetic data, 2-core CPU).
struct TrainParams {
    ModelConfig model =
        demoModelConfig(); // arch, inputSize, generic mode, classes (resnet18-arm, 112, running)
    std::string outDir;    // last.ckpt, best.ckpt, metrics.json
    int epochs = 7; // the demo calibration (docs/TRAINING.md): 87 % test accuracy, <= 10 min on 2 cores
    // 16, not the authors' 64: from scratch on 2,400 images, 8 epochs of 64 (300 steps) leave ResNet-18+ARM
    // at the class prior; 16 gives 4x the steps at the same images/s (docs/TRAINING.md, calibration).
    int batchSize = 16;
    std::string optimizer = "adam"; // "adam" | "sgd"
    double lr = 1e-3;
    double weightDecay = 1e-4;
    double momentum = 0.9;           // sgd only
    double gamma = 0.9;              // ExponentialLR, stepped per epoch
    std::string sampler = "shuffle"; // "shuffle" | "weighted" | "mrr"
    int mrrPerClass = 0;             // 0 = the smallest class's size
    bool augment = true;
    std::string initWeights;     // own .ckpt or authors' .pth to fine-tune from (empty = fresh)
    std::string backboneWeights; // torchvision ResNet .pth loaded into the backbone only
    bool freezeBackbone = false;
    // Every BatchNorm layer normalises with its stored statistics (eval mode) while all weights train:
    // the usual choice for fine-tuning with small batches, and what makes a run independent of how
    // its global batch is split over ranks (docs/DISTRIBUTED.md).
    bool freezeBatchNorm = false;
    bool resume = false;        // continue outDir/last.ckpt exactly (epoch, optimiser, scheduler, RNG)
    std::string device = "cpu"; // resolved (Runtime::resolveDevice)
    unsigned long long seed = 0;
    int loaderThreads = 2;
    std::vector<int> trainIndices; // empty = every Train-split sample
    std::vector<int> testIndices;  // empty = every Test-split sample (Validation when no Test)
    bool writeCheckpoints = true;  // false for K-fold cross-training inside the audit
    int threads = 0;               // intra-op threads (Runtime::configureThreads); 0 = all cores
    // Bf16: the forward pass under bf16 autocast, with fp32 master weights, loss, gradients and Adam
    // state (AutocastScope); about 1.7x the fp32 step on a CPU with AVX-512 BF16 (docs/PERFORMANCE.md).
    // The CLI and GUI default: PrecisionDefaults::train.
    Precision precision = Precision::Fp32;
    // Ranks of a data-parallel run (set by the trainer from its Collective, stored for the record):
    // batchSize is per rank, the global batch is batchSize * worldSize.
    int worldSize = 1;

    // The demo model: ResNet-18 + ARM at 112 px (fc 5x5) with the running generic feature.
    static ModelConfig demoModelConfig()
    {
        ModelConfig c;
        c.inputSize = 112;
        c.generic = GenericMode::Running;
        return c;
    }
};

struct TrainProgress {
    int epoch = 0, epochs = 0;  // 1-based epoch
    int batch = 0, batches = 0; // 1-based batch within the epoch
    double loss = 0.0;          // running mean over the epoch so far
    double accuracy = 0.0;      // running training accuracy over the epoch so far
    double lr = 0.0;
    double imagesPerSecond = 0.0;
    double etaSeconds = 0.0; // whole run
};

struct EpochMetrics {
    int epoch = 0;
    double trainLoss = 0.0, trainAccuracy = 0.0;
    double testLoss = 0.0, testAccuracy = 0.0, testMeanClassAccuracy = 0.0;
    double lr = 0.0;
    double seconds = 0.0;
    double imagesPerSecond = 0.0;
    // Time spent in the step collectives of a data-parallel run (agreeing on the step, gradient
    // all-reduce), including waiting for the slowest rank; 0 for a single process.
    double syncSeconds = 0.0;
};

struct TrainResult {
    std::vector<EpochMetrics> epochs; // all epochs of the run, resumed ones included
    std::string lastCheckpoint;
    std::string bestCheckpoint;
    double bestTestAccuracy = 0.0;
    bool cancelled = false;
    std::vector<Problem> problems; // decode failures met while training (one per sample)
    std::shared_ptr<ModelHandle>
        model;               // the trained network (eval mode); null when cancelled (open lastCheckpoint)
    int bestEpoch = 0;       // epoch of best.ckpt (0 = none yet)
    std::string metricsFile; // outDir/metrics.json (empty when writeCheckpoints is false)
};

struct TrainCallbacks {
    std::function<void(const TrainProgress&)> onBatch;
    std::function<void(const EpochMetrics&)> onEpoch;
    std::function<void(const std::string&)> onLog;
};

// The authors' recipe (Adam or SGD, ExponentialLR, cross-entropy, their augmentation) as a reusable
// run. Thread-agnostic: the GUI runs it on a worker thread; cancel is polled between batches, so it
// takes effect within a second and leaves last.ckpt valid (written atomically each epoch).
//
// Determinism: the model is initialised after torch::manual_seed(seed); every epoch re-seeds torch
// from (seed, epoch) and the samplers and the augmenter are pure functions of (seed, epoch), so the
// whole run is a function of (seed, epoch) and a resumed run replays the uninterrupted one exactly.
// Files (when writeCheckpoints): last.ckpt is written before the first epoch (epoch 0 = the initial
// model, so a run cancelled in epoch 1 can still be resumed) and after every epoch; best.ckpt (no
// optimiser state) whenever test accuracy improves; metrics.json after every epoch. All atomically.
// Resume: the settings stored in last.ckpt win over `params` except epochs, device, threads,
// loaderThreads and callbacks-related ones; see storedParams().
//
// Data-parallel (collective given, docs/DISTRIBUTED.md): every rank calls run() with the same data and
// params; DistributedDataParallel's semantics (ReplicaSync). Rank 0 alone writes files and should
// alone show progress; all ranks return the same model and metrics. A failure on one rank is
// reported to the others, which stop with an error naming it.
class Trainer {
public:
    static TrainResult run(const DatasetIndex& data, const TrainParams& params,
                           const TrainCallbacks& callbacks = {}, const std::atomic<bool>* cancel = nullptr,
                           Collective* collective = nullptr);

    // The settings a run in outDir was started with (from outDir/last.ckpt). Throws std::runtime_error
    // naming the file when there is none or it holds no trainer metadata.
    static TrainParams storedParams(const std::string& outDir);
    // lr of a 0-based epoch: lr * gamma^epoch (ExponentialLR stepped once per epoch).
    static double learningRate(const TrainParams& params, int epoch0);
    static nlohmann::json toJson(const TrainParams& params);
    // Missing keys keep TrainParams' defaults; bad values throw std::invalid_argument naming the key.
    static TrainParams paramsFromJson(const nlohmann::json& j);
    static nlohmann::json toJson(const EpochMetrics& metrics);
    static EpochMetrics epochFromJson(const nlohmann::json& j);
    // The per-epoch history in a run's metrics.json. Throws std::runtime_error naming the file (and the
    // epoch entry) when it cannot be read or parsed.
    static std::vector<EpochMetrics> readHistory(const std::string& metricsPath);
};

} // namespace arm
