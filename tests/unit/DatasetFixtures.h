#pragma once
// Helpers for the dataset tests: write small images and label files into a scratch folder.

#include "engine/data/DatasetIndex.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QFileInfo>
#include <QString>

#include <fstream>
#include <string>

namespace fixtures {

inline void mkparent(const std::string& path)
{
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
}

// A w x h image with a colour gradient that depends on `seed` (so images differ).
inline void writeImage(const std::string& path, int w = 16, int h = 16, int seed = 0)
{
    mkparent(path);
    cv::Mat img(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>((x * 7 + seed * 31) % 256),
                                                static_cast<uchar>((y * 5 + seed * 17) % 256),
                                                static_cast<uchar>((x + y + seed * 13) % 256));
    cv::imwrite(path, img);
}

inline void writeText(const std::string& path, const std::string& text)
{
    mkparent(path);
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// Cuts a file to `keep` bytes (a truncated download).
inline void truncateFile(const std::string& path, std::size_t keep)
{
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    writeText(path, bytes.substr(0, keep));
}

// "v v v ..." with `count` pixel values (value i % 256 unless `fill` >= 0).
inline std::string pixels(int count, int fill = -1)
{
    std::string s;
    for (int i = 0; i < count; ++i) {
        if (i)
            s += ' ';
        s += std::to_string(fill >= 0 ? fill : i % 256);
    }
    return s;
}

inline bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// True when some problem's `where` ends with whereSuffix and its reason contains reasonPart.
inline bool hasProblem(const std::vector<arm::Problem>& problems, const std::string& whereSuffix,
                       const std::string& reasonPart)
{
    for (const arm::Problem& p : problems)
        if (endsWith(p.where, whereSuffix) && p.reason.find(reasonPart) != std::string::npos)
            return true;
    return false;
}

inline QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace fixtures
