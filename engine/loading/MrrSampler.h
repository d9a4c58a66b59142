#pragma once

#include "engine/loading/Sampler.h"

namespace arm {

// Minimal random resampling (the ARM paper): every epoch each non-empty class contributes exactly m
// positions — drawn WITHOUT replacement from classes with at least m members, and i.i.d. uniformly
// WITH replacement from smaller ones — and the m * classes positions are shuffled together.
// m defaults to the smallest non-empty class's size (pure undersampling, no duplicates at all).
class MrrSampler : public Sampler {
public:
    // perClass <= 0 means the smallest non-empty class size.
    MrrSampler(std::vector<int> labels, std::uint64_t seed, int perClass = 0);
    std::vector<int> epochIndices(int epoch) const override;
    int epochSize() const override { return m_perClass * static_cast<int>(m_classes.size()); }
    int perClass() const { return m_perClass; }

private:
    std::vector<std::vector<int>> m_classes; // non-empty classes only
    std::uint64_t m_seed;
    int m_perClass;
};

} // namespace arm
