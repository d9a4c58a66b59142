#include "engine/data/Fer2013Reader.h"

#include "engine/data/CsvRow.h"
#include "engine/data/FileLimits.h"
#include "engine/core/ExpressionClasses.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_set>

namespace fs = std::filesystem;

namespace arm {

namespace {

struct Columns {
    int emotion = -1;
    int pixels = -1;
    int usage = -1;
    int name = -1;
};

Columns columnsOf(const std::string& headerLine)
{
    std::vector<std::string_view> header;
    std::deque<std::string> storage;
    CsvRow::split(headerLine, header, storage);
    Columns c;
    c.emotion = CsvRow::column(header, "emotion");
    c.pixels = CsvRow::column(header, "pixels");
    c.usage = CsvRow::column(header, "Usage");
    c.name = CsvRow::column(header, "Image name");
    return c;
}

// Only regular files are opened (a FIFO named x.csv would block detection forever), and only their
// first line, bounded (a binary file has no line break).
bool hasFerHeader(const fs::path& csv)
{
    if (!FileLimits::isRegular(csv.string()))
        return false;
    std::ifstream in(csv, std::ios::binary);
    std::string header;
    try {
        if (!in || !FileLimits::getLine(in, header, csv.string(), 1))
            return false;
    } catch (const std::runtime_error&) {
        return false;
    }
    const Columns c = columnsOf(header);
    return c.emotion >= 0 && c.pixels >= 0;
}

int countTokens(std::string_view s)
{
    int n = 0;
    bool inToken = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !inToken)
            ++n;
        inToken = !space;
    }
    return n;
}

} // namespace

std::string Fer2013Reader::findCsv(const std::string& path)
{
    std::error_code ec;
    if (fs::is_regular_file(path, ec))
        return hasFerHeader(path) ? path : std::string();
    if (!fs::is_directory(path, ec))
        return {};
    std::vector<fs::path> csvs;
    for (const auto& e : fs::directory_iterator(path, ec)) {
        std::error_code tec;
        if (e.path().extension() == ".csv" && e.is_regular_file(tec))
            csvs.push_back(e.path());
    }
    std::sort(csvs.begin(), csvs.end());
    for (const fs::path& p : csvs)
        if (hasFerHeader(p))
            return p.string();
    return {};
}

DatasetIndex Fer2013Reader::read(const std::string& path)
{
    const std::string csv = findCsv(path);
    if (csv.empty())
        throw std::runtime_error(path + ": no FER2013 CSV (a header with 'emotion' and 'pixels' columns)");
    DatasetIndex index;
    index.root = path;
    index.format = DatasetFormat::Fer2013;
    index.labelFile = csv;
    index.classNames = ExpressionClasses::basicNameList();

    FileLimits::check(csv, FileLimits::kMaxCsvBytes, "FER2013 CSV");
    std::ifstream in(csv, std::ios::binary);
    if (!in)
        throw std::runtime_error(csv + ": cannot read");
    std::string line;
    FileLimits::getLine(in, line, csv, 1);
    std::uint64_t offset = line.size() + 1;
    const Columns col = columnsOf(line);
    const int needed = std::max({col.emotion, col.pixels, col.usage, col.name}) + 1;
    const std::string stem = fs::path(csv).stem().string();

    std::vector<std::string_view> fields;
    std::deque<std::string> storage;
    std::unordered_set<std::string> seen;
    int lineNo = 1;
    auto where = [&](int n) { return csv + ":" + std::to_string(n); };
    while (FileLimits::getLine(in, line, csv, lineNo + 1)) {
        ++lineNo;
        const std::uint64_t rowOffset = offset;
        offset += line.size() + 1;
        if (CsvRow::chomp(line).empty())
            continue;
        CsvRow::split(line, fields, storage);
        int code = 0;
        if (const std::string bad = CsvRow::labelCode(fields, needed, col.emotion, "emotion", code); !bad.empty()) {
            index.problems.push_back({where(lineNo), bad});
            continue;
        }
        const int label = ExpressionClasses::fromFer2013(code);
        if (label < 0) {
            index.problems.push_back({where(lineNo), "label " + std::to_string(code) + " out of range 0-6"});
            continue;
        }
        const int count = countTokens(fields[static_cast<std::size_t>(col.pixels)]);
        if (count != kPixels) {
            index.problems.push_back({where(lineNo), "wrong pixel count " + std::to_string(count) + " (expected " +
                                                         std::to_string(kPixels) + ")"});
            continue;
        }
        Split split = Split::Train;
        if (col.usage >= 0) {
            const std::string_view usage = CsvRow::trim(fields[static_cast<std::size_t>(col.usage)]);
            if (usage == "Training")
                split = Split::Train;
            else if (usage == "PublicTest")
                split = Split::Validation;
            else if (usage == "PrivateTest")
                split = Split::Test;
            else {
                index.problems.push_back({where(lineNo), "malformed line (Usage '" + std::string(usage) +
                                                             "' is not Training, PublicTest or PrivateTest)"});
                continue;
            }
        }
        std::string name;
        if (col.name >= 0)
            name = std::string(CsvRow::trim(fields[static_cast<std::size_t>(col.name)]));
        if (name.empty())
            name = stem + "_" + std::to_string(lineNo);
        if (!seen.insert(name).second) {
            index.problems.push_back({where(lineNo), "duplicate name " + name});
            continue;
        }
        Sample s;
        s.name = std::move(name);
        s.path = csv;
        s.offset = rowOffset;
        s.label = label;
        s.split = split;
        s.sourceLine = lineNo;
        index.samples.push_back(std::move(s));
    }
    return index;
}

cv::Mat Fer2013Reader::decodeRow(const std::string& csvPath, std::uint64_t offset)
{
    FileLimits::check(csvPath, FileLimits::kMaxCsvBytes, "FER2013 CSV");
    std::ifstream in(csvPath, std::ios::binary);
    std::string header;
    if (!in || !FileLimits::getLine(in, header, csvPath, 1))
        throw std::runtime_error(csvPath + ": cannot read");
    const Columns col = columnsOf(header);
    if (col.pixels < 0)
        throw std::runtime_error(csvPath + ": no 'pixels' column");
    in.seekg(static_cast<std::streamoff>(offset));
    std::string line;
    if (!in || !FileLimits::getLine(in, line, csvPath + " @" + std::to_string(offset), 0))
        throw std::runtime_error(csvPath + " @" + std::to_string(offset) + ": cannot read the row");
    std::vector<std::string_view> fields;
    std::deque<std::string> storage;
    CsvRow::split(line, fields, storage);
    const std::string where = csvPath + " @" + std::to_string(offset);
    if (static_cast<int>(fields.size()) <= col.pixels)
        throw std::runtime_error(where + ": malformed row");
    const std::string_view px = fields[static_cast<std::size_t>(col.pixels)];
    cv::Mat img(kSide, kSide, CV_8UC1);
    int n = 0;
    std::size_t i = 0;
    while (i < px.size()) {
        while (i < px.size() && (px[i] == ' ' || px[i] == '\t'))
            ++i;
        if (i >= px.size())
            break;
        int v = 0;
        int digits = 0;
        while (i < px.size() && px[i] != ' ' && px[i] != '\t') {
            if (px[i] < '0' || px[i] > '9' || digits >= 3)
                throw std::runtime_error(where + ": pixel " + std::to_string(n + 1) + " is not a number 0-255");
            v = v * 10 + (px[i] - '0');
            ++digits;
            ++i;
        }
        if (v > 255)
            throw std::runtime_error(where + ": pixel " + std::to_string(n + 1) + " is out of range 0-255");
        if (n >= kPixels)
            throw std::runtime_error(where + ": more than " + std::to_string(kPixels) + " pixels");
        img.data[n++] = static_cast<uchar>(v);
    }
    if (n != kPixels)
        throw std::runtime_error(where + ": wrong pixel count " + std::to_string(n));
    return img;
}

} // namespace arm
