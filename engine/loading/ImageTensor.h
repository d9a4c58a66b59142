#pragma once

#include "engine/core/Normalization.h"

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

namespace arm {

// The evaluation transform: BGR/gray/BGRA cv::Mat -> RGB float tensor (3, size, size), resized
// bilinearly, scaled to [0, 1] and normalised. Decoding stays in OpenCV; one copy into the tensor.
class ImageTensor {
public:
    static torch::Tensor fromMat(const cv::Mat& image, int size, const Normalization& norm = {});
    // Resizes and converts to 8-bit RGB without normalising (what augmentations and overlays start from).
    static cv::Mat toRgb(const cv::Mat& image, int size);
    // (3, H, W) RGB uint8 -> normalised float tensor.
    static torch::Tensor normalizeRgb(const cv::Mat& rgb, const Normalization& norm = {});
    // Reads an image file with the strict decode (engine/data/ImageDecode); throws std::runtime_error
    // naming the file when it is missing, not a regular file, too large, truncated or undecodable.
    static cv::Mat readImage(const std::string& path);

private:
    static cv::Mat convert(const cv::Mat& image, int size);
};

} // namespace arm
