#pragma once

#include "engine/loading/ImageTensor.h"

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

#include <cstdint>

namespace arm {

// The authors' training augmentation (SCN/ARM RafDataSet + torchvision transforms):
//   1. with probability 0.5, EITHER a horizontal flip OR additive Gaussian noise of variance 30 on the
//      0-255 pixels (std sqrt(30), clipped), each chosen with probability 1/2 — on the decoded image,
//      before resizing, as the authors do;
//   2. resize (bilinear), ToTensor, normalise;
//   3. torchvision RandomErasing on the normalised tensor: scale 0.02-0.1, ratio 0.3-3.3, value 0,
//      up to 10 attempts. p = 0.5: torchvision's default, which the authors' code does not override.
// Deterministic: every sample draws from its own generator seeded from (seed, epoch, sample index),
// so results do not depend on which worker thread decodes which sample.
struct AugmentOptions {
    int size = 112;
    Normalization norm{};
    double flipOrNoiseP = 0.5;
    double noiseVariance = 30.0;
    double eraseP = 0.5;
    double eraseScaleMin = 0.02, eraseScaleMax = 0.1;
    double eraseRatioMin = 0.3, eraseRatioMax = 3.3;
    float eraseValue = 0.0f;
};

// What apply() did to one sample (for tests and the GUI's augmentation preview).
struct AugmentRecord {
    bool flipped = false;
    bool noised = false;
    bool erased = false;
    int eraseTop = 0, eraseLeft = 0, eraseHeight = 0, eraseWidth = 0;
};

class Augmenter {
public:
    explicit Augmenter(AugmentOptions options = {}, std::uint64_t seed = 0);

    // Augmented, normalised (3, size, size) float tensor. Thread-safe (const, no shared RNG).
    torch::Tensor apply(const cv::Mat& image, int epoch, std::int64_t sampleIndex, AugmentRecord* record = nullptr) const;
    const AugmentOptions& options() const { return m_options; }
    std::uint64_t seed() const { return m_seed; }
    // The per-sample generator seed (splitmix64 mix of the three).
    static std::uint64_t sampleSeed(std::uint64_t seed, int epoch, std::int64_t sampleIndex);

private:
    AugmentOptions m_options;
    std::uint64_t m_seed;
};

} // namespace arm
