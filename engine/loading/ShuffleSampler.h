#pragma once

#include "engine/loading/Sampler.h"

namespace arm {

// Every position once per epoch, in a fresh random order.
class ShuffleSampler : public Sampler {
public:
    ShuffleSampler(std::vector<int> labels, std::uint64_t seed);
    std::vector<int> epochIndices(int epoch) const override;
    int epochSize() const override { return static_cast<int>(m_labels.size()); }

private:
    std::vector<int> m_labels;
    std::uint64_t m_seed;
};

} // namespace arm
