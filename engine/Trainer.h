#pragma once

#include "engine/DatasetIndex.h"
#include "engine/ModelConfig.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace arm {

// Everything a training or fine-tuning run needs; plain data so the GUI fills it from its settings
// panel and the CLI from its options. Defaults are the demo settings (synthetic data, 2-core CPU).
struct TrainParams {
    ModelConfig model;                 // arch, inputSize, generic mode, classes (defaults: resnet18-arm, 112)
    std::string outDir;                // last.ckpt, best.ckpt, metrics.json
    int epochs = 8;
    int batchSize = 64;
    std::string optimizer = "adam";    // "adam" | "sgd"
    double lr = 1e-3;
    double weightDecay = 1e-4;
    double momentum = 0.9;             // sgd only
    double gamma = 0.9;                // ExponentialLR, stepped per epoch
    std::string sampler = "shuffle";   // "shuffle" | "weighted" | "mrr"
    int mrrPerClass = 0;               // 0 = the smallest class's size
    bool augment = true;
    std::string initWeights;           // own .ckpt or authors' .pth to fine-tune from (empty = fresh)
    std::string backboneWeights;       // torchvision ResNet .pth loaded into the backbone only
    bool freezeBackbone = false;
    bool resume = false;               // continue outDir/last.ckpt exactly (epoch, optimiser, scheduler, RNG)
    std::string device = "cpu";        // resolved (Runtime::resolveDevice)
    unsigned long long seed = 0;
    int loaderThreads = 2;
    std::vector<int> trainIndices;     // empty = every Train-split sample
    std::vector<int> testIndices;      // empty = every Test-split sample (Validation when no Test)
    bool writeCheckpoints = true;      // false for K-fold cross-training inside the audit
};

struct TrainProgress {
    int epoch = 0, epochs = 0;         // 1-based epoch
    int batch = 0, batches = 0;        // 1-based batch within the epoch
    double loss = 0.0;                 // running mean over the epoch so far
    double accuracy = 0.0;             // running training accuracy over the epoch so far
    double lr = 0.0;
    double imagesPerSecond = 0.0;
    double etaSeconds = 0.0;           // whole run
};

struct EpochMetrics {
    int epoch = 0;
    double trainLoss = 0.0, trainAccuracy = 0.0;
    double testLoss = 0.0, testAccuracy = 0.0, testMeanClassAccuracy = 0.0;
    double lr = 0.0;
    double seconds = 0.0;
    double imagesPerSecond = 0.0;
};

struct TrainResult {
    std::vector<EpochMetrics> epochs;  // all epochs of the run, resumed ones included
    std::string lastCheckpoint;
    std::string bestCheckpoint;
    double bestTestAccuracy = 0.0;
    bool cancelled = false;
    std::vector<Problem> problems;     // decode failures met while training
};

struct TrainCallbacks {
    std::function<void(const TrainProgress&)> onBatch;
    std::function<void(const EpochMetrics&)> onEpoch;
    std::function<void(const std::string&)> onLog;
};

// The authors' recipe (Adam or SGD, ExponentialLR, cross-entropy, their augmentation) as a reusable
// run. Thread-agnostic: the GUI runs it on a worker thread; cancel is polled between batches, so it
// takes effect within a second and leaves last.ckpt valid (written atomically each epoch).
class Trainer {
public:
    static TrainResult run(const DatasetIndex& data, const TrainParams& params, const TrainCallbacks& callbacks = {},
                           const std::atomic<bool>* cancel = nullptr);
};

} // namespace arm
