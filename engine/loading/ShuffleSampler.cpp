#include "engine/loading/ShuffleSampler.h"

#include <numeric>

namespace arm {

ShuffleSampler::ShuffleSampler(std::vector<int> labels, std::uint64_t seed) : m_labels(std::move(labels)), m_seed(seed) {}

std::vector<int> ShuffleSampler::epochIndices(int epoch) const
{
    std::vector<int> order(m_labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(epochSeed(m_seed, epoch));
    shuffle(order, rng);
    return order;
}

} // namespace arm
