#include "engine/loading/ImageTensor.h"

#include "engine/data/ImageDecode.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <stdexcept>

namespace arm {

cv::Mat ImageTensor::toRgb(const cv::Mat& image, int size)
{
    if (image.empty())
        throw std::invalid_argument("empty image");
    try {
        return convert(image, size);
    } catch (const cv::Exception& e) {
        // No "(-215:Assertion failed)" for users: what was asked, in words.
        throw std::runtime_error("cannot convert the " + std::to_string(image.cols) + " x " +
                                 std::to_string(image.rows) + " image to " +
                                 (size > 0 ? std::to_string(size) + " px " : std::string()) + "RGB: " +
                                 ImageDecode::plainReason(e));
    }
}

cv::Mat ImageTensor::convert(const cv::Mat& image, int size)
{
    cv::Mat rgb;
    switch (image.channels()) {
    case 1: cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB); break;
    case 3: cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB); break;
    case 4: cv::cvtColor(image, rgb, cv::COLOR_BGRA2RGB); break;
    default: throw std::invalid_argument("unsupported channel count " + std::to_string(image.channels()));
    }
    if (rgb.depth() != CV_8U)
        rgb.convertTo(rgb, CV_8U);
    if (size > 0 && (rgb.rows != size || rgb.cols != size))
        cv::resize(rgb, rgb, cv::Size(size, size), 0, 0, cv::INTER_LINEAR);
    return rgb;
}

torch::Tensor ImageTensor::normalizeRgb(const cv::Mat& rgb, const Normalization& norm)
{
    if (rgb.type() != CV_8UC3)
        throw std::invalid_argument("normalizeRgb: expected an 8-bit 3-channel image, got " +
                                    std::to_string(rgb.channels()) + " channel(s)");
    cv::Mat contiguous = rgb.isContinuous() ? rgb : rgb.clone();
    auto t = torch::from_blob(contiguous.data, {contiguous.rows, contiguous.cols, 3}, torch::kUInt8)
                 .permute({2, 0, 1})
                 .to(torch::kFloat32)
                 .div_(255.0f);
    auto mean = torch::tensor({norm.mean[0], norm.mean[1], norm.mean[2]}).view({3, 1, 1});
    auto stdv = torch::tensor({norm.std[0], norm.std[1], norm.std[2]}).view({3, 1, 1});
    return t.sub_(mean).div_(stdv).contiguous();
}

torch::Tensor ImageTensor::fromMat(const cv::Mat& image, int size, const Normalization& norm)
{
    return normalizeRgb(toRgb(image, size), norm);
}

cv::Mat ImageTensor::readImage(const std::string& path)
{
    // The project's one strict decode (regular files only, size and pixel limits, truncated JPEGs
    // refused): `predict` and `inspect` accept exactly what `dataset` accepts.
    return ImageDecode::readImage(path);
}

} // namespace arm
