#pragma once

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace arm {

// Width and height as an image file's header states them, before anything is decoded.
struct ImageHeader {
    std::string format; // "JPEG", "PNG", "BMP", "TIFF", "WebP", "PNM"
    std::uint64_t width = 0;
    std::uint64_t height = 0;
};

// The one strict image decode of the project: dataset validation, training and evaluation batches,
// gallery thumbnails, `predict` and `inspect` all read images through here, so a file is accepted or
// refused the same way everywhere.
//
// - Only regular files of at most FileLimits::kMaxImageBytes (FIFOs, devices, folders: named problems).
// - The header is parsed here and the pixel count checked BEFORE OpenCV allocates anything: a
//   decompression bomb (a 1 KB PNG that claims 100000 x 100000) is a named problem, not a 30 GB
//   allocation. OpenCV 4.6 has its own limit (OPENCV_IO_MAX_IMAGE_PIXELS, 2^30 by default, read once
//   from the environment) but it is far too high for a face crop and fails with an assertion text;
//   parsing the header ourselves is the only way to know the size first (cv::ImageDecoder is not
//   public). Formats whose header is not parsed here are refused, so no decode escapes the limit:
//   JPEG, PNG, BMP, TIFF (classic), WebP and PNM (P1-P6) are accepted — what FolderReader lists as
//   image files.
// - A JPEG without its end-of-image marker is truncated: libjpeg would "decode" it into a grey-padded
//   image with only a "Premature end of JPEG file" warning on stderr, so it is refused here.
// - Every cv::Exception becomes a std::runtime_error in plain words naming the file.
class ImageDecode {
public:
    static constexpr std::uint64_t kMaxPixels = 100'000'000; // 100 megapixels: a 300 MB BGR image
    static constexpr std::uint64_t kMaxSide = 65'535;        // JPEG's own limit

    // Reads and decodes `path` as 8-bit BGR. `where` names the file in messages (e.g. "list.csv:12" for a
    // sample listed there); empty = path. Throws std::runtime_error "<where>: <reason>".
    static cv::Mat readImage(const std::string& path, const std::string& where = {});
    // Decodes bytes already in memory under the same rules; `where` names their origin in messages.
    static cv::Mat decode(const std::vector<unsigned char>& bytes, const std::string& where);
    // The header's format and dimensions; throws std::runtime_error "<where>: <reason>" when the bytes are
    // not one of the accepted formats, the header is cut off or malformed, or the size is over the limits.
    static ImageHeader probe(const unsigned char* data, std::size_t size, const std::string& where);
    // True when a JPEG does not end with its end-of-image marker (trailing padding tolerated).
    static bool jpegTruncated(const unsigned char* data, std::size_t size);
    // An OpenCV failure in plain words (no "(-215:Assertion failed)"): what users can act on.
    static std::string plainReason(const cv::Exception& e);
};

} // namespace arm
