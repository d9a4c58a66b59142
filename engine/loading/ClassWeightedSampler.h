#pragma once

#include "engine/loading/Sampler.h"

namespace arm {

// Draws epochSize positions WITH replacement, each with weight 1 / (size of its class), so every
// class is equally likely per draw (torch WeightedRandomSampler with class-inverse weights).
class ClassWeightedSampler : public Sampler {
public:
    // samplesPerEpoch <= 0 means labels.size().
    ClassWeightedSampler(std::vector<int> labels, std::uint64_t seed, int samplesPerEpoch = 0);
    std::vector<int> epochIndices(int epoch) const override;
    int epochSize() const override { return m_samplesPerEpoch; }

private:
    std::vector<std::vector<int>> m_classes; // non-empty classes only
    std::uint64_t m_seed;
    int m_samplesPerEpoch;
};

} // namespace arm
