#pragma once

#include "engine/core/Grid.h"

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

namespace arm {

class FerNetImpl;

// Measured albino erosion of one image: what the zero padding does to the backbone's features. The
// (already resized) image is extended by reflection (BORDER_REFLECT_101) by `margin` pixels on each
// side, so the padding moves outside the face; the backbone runs on the bigger image and its feature map
// is cropped back to the same S x S cells. With margin a multiple of the backbone's total stride the two
// grids align exactly (cell o of the extended image is centred where cell o - margin/stride is).
class ErosionAnalysis {
public:
    struct Measured {
        Grid erosion;        // S x S: ||f_normal - f_reflect|| / (||f_reflect|| + eps) over channels
        double border = 0.0; // mean of the outer ring of cells
        double centre = 0.0; // mean of the inner cells (the whole grid's mean when S <= 2)
    };
    // featuresNormal: (1, C, S, S) features of the image as the model sees it. rgb: the resized 8-bit
    // RGB image (inputSize x inputSize). margin: pixels; must be a positive multiple of `jump` (32).
    static Measured measure(FerNetImpl& net, const torch::Tensor& featuresNormal, const cv::Mat& rgb, int margin,
                            int jump);
    // Border-ring and inner means of a square grid.
    static void ringMeans(const Grid& g, double& border, double& centre);
};

} // namespace arm
