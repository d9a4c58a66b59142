#pragma once

#include "engine/core/Grid.h"
#include "engine/analysis/ImageAnalysis.h"

namespace arm {

// How much weight each position of the arranged map receives from the de-albino convolution: the sum of
// |kernel| over every window that covers it. With a uniform kernel this is the paper's "perception
// count" (a 3x3 stride-1 window over 7x7 covers the corners once, the centre nine times).
class DeAlbinoCoverage {
public:
    // kernel (kh x kw) slid over a mapSize x mapSize map with the given stride and zero padding:
    // returns mapSize x mapSize coverage (padding positions are not part of the map).
    static Grid coverage(const Grid& kernel, int mapSize, int stride, int padding);
    // Folds an A x A arranged-map grid back onto the S x S backbone grid through the pixel shuffle
    // arranged[c, r*h + i, r*w + j] = features[r*r*c + r*i + j, h, w]: backbone cell (h, w) gathers the
    // r x r block at (r*h, r*w). The MEAN over the block is returned (r = A / S), so the folded values stay
    // in the units of the arranged grid (mean weight a feature of that cell receives).
    static Grid foldToBackbone(const Grid& arranged, int backboneSize);
    // The backbone cells each de-albino cell reads: de-albino cell p covers arranged rows [stride*p,
    // stride*p + kernel - 1], i.e. backbone rows floor(stride*p / r) .. floor((stride*p + kernel - 1) / r).
    // Returns the o x o cell geometry whose boxes are the unions of those backbone cells' boxes.
    static CellGeometry dealbinoCells(const CellGeometry& backboneCells, int arrangedSize, int kernel, int stride);
};

} // namespace arm
