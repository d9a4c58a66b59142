#pragma once
// The face tests' photo: a 224x224 crop of NASA's public-domain portrait of astronaut Eileen Collins
// (the "astronaut" image that scikit-image ships), JPEG, committed in data/. Variants are made here.

#include "engine/faces/FaceDetector.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

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

// `frames` frames of the photo drifting right and down and turning slowly (-6 to +6 degrees),
// 10 frames/s, 320x320 MJPEG, written as DIR/drift.avi; returns the path.
inline std::string writeDriftVideo(const std::string& dir, int frames)
{
    const std::string path = dir + "/drift.avi";
    const cv::Mat photo = facePhoto();
    cv::VideoWriter out(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0, cv::Size(320, 320));
    if (!out.isOpened())
        throw std::runtime_error("cannot write " + path);
    for (int i = 0; i < frames; ++i) {
        const double t = frames > 1 ? double(i) / (frames - 1) : 0.0;
        cv::Mat moved = transformed(photo, -6.0 + 12.0 * t, 1.0, {0, 0});
        cv::Mat frame(320, 320, CV_8UC3, cv::Scalar(90, 100, 110));
        const int x = static_cast<int>(10 + 40 * t), y = static_cast<int>(5 + 20 * t);
        const cv::Rect src((moved.cols - 260) / 2, (moved.rows - 260) / 2, 260, 260);
        moved(src).copyTo(frame(cv::Rect(x, y, 260, 260)));
        out.write(frame);
    }
    return path;
}

} // namespace fixtures
