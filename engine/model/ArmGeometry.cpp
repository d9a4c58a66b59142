#include "engine/model/ArmGeometry.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace arm {

int ArmGeometry::convOut(int n, int kernel, int stride, int padding)
{
    const int span = n + 2 * padding - kernel;
    if (span < 0)
        return 0;
    return span / stride + 1;
}

int ArmGeometry::backboneChannelsOf(Arch arch)
{
    // BasicBlock (expansion 1) ends layer4 with 512 channels; Bottleneck (expansion 4) with 2048.
    return resnetDepth(arch) >= 50 ? 512 * 4 : 512;
}

ArmGeometry ArmGeometry::compute(Arch arch, int inputSize)
{
    const std::string who = toString(arch) + " at input size " + std::to_string(inputSize);
    if (inputSize < 1 || inputSize > 4096)
        throw std::invalid_argument(who + ": input size must be between 1 and 4096 pixels");
    ArmGeometry g;
    g.arch = arch;
    g.inputSize = inputSize;
    g.backboneChannels = backboneChannelsOf(arch);

    // conv1 (k7 s2 p3), maxpool (k3 s2 p1), layer1 keeps the size, layer2..4 halve it with a 3x3
    // stride-2 conv whose 1x1 stride-2 downsample branch must land on the same size.
    int n = convOut(inputSize, 7, 2, 3);
    n = convOut(n, 3, 2, 1);
    for (int layer = 2; layer <= 4; ++layer) {
        const int main = convOut(n, 3, 2, 1);
        const int shortcut = convOut(n, 1, 2, 0);
        if (main != shortcut || main < 1)
            throw std::invalid_argument(who + ": layer" + std::to_string(layer) + " branches disagree (" +
                                        std::to_string(main) + " vs " + std::to_string(shortcut) + ")");
        n = main;
    }
    g.backboneSize = n;

    if (!isArmArch(arch)) {
        g.fcWidth = g.backboneChannels;
        return g;
    }
    const int C = g.backboneChannels;
    const int perMap = C / kArrangedChannels;
    const int r = static_cast<int>(std::lround(std::sqrt(static_cast<double>(perMap))));
    if (C % kArrangedChannels != 0 || r * r != perMap)
        throw std::invalid_argument(who + ": the arrangement needs C = 2*r^2 backbone channels, but C = " +
                                    std::to_string(C) + " gives r = sqrt(" + std::to_string(perMap) +
                                    "), not an integer");
    g.arrangeFactor = r;
    g.arrangedSize = n * r;
    if (g.arrangedSize < kDealbinoKernel)
        throw std::invalid_argument(
            who + ": the arranged maps are " + std::to_string(g.arrangedSize) + "x" +
            std::to_string(g.arrangedSize) + " (backbone " + std::to_string(n) + "x" + std::to_string(n) +
            " x r=" + std::to_string(r) + "), smaller than the 32x32 de-albino kernel; use a larger input size");
    g.dealbinoSize = convOut(g.arrangedSize, kDealbinoKernel, kDealbinoStride, 0);
    g.fcWidth = g.dealbinoSize * g.dealbinoSize;
    return g;
}

std::string ArmGeometry::describe() const
{
    std::ostringstream s;
    s << toString(arch) << " @" << inputSize << "x" << inputSize << ": backbone " << backboneChannels << "x"
      << backboneSize << "x" << backboneSize;
    if (isArm()) {
        s << " -> arrangement r=" << arrangeFactor << " -> 2x" << arrangedSize << "x" << arrangedSize
          << " -> de-albino (k" << kDealbinoKernel << " s" << kDealbinoStride << ") 2x" << dealbinoSize << "x"
          << dealbinoSize << " -> fc " << fcWidth;
    } else {
        s << " -> avgpool -> fc " << fcWidth;
    }
    return s.str();
}

} // namespace arm
