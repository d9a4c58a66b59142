#include "engine/loading/ClassWeightedSampler.h"

namespace arm {

ClassWeightedSampler::ClassWeightedSampler(std::vector<int> labels, std::uint64_t seed, int samplesPerEpoch)
    : m_seed(seed)
    , m_samplesPerEpoch(samplesPerEpoch > 0 ? samplesPerEpoch : static_cast<int>(labels.size()))
{
    for (auto& c : byClass(labels))
        if (!c.empty())
            m_classes.push_back(std::move(c));
    if (m_classes.empty())
        m_samplesPerEpoch = 0;
}

std::vector<int> ClassWeightedSampler::epochIndices(int epoch) const
{
    // Weight 1/count per sample makes every class carry total weight 1: drawing a class uniformly,
    // then a member uniformly, is the same distribution without building a cumulative table.
    std::mt19937_64 rng(epochSeed(m_seed, epoch));
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(m_samplesPerEpoch));
    const int k = static_cast<int>(m_classes.size());
    for (int i = 0; i < m_samplesPerEpoch; ++i) {
        const auto& members = m_classes[static_cast<std::size_t>(randomBelow(rng, k))];
        out.push_back(members[static_cast<std::size_t>(randomBelow(rng, static_cast<int>(members.size())))]);
    }
    return out;
}

} // namespace arm
