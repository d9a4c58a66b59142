#include "engine/DatasetOpener.h"

#include "engine/AffectNetReader.h"
#include "engine/Fer2013Reader.h"
#include "engine/FolderReader.h"
#include "engine/RafDbReader.h"

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace fs = std::filesystem;

namespace arm {

namespace {

bool endsWithCsv(const std::string& path)
{
    if (path.size() < 4)
        return false;
    std::string ext = path.substr(path.size() - 4);
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".csv";
}

std::vector<uchar> readBytes(const std::string& path)
{
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f)
        throw std::runtime_error(path + ": missing or unreadable image file");
    std::vector<uchar> bytes;
    uchar chunk[65536];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, f.get())) > 0)
        bytes.insert(bytes.end(), chunk, chunk + n);
    if (std::ferror(f.get()))
        throw std::runtime_error(path + ": read error");
    return bytes;
}

// libjpeg "decodes" a truncated JPEG into a grey-padded image with only a warning, so truncation is
// caught here: a complete JPEG ends with the EOI marker FF D9 (trailing padding tolerated).
bool jpegTruncated(const std::vector<uchar>& b)
{
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return false; // not a JPEG
    std::size_t end = b.size();
    std::size_t scanned = 0;
    while (end >= 2 && scanned < 4096) {
        if (b[end - 2] == 0xFF && b[end - 1] == 0xD9)
            return false;
        --end;
        ++scanned;
    }
    return true;
}

} // namespace

DatasetFormat DatasetOpener::detect(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw std::runtime_error(path + ": no such file or folder");
    if (RafDbReader::detect(path))
        return DatasetFormat::RafDb;
    if (!Fer2013Reader::findCsv(path).empty())
        return DatasetFormat::Fer2013;
    if (!AffectNetReader::findCsvs(path).empty())
        return DatasetFormat::AffectNetCsv;
    if (FolderReader::detect(path))
        return FolderReader::looksLikeAffectNet(path) ? DatasetFormat::AffectNetFolder : DatasetFormat::Folder;
    throw std::runtime_error(path + ": no dataset format recognised (expected a RAF-DB root with " +
                             RafDbReader::kLabelFile +
                             ", a FER2013 CSV, an AffectNet CSV, or one sub-folder of images per class)");
}

DatasetIndex DatasetOpener::open(const std::string& path, DatasetFormat format)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw std::runtime_error(path + ": no such file or folder");
    if (format == DatasetFormat::Auto)
        format = detect(path);
    switch (format) {
    case DatasetFormat::RafDb:
        return RafDbReader::read(path);
    case DatasetFormat::Fer2013:
        return Fer2013Reader::read(path);
    case DatasetFormat::AffectNetCsv:
        // "affectnet" on a folder without CSVs means the folder-per-class export.
        if (AffectNetReader::findCsvs(path).empty() && fs::is_directory(path, ec))
            return FolderReader::read(path, true);
        return AffectNetReader::read(path);
    case DatasetFormat::AffectNetFolder:
        return FolderReader::read(path, true);
    case DatasetFormat::Folder:
        return FolderReader::read(path, false);
    case DatasetFormat::Auto:
        break;
    }
    throw std::runtime_error(path + ": unsupported dataset format");
}

cv::Mat DatasetOpener::loadImage(const Sample& sample)
{
    const std::string where = sample.sourceLine > 0 && endsWithCsv(sample.path)
                                  ? sample.path + ":" + std::to_string(sample.sourceLine)
                                  : sample.path;
    if (endsWithCsv(sample.path)) {
        try {
            return Fer2013Reader::decodeRow(sample.path, sample.offset);
        } catch (const std::runtime_error& e) {
            // decodeRow names "file @offset"; the line number is what users can look up.
            std::string reason = e.what();
            if (reason.rfind(sample.path + " @", 0) == 0 && reason.find(": ") != std::string::npos)
                reason = reason.substr(reason.find(": ", sample.path.size()) + 2);
            throw std::runtime_error(where + ": " + reason);
        }
    }
    const std::vector<uchar> bytes = readBytes(sample.path);
    if (bytes.empty())
        throw std::runtime_error(where + ": empty image file");
    if (jpegTruncated(bytes))
        throw std::runtime_error(where + ": truncated JPEG (no end-of-image marker)");
    cv::Mat img;
    try {
        img = cv::imdecode(bytes, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        throw std::runtime_error(where + ": cannot decode image (" + e.what() + ")");
    }
    if (img.empty())
        throw std::runtime_error(where + ": corrupt or undecodable image");
    if (sample.boxW > 0 && sample.boxH > 0) {
        const cv::Rect box = cv::Rect(sample.boxX, sample.boxY, sample.boxW, sample.boxH) & cv::Rect(0, 0, img.cols, img.rows);
        if (box.area() > 0)
            img = img(box).clone();
    }
    return img;
}

} // namespace arm
