#include "engine/loading/Sampler.h"

#include "engine/loading/Augmenter.h"

#include <algorithm>

namespace arm {

std::uint64_t Sampler::epochSeed(std::uint64_t seed, int epoch)
{
    // Same mixing as the augmenter, with a distinct stream id so the two never correlate.
    return Augmenter::sampleSeed(seed ^ 0x5A4D504C4552ull, epoch, -1);
}

std::vector<std::vector<int>> Sampler::byClass(const std::vector<int>& labels)
{
    std::vector<std::vector<int>> classes;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int l = labels[i];
        if (l < 0)
            continue;
        if (static_cast<std::size_t>(l) >= classes.size())
            classes.resize(static_cast<std::size_t>(l) + 1);
        classes[static_cast<std::size_t>(l)].push_back(static_cast<int>(i));
    }
    return classes;
}

int Sampler::randomBelow(std::mt19937_64& rng, int n)
{
    const double u = static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0);
    return std::min(n - 1, static_cast<int>(u * n));
}

void Sampler::shuffle(std::vector<int>& v, std::mt19937_64& rng)
{
    for (int i = static_cast<int>(v.size()) - 1; i > 0; --i)
        std::swap(v[static_cast<std::size_t>(i)], v[static_cast<std::size_t>(randomBelow(rng, i + 1))]);
}

} // namespace arm
