#include "engine/loading/Augmenter.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <cmath>
#include <random>

namespace arm {

namespace {

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Uniform in [0, 1) from the top 53 bits: identical on every platform, unlike std::uniform_*_distribution.
double uniform01(std::mt19937_64& rng)
{
    return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0);
}

double uniform(std::mt19937_64& rng, double lo, double hi)
{
    return lo + (hi - lo) * uniform01(rng);
}

// Integer in [lo, hi] inclusive.
int randint(std::mt19937_64& rng, int lo, int hi)
{
    return lo + static_cast<int>(uniform01(rng) * (hi - lo + 1));
}

} // namespace

Augmenter::Augmenter(AugmentOptions options, std::uint64_t seed) : m_options(options), m_seed(seed) {}

std::uint64_t Augmenter::sampleSeed(std::uint64_t seed, int epoch, std::int64_t sampleIndex)
{
    std::uint64_t h = splitmix64(seed);
    h = splitmix64(h ^ static_cast<std::uint64_t>(static_cast<std::uint32_t>(epoch)));
    return splitmix64(h ^ static_cast<std::uint64_t>(sampleIndex));
}

torch::Tensor Augmenter::apply(const cv::Mat& image, int epoch, std::int64_t sampleIndex, AugmentRecord* record) const
{
    std::mt19937_64 rng(sampleSeed(m_seed, epoch, sampleIndex));
    AugmentRecord rec;
    // A fresh Mat for the augmented pixels: assigning `image` would share its buffer, and flip/convertTo
    // would then write into the caller's image.
    cv::Mat augmented;
    if (uniform01(rng) < m_options.flipOrNoiseP) {
        if (uniform01(rng) < 0.5) {
            cv::flip(image, augmented, 1);
            rec.flipped = true;
        } else {
            cv::Mat noise(image.size(), CV_32FC(image.channels()));
            cv::RNG cvRng(rng());
            cvRng.fill(noise, cv::RNG::NORMAL, 0.0, std::sqrt(m_options.noiseVariance));
            cv::Mat f;
            image.convertTo(f, CV_32F);
            f += noise;
            f.convertTo(augmented, image.depth()); // saturate_cast clips to 0-255 (and rounds)
            rec.noised = true;
        }
    }
    torch::Tensor t = ImageTensor::fromMat(augmented.empty() ? image : augmented, m_options.size, m_options.norm);

    if (uniform01(rng) < m_options.eraseP) {
        const int h = static_cast<int>(t.size(1));
        const int w = static_cast<int>(t.size(2));
        const double area = static_cast<double>(h) * w;
        const double logLo = std::log(m_options.eraseRatioMin), logHi = std::log(m_options.eraseRatioMax);
        for (int attempt = 0; attempt < 10; ++attempt) {
            const double eraseArea = area * uniform(rng, m_options.eraseScaleMin, m_options.eraseScaleMax);
            const double aspect = std::exp(uniform(rng, logLo, logHi));
            const int eh = static_cast<int>(std::lround(std::sqrt(eraseArea * aspect)));
            const int ew = static_cast<int>(std::lround(std::sqrt(eraseArea / aspect)));
            if (!(eh < h && ew < w) || eh <= 0 || ew <= 0)
                continue;
            const int top = randint(rng, 0, h - eh);
            const int left = randint(rng, 0, w - ew);
            t.index({torch::indexing::Slice(), torch::indexing::Slice(top, top + eh),
                     torch::indexing::Slice(left, left + ew)})
                .fill_(m_options.eraseValue);
            rec.erased = true;
            rec.eraseTop = top;
            rec.eraseLeft = left;
            rec.eraseHeight = eh;
            rec.eraseWidth = ew;
            break;
        }
    }
    if (record)
        *record = rec;
    return t;
}

} // namespace arm
