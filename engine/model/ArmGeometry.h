#pragma once

#include "engine/core/ModelConfig.h"

#include <string>

namespace arm {

// Shapes through the network, derived from the backbone and the input size (never hard-coded), so
// the model, the analyses and the GUI agree. ResNet-18/34 @224: 7x7x512, r=16, arranged 112,
// de-albino 11x11, fc 121. @112: 4x4, arranged 64, 5x5, fc 25. ResNet-50 @224: 7x7x2048, r=32,
// arranged 224, 25x25, fc 625.
struct ArmGeometry {
    static constexpr int kDealbinoKernel = 32;
    static constexpr int kDealbinoStride = 8;
    static constexpr int kArrangedChannels = 2; // the arrangement turns C channels into 2 maps

    Arch arch = Arch::ResNet18Arm;
    int inputSize = 0;
    int backboneChannels = 0;  // C
    int backboneSize = 0;      // S (features are C x S x S)
    int arrangeFactor = 0;     // r = sqrt(C / 2); 0 for baseline archs
    int arrangedSize = 0;      // A = S * r; 0 for baseline archs
    int dealbinoSize = 0;      // o = (A - 32) / 8 + 1; 0 for baseline archs
    int fcWidth = 0;           // o*o for ARM, C for baseline (avgpool)

    bool isArm() const { return arrangeFactor > 0; }
    // Throws std::invalid_argument saying why when the geometry is impossible (input too small for
    // the de-albino kernel, channels not 2*r^2, input size out of range).
    static ArmGeometry compute(Arch arch, int inputSize);
    static ArmGeometry compute(const ModelConfig& config) { return compute(config.arch, config.inputSize); }
    // Output size of a convolution/pooling along one axis: floor((n + 2p - k) / s) + 1.
    static int convOut(int n, int kernel, int stride, int padding);
    static int backboneChannelsOf(Arch arch);
    std::string describe() const;
};

} // namespace arm
