#pragma once

#include "engine/data/DatasetIndex.h"

#include <opencv2/core/mat.hpp>

#include <string>

namespace arm {

// Entry point for every dataset format: detects the format (when asked for Auto), runs the matching
// reader and returns the index with its problems. Never decodes images while indexing.
class DatasetOpener {
public:
    // Throws std::runtime_error naming the path when it does not exist, is neither a folder nor a
    // regular file (a FIFO, a device), or no format matches.
    static DatasetIndex open(const std::string& path, DatasetFormat format = DatasetFormat::Auto);
    static DatasetFormat detect(const std::string& path);
    // Decodes one sample's pixels (BGR or gray cv::Mat) with ImageDecode's strict rules. Throws
    // std::runtime_error naming the file (and line for CSV formats) when the image is missing, not a
    // regular file, too large, truncated or undecodable.
    static cv::Mat loadImage(const Sample& sample);
};

} // namespace arm
