#include "engine/data/AffectNetReader.h"

#include "engine/data/CsvRow.h"
#include "engine/data/DirectoryCache.h"
#include "engine/data/FileLimits.h"
#include "engine/core/ExpressionClasses.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_set>

namespace fs = std::filesystem;

namespace arm {

namespace {

struct Columns {
    int path = -1, x = -1, y = -1, w = -1, h = -1, expression = -1, split = -1;
};

Columns columnsOf(const std::string& headerLine)
{
    std::vector<std::string_view> header;
    std::deque<std::string> storage;
    CsvRow::split(headerLine, header, storage);
    Columns c;
    c.path = CsvRow::column(header, "subDirectory_filePath");
    c.x = CsvRow::column(header, "face_x");
    c.y = CsvRow::column(header, "face_y");
    c.w = CsvRow::column(header, "face_width");
    c.h = CsvRow::column(header, "face_height");
    c.expression = CsvRow::column(header, "expression");
    c.split = CsvRow::column(header, "split");
    if (c.split < 0)
        c.split = CsvRow::column(header, "Usage");
    return c;
}

// Only regular files, only their first line, bounded: a FIFO named x.csv must not block detection.
bool isAffectNetCsv(const fs::path& p)
{
    if (!FileLimits::isRegular(p.string()))
        return false;
    std::ifstream in(p, std::ios::binary);
    std::string header;
    try {
        if (!in || !FileLimits::getLine(in, header, p.string(), 1))
            return false;
    } catch (const std::runtime_error&) {
        return false;
    }
    const Columns c = columnsOf(header);
    return c.path >= 0 && c.expression >= 0;
}

std::string lower(std::string_view s)
{
    std::string out;
    for (char c : s)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool splitFromText(std::string_view text, Split& split)
{
    const std::string t = lower(text);
    if (t.find("train") != std::string::npos) {
        split = Split::Train;
        return true;
    }
    if (t.find("val") != std::string::npos || t == "publictest") {
        split = Split::Validation;
        return true;
    }
    if (t.find("test") != std::string::npos) {
        split = Split::Test;
        return true;
    }
    return false;
}

// Decides once per CSV where the relative image paths start, from the first rows that name a file.
std::string imageBase(const fs::path& csv, const std::vector<std::string>& firstPaths, DirectoryCache& files)
{
    const fs::path dir = csv.parent_path().empty() ? fs::path(".") : csv.parent_path();
    const std::vector<fs::path> candidates{dir,
                                           dir / "Manually_Annotated_Images",
                                           dir / "Manually_Annotated" / "Manually_Annotated_Images",
                                           dir.parent_path() / "Manually_Annotated_Images",
                                           dir.parent_path()};
    std::size_t bestHits = 0;
    fs::path best;
    for (const fs::path& c : candidates) {
        std::size_t hits = 0;
        for (const std::string& rel : firstPaths)
            hits += files.exists((c / rel).string()) ? 1 : 0;
        if (hits > bestHits) {
            bestHits = hits;
            best = c;
        }
    }
    if (bestHits > 0)
        return best.string();
    std::error_code ec;
    if (fs::is_directory(dir / "Manually_Annotated_Images", ec))
        return (dir / "Manually_Annotated_Images").string();
    return dir.string();
}

bool toInt(const std::vector<std::string_view>& fields, int col, int& value)
{
    if (col < 0 || col >= static_cast<int>(fields.size()))
        return false;
    // Boxes are integers in the official CSVs; tolerate "12.0".
    std::string_view f = CsvRow::trim(fields[static_cast<std::size_t>(col)]);
    const std::size_t dot = f.find('.');
    if (dot != std::string_view::npos)
        f = f.substr(0, dot);
    return CsvRow::toInt(f, value);
}

void readCsv(const fs::path& csv, DatasetIndex& index, DirectoryCache& files, std::unordered_set<std::string>& seen)
{
    FileLimits::check(csv.string(), FileLimits::kMaxCsvBytes, "AffectNet CSV");
    std::ifstream in(csv, std::ios::binary);
    std::string line;
    if (!in || !FileLimits::getLine(in, line, csv.string(), 1)) {
        index.problems.push_back({csv.string(), "unreadable path: cannot read the CSV"});
        return;
    }
    const Columns col = columnsOf(line);
    Split fileSplit = Split::Train;
    splitFromText(csv.stem().string(), fileSplit);
    const int needed = std::max(col.path, col.expression) + 1;
    const std::string csvName = csv.string();
    auto where = [&](int n) { return csvName + ":" + std::to_string(n); };

    // Peek at the first rows to place the images, then rewind.
    std::vector<std::string> firstPaths;
    std::vector<std::string_view> fields;
    std::deque<std::string> storage;
    const std::streampos dataStart = in.tellg();
    int peekLine = 1;
    try {
        while (firstPaths.size() < 20 && FileLimits::getLine(in, line, csvName, ++peekLine)) {
            CsvRow::split(line, fields, storage);
            if (static_cast<int>(fields.size()) > col.path) {
                const std::string_view rel = CsvRow::trim(fields[static_cast<std::size_t>(col.path)]);
                if (!rel.empty())
                    firstPaths.emplace_back(rel);
            }
        }
    } catch (const std::runtime_error&) {
        // An overlong row ends the peek; the main pass below reports it at its line.
    }
    in.clear();
    in.seekg(dataStart);
    const std::string base = imageBase(csv, firstPaths, files);

    int lineNo = 1;
    while (FileLimits::getLine(in, line, csvName, lineNo + 1)) {
        ++lineNo;
        if (CsvRow::chomp(line).empty())
            continue;
        CsvRow::split(line, fields, storage);
        int code = 0;
        if (const std::string bad = CsvRow::labelCode(fields, needed, col.expression, "expression", code); !bad.empty()) {
            index.problems.push_back({where(lineNo), bad});
            continue;
        }
        if (code >= 8 && code <= 10) { // None, Uncertain, Non-Face: not classes, by design
            ++index.skipped;
            continue;
        }
        const int label = ExpressionClasses::fromAffectNet(code);
        if (label < 0) {
            index.problems.push_back({where(lineNo), "label " + std::to_string(code) + " out of range 0-10"});
            continue;
        }
        const std::string rel(CsvRow::trim(fields[static_cast<std::size_t>(col.path)]));
        if (rel.empty()) {
            index.problems.push_back({where(lineNo), "malformed line (empty subDirectory_filePath)"});
            continue;
        }
        Split split = fileSplit;
        if (col.split >= 0 && col.split < static_cast<int>(fields.size())) {
            const std::string_view text = CsvRow::trim(fields[static_cast<std::size_t>(col.split)]);
            if (!text.empty() && !splitFromText(text, split)) {
                index.problems.push_back({where(lineNo), "malformed line (unknown split '" + std::string(text) + "')"});
                continue;
            }
        }
        if (!seen.insert(rel).second) {
            index.problems.push_back({where(lineNo), "duplicate name " + rel});
            continue;
        }
        const std::string file = base + "/" + rel;
        if (!files.exists(file)) {
            index.problems.push_back({where(lineNo), "missing image file " + file});
            continue;
        }
        Sample s;
        s.name = rel;
        s.path = file;
        s.label = label;
        s.split = split;
        s.sourceLine = lineNo;
        int x = 0, y = 0, w = 0, h = 0;
        if (toInt(fields, col.x, x) && toInt(fields, col.y, y) && toInt(fields, col.w, w) && toInt(fields, col.h, h) &&
            w > 0 && h > 0 && x >= 0 && y >= 0) {
            s.boxX = x;
            s.boxY = y;
            s.boxW = w;
            s.boxH = h;
        }
        index.samples.push_back(std::move(s));
    }
}

} // namespace

std::vector<std::string> AffectNetReader::findCsvs(const std::string& path)
{
    std::error_code ec;
    if (fs::is_regular_file(path, ec))
        return isAffectNetCsv(path) ? std::vector<std::string>{path} : std::vector<std::string>{};
    std::vector<std::string> out;
    if (!fs::is_directory(path, ec))
        return out;
    for (const auto& e : fs::directory_iterator(path, ec)) {
        std::error_code tec;
        if (e.path().extension() == ".csv" && e.is_regular_file(tec) && isAffectNetCsv(e.path()))
            out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

DatasetIndex AffectNetReader::read(const std::string& path)
{
    const std::vector<std::string> csvs = findCsvs(path);
    if (csvs.empty())
        throw std::runtime_error(path + ": no AffectNet CSV (a header with 'subDirectory_filePath' and 'expression')");
    DatasetIndex index;
    index.root = path;
    index.format = DatasetFormat::AffectNetCsv;
    index.labelFile = csvs.front();
    index.classNames = ExpressionClasses::basicNameList();
    index.classNames.push_back("Contempt");
    DirectoryCache files;
    std::unordered_set<std::string> seen;
    for (const std::string& csv : csvs) {
        try {
            readCsv(csv, index, files, seen);
        } catch (const std::runtime_error& e) {
            // A file that stopped being readable, grew past the bound or holds an overlong line: a
            // problem of that CSV ("file:line: reason" split back into where and reason).
            std::string where = csv, reason = e.what();
            const std::size_t colon = reason.rfind(csv, 0) == 0 ? reason.find(": ", csv.size()) : std::string::npos;
            if (colon != std::string::npos) {
                where = reason.substr(0, colon);
                reason = reason.substr(colon + 2);
            }
            index.problems.push_back({where, reason});
        }
    }
    for (const auto& [dir, message] : files.errors())
        index.problems.push_back({dir, "unreadable path: " + message});
    return index;
}

} // namespace arm
