#pragma once

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

#include <array>

namespace arm {

// Per-channel normalisation stored with every model (ImageNet statistics by default, as the authors').
struct Normalization {
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};
};

// The evaluation transform: BGR/gray/BGRA cv::Mat -> RGB float tensor (3, size, size), resized
// bilinearly, scaled to [0, 1] and normalised. Decoding stays in OpenCV; one copy into the tensor.
class ImageTensor {
public:
    static torch::Tensor fromMat(const cv::Mat& image, int size, const Normalization& norm = {});
    // Resizes and converts to 8-bit RGB without normalising (what augmentations and overlays start from).
    static cv::Mat toRgb(const cv::Mat& image, int size);
    // (3, H, W) RGB uint8 -> normalised float tensor.
    static torch::Tensor normalizeRgb(const cv::Mat& rgb, const Normalization& norm = {});
    // Reads an image file; throws std::runtime_error naming the file when it is missing or undecodable.
    static cv::Mat readImage(const std::string& path);
};

} // namespace arm
