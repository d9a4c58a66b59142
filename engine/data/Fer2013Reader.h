#pragma once

#include "engine/data/DatasetIndex.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <string>

namespace arm {

// FER2013 CSV: header with at least `emotion` and `pixels` (and usually `Usage`), columns found by name
// so FERPlus-style extra columns in any order are tolerated. 48x48 grayscale as 2304 space-separated
// numbers. Usage Training -> Train, PublicTest -> Validation, PrivateTest -> Test (missing -> Train).
// The index stores the CSV path and the byte offset of each row; pixels are parsed on demand.
//
// The pixel COUNT is checked at index time (counting separators is a memchr-speed scan, far cheaper
// than parsing numbers), so rows with the wrong count never enter the index. Pixel VALUES (digits,
// 0-255) are checked when a row is decoded (decodeRow / DatasetValidator), like a corrupt image file.
class Fer2013Reader {
public:
    static constexpr int kSide = 48;
    static constexpr int kPixels = kSide * kSide;
    // `path` is the CSV or a folder holding exactly one CSV with a `pixels` column.
    static DatasetIndex read(const std::string& path);
    // The CSV inside `path` (or `path` itself) whose header has emotion+pixels; empty when none.
    static std::string findCsv(const std::string& path);
    // Parses the row at `offset` of `csvPath` into a 48x48 CV_8UC1 image. Throws std::runtime_error
    // naming file and offset when the row is unreadable or its pixels are malformed.
    static cv::Mat decodeRow(const std::string& csvPath, std::uint64_t offset);
};

} // namespace arm
