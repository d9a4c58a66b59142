#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/loading/Sampler.h"
#include "engine/train/Trainer.h"

#include <memory>
#include <string>
#include <vector>

namespace arm {

// The checks and choices the trainer makes before its first step: kept out of the loop (Trainer.cpp).
class TrainSetup {
public:
    // Throws std::invalid_argument naming the setting that is out of range.
    static void validate(const TrainParams& params);
    static std::unique_ptr<Sampler> makeSampler(const std::string& name, std::vector<int> labels,
                                                unsigned long long seed, int mrrPerClass);
    // `indices` when every one is a sample of `data` with a class label; otherwise throws
    // std::invalid_argument naming the index or the sample (`what`: "training" or "test").
    static std::vector<int> checkedIndices(const DatasetIndex& data, const std::vector<int>& indices, const char* what);
};

} // namespace arm
