#pragma once

#include "engine/core/Grid.h"

#include <array>
#include <string>
#include <vector>

namespace arm {

// Where each cell of an analysis grid comes from in the model's input image: its receptive-field box in
// input pixels (x0, y0, x1, y1; may extend past the image where the field covers padding). A view
// scales these by displayedSize / inputSize to place overlays exactly.
struct CellGeometry {
    int rows = 0;
    int cols = 0;
    std::vector<std::array<float, 4>> boxes; // row-major, rows*cols entries
};

// Every per-image analysis of issue 10, computed from the real model in one call. Torch-free so the
// GUI can hold it. Grids for baseline (non-ARM) models leave the ARM fields empty.
struct ImageAnalysis {
    int inputSize = 0;
    std::vector<std::string> classNames;
    std::vector<float> logits;
    std::vector<float> probabilities; // this image alone (batch of 1 in the model's generic mode)
    int predicted = -1;

    // De-albino weight maps.
    Grid kernel;             // the learned de-albino kernel (32x32)
    Grid coverageArranged;   // sum of |kernel| over every window covering each arranged position (A x A)
    Grid coverageBackbone;   // the same folded back through the pixel shuffle onto the S x S grid
    Grid coverageImage;      // the same projected onto the input image (inputSize x inputSize)
    std::array<Grid, 2> arranged;    // arranged maps (A x A)
    std::array<Grid, 2> dealbinoRaw; // de-albino output before BN (o x o)
    std::array<Grid, 2> dealbinoBn;  // after BN
    Grid fUnique;            // o x o
    Grid fGenericScaled;     // alpha * F_generic as used for this image (o x o)
    Grid fExpression;        // o x o
    float alpha = 0.0f;
    Grid cellContribution;   // o x o: fc weight of gradCamClass (the predicted class unless asked) x F_expression
                             // (sums to that logit minus its bias)
    Grid cellContributionImage; // projected onto the input image (inputSize x inputSize)
    CellGeometry dealbinoCells;  // o x o cells on the input image
    CellGeometry backboneCells;  // S x S cells on the input image

    // Albino erosion.
    Grid erosionAnalytic;    // S x S: fraction of each backbone cell's receptive field that is padding,
                             // compounded layer by layer through the real backbone
    Grid erosionMeasured;    // S x S: normalised |features(normal) - features(reflect-extended)| per cell
    double borderErosion = 0.0; // mean measured erosion of the border ring of cells
    double centreErosion = 0.0; // mean over the inner cells

    // Class evidence.
    Grid gradCam;            // inputSize x inputSize Grad-CAM of `gradCamClass` on the last backbone stage
                             // (normalised to [0, 1], placed through backboneCells' centres)
    int gradCamClass = -1;
    Grid gradCamCells;       // S x S raw Grad-CAM (relu(sum_k w_k A_k), logit units) before normalising
    Grid gradCamSigned;      // S x S sum_k w_k A_k before the relu (negative = evidence against the class)
    float evidenceBias = 0.0f; // fc bias of gradCamClass: sum(cellContribution) + evidenceBias = its logit

    // Geometry of the backbone (added): receptive-field side and total stride in input pixels.
    int receptiveFieldSize = 0;
    int backboneStride = 0;
    int reflectMargin = 0;   // pixels of reflection used for erosionMeasured (0 when not measured)

    double milliseconds = 0.0; // wall time of the whole analysis
};

struct InspectOptions {
    int gradCamClass = -1;       // -1 = the predicted class
    bool measuredErosion = true; // the reflected forward pass (costs one more forward)
    bool gradCam = true;         // one backward pass
    int reflectMargin = 32;      // pixels added on each side for the measured erosion (multiple of 32)
};

} // namespace arm
