#pragma once

#include <array>

namespace arm {

// Per-channel normalisation stored with every model (ImageNet statistics by default, as the authors').
// Kept torch-free so configs and GUI code can carry it without LibTorch.
struct Normalization {
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};
};

} // namespace arm
