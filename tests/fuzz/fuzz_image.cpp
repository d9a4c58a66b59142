// libFuzzer target: the one strict image decode (ImageDecode) on the input bytes: the header probe that
// enforces the pixel limit before OpenCV allocates, and the decode itself. Beyond "no crash": every
// failure is a plain runtime_error (never a cv::Exception), and a decoded image is 8-bit BGR with no
// more pixels than the header the limit was checked on.
#include "engine/data/ImageDecode.h"
#include "tests/fuzz/FuzzSupport.h"

#include <opencv2/core/utility.hpp>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cv::setNumThreads(0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    const std::string where = "fuzz.img";
    arm::ImageHeader header;
    try {
        header = arm::ImageDecode::probe(data, size, where);
    } catch (const cv::Exception& e) {
        fuzz::finding("cv::Exception escaped ImageDecode::probe", e.what());
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), where);
    }
    (void)arm::ImageDecode::jpegTruncated(data, size);
    try {
        const cv::Mat img = arm::ImageDecode::decode(std::vector<unsigned char>(data, data + size), where);
        if (img.empty() || img.type() != CV_8UC3)
            fuzz::finding("decode returned an empty or non-BGR image without an error", where);
        if (header.width * header.height == 0 ||
            static_cast<std::uint64_t>(img.total()) > header.width * header.height)
            fuzz::finding("decoded more pixels than the probed header claims",
                          header.format + " " + std::to_string(header.width) + "x" + std::to_string(header.height) +
                              " decoded " + std::to_string(img.cols) + "x" + std::to_string(img.rows));
    } catch (const cv::Exception& e) {
        fuzz::finding("cv::Exception escaped ImageDecode::decode", e.what());
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), where);
    }
    return 0;
}
