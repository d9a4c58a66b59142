#pragma once
// Photos and videos for the GUI's face tests: the committed NASA portrait (tests/unit/faces/data) and
// what is made from it here, a video of the photo drifting, a photo without a face, a corrupt photo.

#include "../unit/faces/FaceFixtures.h"

#include <opencv2/imgcodecs.hpp>

#include <QString>

#include <fstream>
#include <stdexcept>
#include <string>

namespace facefixtures {

inline QString photoPath()
{
    return QString::fromStdString(fixtures::facePhotoPath());
}

// The unit tests' drifting video (fixtures::writeDriftVideo): one track across every frame.
inline QString writeVideo(const QString& dir, int frames)
{
    return QString::fromStdString(fixtures::writeDriftVideo(dir.toStdString(), frames));
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
