#pragma once

#include "engine/core/Grid.h"
#include "engine/analysis/ImageAnalysis.h"

#include <torch/types.h>

namespace torch::nn {
class Sequential;
}

namespace arm {

// Analytic receptive fields and albino erosion of a real backbone: walks the modules of the features
// Sequential (conv1, maxpool, every block's convs and downsample), reading kernel, stride and padding
// from the modules themselves, so any ResNet depth and any input size give their true geometry.
//
// Valid fraction: v_0 = 1 on the image; each conv/pool maps v_l(o) = sum over its k x k taps of
// [tap inside the input] * v_{l-1}(tap) / (k * k) (out-of-range taps = padding count 0). A residual
// block's output is the sum of its main path and its skip path (identity or 1x1 downsample), so its
// valid fraction is the mean of the two paths' fractions. Erosion = 1 - v.
//
// Boxes are in continuous input-pixel coordinates (pixel i spans [i, i+1]); they may extend past the
// image where the field covers padding. For a torchvision ResNet the field of output cell o is centred
// on pixel 32*o (not 32*o + 16): the padding makes the grid sit towards the top-left, and overlays
// placed through these boxes show that honestly.
class ReceptiveField {
public:
    Grid validFraction;       // S x S
    Grid erosion;             // S x S, 1 - validFraction
    CellGeometry cells;       // S x S receptive-field boxes
    int jump = 0;             // total stride of the backbone (32 for ResNet)
    int size = 0;             // receptive-field side in pixels (435 for ResNet-18)

    // Throws std::invalid_argument on a module it cannot interpret.
    static ReceptiveField analyse(const torch::nn::Sequential& features, int inputSize);
    // One conv/pool step of the valid-fraction recursion (the test hook for the 3x3 pad-1 case).
    static Grid propagateValid(const Grid& in, int kernel, int stride, int padding);
    // Places a cell grid on the image: bilinear interpolation between the cells' box centres, clamped
    // beyond the outermost centres. cells.rows/cols must match grid.
    static Grid projectToImage(const Grid& grid, const CellGeometry& cells, int imageSize);
};

} // namespace arm
