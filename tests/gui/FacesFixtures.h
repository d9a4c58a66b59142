#pragma once
// Photos and videos for the GUI's face tests: the committed NASA portrait (tests/unit/faces/data) and
// what is made from it here, a video of the photo drifting, a photo without a face, a corrupt photo.

#include "../unit/faces/FaceFixtures.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <QString>

#include <fstream>
#include <stdexcept>
#include <string>

namespace facefixtures {

inline QString photoPath()
{
    return QString::fromStdString(fixtures::facePhotoPath());
}

// `frames` frames of the photo drifting right and down and turning slowly, 10 frames/s, 320x320 MJPEG.
inline QString writeVideo(const QString& dir, int frames)
{
    const std::string path = (dir + QStringLiteral("/drift.avi")).toStdString();
    const cv::Mat photo = fixtures::facePhoto();
    cv::VideoWriter out(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0, cv::Size(320, 320));
    if (!out.isOpened())
        throw std::runtime_error("cannot write " + path);
    for (int i = 0; i < frames; ++i) {
        const double t = frames > 1 ? double(i) / (frames - 1) : 0.0;
        cv::Mat moved = fixtures::transformed(photo, -6.0 + 12.0 * t, 1.0, {0, 0});
        cv::Mat frame(320, 320, CV_8UC3, cv::Scalar(90, 100, 110));
        const int x = static_cast<int>(10 + 40 * t), y = static_cast<int>(5 + 20 * t);
        const cv::Rect src((moved.cols - 260) / 2, (moved.rows - 260) / 2, 260, 260);
        moved(src).copyTo(frame(cv::Rect(x, y, 260, 260)));
        out.write(frame);
    }
    return QString::fromStdString(path);
}

// A grey photo with nothing in it.
inline QString writeBlankPhoto(const QString& dir)
{
    const std::string path = (dir + QStringLiteral("/empty_wall.png")).toStdString();
    cv::imwrite(path, cv::Mat(240, 320, CV_8UC3, cv::Scalar(128, 128, 128)));
    return QString::fromStdString(path);
}

// A file named like a photo that holds no image.
inline QString writeCorruptPhoto(const QString& dir)
{
    const std::string path = (dir + QStringLiteral("/broken.jpg")).toStdString();
    std::ofstream(path, std::ios::binary) << "\xff\xd8\xff this is not a JPEG";
    return QString::fromStdString(path);
}

} // namespace facefixtures
