#pragma once
// The face tests' photo: a 224x224 crop of NASA's public-domain portrait of astronaut Eileen Collins
// (the "astronaut" image that scikit-image ships), JPEG, committed in data/. Variants are made here.

#include "engine/faces/FaceDetector.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

namespace fixtures {

inline std::string facePhotoPath()
{
    return std::string(ARM_SOURCE_DIR) + "/tests/unit/faces/data/astronaut_face.jpg";
}

inline cv::Mat facePhoto()
{
    cv::Mat img = cv::imread(facePhotoPath());
    if (img.empty())
        throw std::runtime_error("cannot read " + facePhotoPath());
    return img;
}

// The photo rotated by `degrees` about its centre, scaled by `scale` and shifted by (dx, dy), on a
// canvas large enough to hold it (edges reflected, so no artificial black corners).
inline cv::Mat transformed(const cv::Mat& src, double degrees, double scale, cv::Point2d shift, cv::Matx23d* used = nullptr)
{
    const int side = static_cast<int>(std::ceil(std::max(src.cols, src.rows) * scale * 1.3)) + 2 * static_cast<int>(std::ceil(std::max(std::abs(shift.x), std::abs(shift.y))));
    cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(src.cols / 2.f, src.rows / 2.f), degrees, scale);
    m.at<double>(0, 2) += side / 2.0 - src.cols / 2.0 + shift.x;
    m.at<double>(1, 2) += side / 2.0 - src.rows / 2.0 + shift.y;
    cv::Mat out;
    cv::warpAffine(src, out, m, cv::Size(side, side), cv::INTER_LINEAR, cv::BORDER_REFLECT101);
    if (used)
        *used = cv::Matx23d(m);
    return out;
}

// One detector per test executable: the landmark model takes ~1.5 s to load.
inline const arm::FaceDetector& sharedDetector(int minFaceSize = 40)
{
    static std::unique_ptr<arm::FaceDetector> detector;
    if (!detector) {
        arm::FaceDetectorOptions o;
        o.minFaceSize = minFaceSize;
        detector = std::make_unique<arm::FaceDetector>(o);
    }
    return *detector;
}

} // namespace fixtures
