#include "engine/data/DatasetOpener.h"

#include "engine/data/AffectNetReader.h"
#include "engine/data/Fer2013Reader.h"
#include "engine/data/FileLimits.h"
#include "engine/data/FolderReader.h"
#include "engine/data/ImageDecode.h"
#include "engine/data/RafDbReader.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
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

// A path that is neither a folder nor a regular file (a FIFO, a device) is named as such: opening it
// could block or never end, and "no format recognised" would hide why.
void checkKind(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw std::runtime_error(path + ": no such file or folder");
    if (!fs::is_directory(path, ec))
        FileLimits::check(path, FileLimits::kMaxCsvBytes, "dataset file");
}

} // namespace

DatasetFormat DatasetOpener::detect(const std::string& path)
{
    checkKind(path);
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
    checkKind(path);
    std::error_code ec;
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
    cv::Mat img = ImageDecode::readImage(sample.path, where);
    if (sample.boxW > 0 && sample.boxH > 0) {
        // Clamped in 64 bits: x + width of a hostile CSV row may overflow int.
        const auto clampTo = [](std::int64_t v, int hi) { return std::max<std::int64_t>(0, std::min<std::int64_t>(v, hi)); };
        const std::int64_t x0 = clampTo(sample.boxX, img.cols), y0 = clampTo(sample.boxY, img.rows);
        const std::int64_t x1 = clampTo(std::int64_t(sample.boxX) + sample.boxW, img.cols);
        const std::int64_t y1 = clampTo(std::int64_t(sample.boxY) + sample.boxH, img.rows);
        if (x1 > x0 && y1 > y0)
            img = img(cv::Rect(int(x0), int(y0), int(x1 - x0), int(y1 - y0))).clone();
    }
    return img;
}

} // namespace arm
