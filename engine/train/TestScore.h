#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/model/FerNet.h"

#include <torch/types.h>

#include <atomic>
#include <vector>

namespace arm {

// The trainer's per-epoch test pass: loss, accuracy and mean class accuracy of the network in eval mode
// on the given samples. Kept apart from the training loop (Trainer.cpp), which it only feeds.
struct TestScore {
    double loss = 0.0, accuracy = 0.0, meanClassAccuracy = 0.0;
    bool cancelled = false;
    // The sums the scores come from, so that ranks that each scored a shard can add them up.
    double lossSum = 0.0;
    std::vector<int64_t> correct, support; // per class

    // [lossSum, correct..., support...] and back (scores recomputed from the sums).
    std::vector<double> counts() const;
    static TestScore fromCounts(const std::vector<double>& counts, int numClasses);

    // Decode failures are appended to `problems`; cancel is polled between batches.
    static TestScore measure(FerNet& model, const DatasetIndex& data, const std::vector<int>& indices, int batchSize,
                             int loaderThreads, const torch::Device& dev, const std::atomic<bool>* cancel,
                             std::vector<Problem>& problems);
};

} // namespace arm
