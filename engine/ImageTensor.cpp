#include "engine/ImageTensor.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <fstream>
#include <stdexcept>

namespace arm {

cv::Mat ImageTensor::toRgb(const cv::Mat& image, int size)
{
    if (image.empty())
        throw std::invalid_argument("empty image");
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
    CV_Assert(rgb.type() == CV_8UC3);
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
    std::ifstream probe(path, std::ios::binary);
    if (!probe)
        throw std::runtime_error(path + ": cannot open file");
    cv::Mat img;
    try {
        img = cv::imread(path, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        throw std::runtime_error(path + ": cannot decode image (" + e.what() + ")");
    }
    if (img.empty())
        throw std::runtime_error(path + ": not a decodable image");
    return img;
}

} // namespace arm
