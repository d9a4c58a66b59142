#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace arm {

// Produces, for each epoch, the list of POSITIONS (0..labels.size()-1) into the label vector it was
// built from; callers map positions to sample indices. Pure function of (labels, seed, epoch), so a
// resumed run replays the same order.
class Sampler {
public:
    virtual ~Sampler() = default;
    virtual std::vector<int> epochIndices(int epoch) const = 0;
    // Number of indices one epoch yields.
    virtual int epochSize() const = 0;

    // Generator seed for one epoch of a sampler seeded with `seed`.
    static std::uint64_t epochSeed(std::uint64_t seed, int epoch);
    // Per-class position lists (labels < 0 are ignored).
    static std::vector<std::vector<int>> byClass(const std::vector<int>& labels);
    // Uniform integer in [0, n), identical on every standard library (std distributions are not).
    static int randomBelow(std::mt19937_64& rng, int n);
    // Fisher-Yates shuffle built on randomBelow.
    static void shuffle(std::vector<int>& v, std::mt19937_64& rng);
};

} // namespace arm
