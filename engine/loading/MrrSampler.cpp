#include "engine/loading/MrrSampler.h"

#include <algorithm>
#include <limits>

namespace arm {

MrrSampler::MrrSampler(std::vector<int> labels, std::uint64_t seed, int perClass) : m_seed(seed), m_perClass(perClass)
{
    for (auto& c : byClass(labels))
        if (!c.empty())
            m_classes.push_back(std::move(c));
    if (m_perClass <= 0) {
        int smallest = std::numeric_limits<int>::max();
        for (const auto& c : m_classes)
            smallest = std::min(smallest, static_cast<int>(c.size()));
        m_perClass = m_classes.empty() ? 0 : smallest;
    }
}

std::vector<int> MrrSampler::epochIndices(int epoch) const
{
    std::mt19937_64 rng(epochSeed(m_seed, epoch));
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(epochSize()));
    for (const auto& members : m_classes) {
        const int n = static_cast<int>(members.size());
        if (n >= m_perClass) {
            // Partial Fisher-Yates: the first m of a random permutation.
            std::vector<int> pool = members;
            for (int i = 0; i < m_perClass; ++i) {
                const int j = i + randomBelow(rng, n - i);
                std::swap(pool[static_cast<std::size_t>(i)], pool[static_cast<std::size_t>(j)]);
                out.push_back(pool[static_cast<std::size_t>(i)]);
            }
        } else {
            for (int i = 0; i < m_perClass; ++i)
                out.push_back(members[static_cast<std::size_t>(randomBelow(rng, n))]);
        }
    }
    shuffle(out, rng);
    return out;
}

} // namespace arm
