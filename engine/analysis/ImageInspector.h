#pragma once

#include "engine/analysis/AffinityResult.h"
#include "engine/analysis/ImageAnalysis.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace arm {

class ModelHandle;

// Every analysis of issue 10 for one image, and the batch affinity for a set of images, from the real
// model. The model is only read (eval mode, no mode changes, gradients via autograd::grad), so several
// jobs may inspect with the same ModelHandle at once.
class ImageInspector {
public:
    // image: BGR (or gray/BGRA) as cv::imread gives; resized like the eval transform. One backbone pass
    // (no autograd), the head with autograd for Grad-CAM (one backward, head only), one reflected backbone
    // pass for the measured erosion. Baseline models: erosion, Grad-CAM, probabilities; ARM fields empty.
    // Throws std::runtime_error / std::invalid_argument with a readable message on bad input.
    static ImageAnalysis inspect(ModelHandle& model, const cv::Mat& image, const InspectOptions& options = {});
    // The images form ONE batch (batch mode = the authors' F_generic over these images). labels: one per
    // image (-1 unknown) or empty.
    static AffinityResult affinity(ModelHandle& model, const std::vector<cv::Mat>& images,
                                   const std::vector<int>& labels = {});
};

} // namespace arm
