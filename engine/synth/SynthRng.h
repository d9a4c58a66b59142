#pragma once

#include <cmath>
#include <cstdint>

namespace arm {

// A tiny, fully specified RNG (SplitMix64) for the synthetic dataset. std:: distributions are
// implementation-defined, so they could give different faces on another standard library; this gives
// the same bytes everywhere for a (seed, index) pair.
class SynthRng {
public:
    explicit SynthRng(std::uint64_t seed) : m_state(seed) {}
    SynthRng(std::uint64_t seed, std::uint64_t stream) : m_state(mix(seed ^ mix(stream + 0x632BE59BD9B4E019ULL))) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        return mix(z);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Box-Muller, one value per call: simple and deterministic).
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

} // namespace arm
