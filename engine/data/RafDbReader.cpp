#include "engine/data/RafDbReader.h"

#include "engine/data/DirectoryCache.h"
#include "engine/data/FileLimits.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/core/Utf8.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_set>

namespace fs = std::filesystem;

namespace arm {

namespace {

bool isLabelFile(const fs::path& p)
{
    return p.filename() == "list_patition_label.txt";
}

fs::path rootOf(const std::string& path)
{
    fs::path p(path);
    if (isLabelFile(p))
        return p.parent_path().parent_path();
    return p;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

bool RafDbReader::detect(const std::string& path)
{
    std::error_code ec;
    if (isLabelFile(fs::path(path)))
        return fs::is_regular_file(path, ec);
    return fs::is_regular_file(fs::path(path) / kLabelFile, ec);
}

DatasetIndex RafDbReader::read(const std::string& path)
{
    const fs::path root = rootOf(path);
    DatasetIndex index;
    index.root = path;
    index.format = DatasetFormat::RafDb;
    index.classNames = ExpressionClasses::basicNameList();
    index.labelFile = isLabelFile(fs::path(path)) ? path : (root / kLabelFile).string();

    // A FIFO or device would block or never end; a huge file is not a label list.
    FileLimits::check(index.labelFile, FileLimits::kMaxLabelFileBytes, "RAF-DB label file");
    std::ifstream in(index.labelFile, std::ios::binary);
    if (!in)
        throw std::runtime_error(index.labelFile + ": cannot read the RAF-DB label file");
    {
        // Notepad's "Unicode" is UTF-16: every line would be malformed, so say it once.
        char head[64] = {};
        in.read(head, sizeof head);
        if (Utf8::looksLikeUtf16(std::string_view(head, static_cast<std::size_t>(in.gcount()))))
            throw std::runtime_error(index.labelFile + ": the label file is UTF-16 encoded; save it as UTF-8");
        in.clear();
        in.seekg(0);
    }

    // Aligned images are what the authors train on; the original photos are the fallback layout.
    std::error_code ec;
    const fs::path alignedDir = root / "Image" / "aligned";
    const fs::path originalDir = root / "Image" / "original";
    const bool aligned = fs::is_directory(alignedDir, ec) || !fs::is_directory(originalDir, ec);
    const std::string imageDir = (aligned ? alignedDir : originalDir).string();

    DirectoryCache files;
    std::unordered_set<std::string> seen;
    std::string line;
    int lineNo = 0;
    const int maxLabel = ExpressionClasses::kBasicCount;
    auto where = [&](int n) { return index.labelFile + ":" + std::to_string(n); };
    while (FileLimits::getLine(in, line, index.labelFile, lineNo + 1)) {
        ++lineNo;
        // Windows editors start UTF-8 files with a byte-order mark; it is not part of the first name.
        const std::string_view text = trimmed(lineNo == 1 ? Utf8::withoutBom(line) : std::string_view(line));
        if (text.empty())
            continue;
        const std::size_t space = text.find_first_of(" \t");
        if (space == std::string_view::npos) {
            index.problems.push_back({where(lineNo), "malformed line (expected '<name> <label>')"});
            continue;
        }
        const std::string name(text.substr(0, space));
        const std::string_view labelText = trimmed(text.substr(space + 1));
        int label = 0;
        bool numeric = !labelText.empty() && labelText.size() <= 3;
        for (char c : labelText)
            numeric = numeric && c >= '0' && c <= '9';
        if (!numeric) {
            index.problems.push_back({where(lineNo), "malformed line (label '" + std::string(labelText) +
                                                         "' is not a number)"});
            continue;
        }
        label = std::stoi(std::string(labelText));
        // 0 = "not labelled yet" (what `arm-cli faces` writes for every face it finds; docs/FACES.md).
        if (label != kUnlabelled && (label < 1 || label > maxLabel)) {
            index.problems.push_back({where(lineNo), "label " + std::to_string(label) + " out of range 1-" +
                                                         std::to_string(maxLabel) + " (0 = not labelled yet)"});
            continue;
        }
        Split split;
        if (name.rfind("train", 0) == 0)
            split = Split::Train;
        else if (name.rfind("test", 0) == 0)
            split = Split::Test;
        else {
            index.problems.push_back({where(lineNo), "malformed line (name '" + name +
                                                         "' does not start with train_ or test_)"});
            continue;
        }
        if (!seen.insert(name).second) {
            index.problems.push_back({where(lineNo), "duplicate name " + name});
            continue;
        }
        std::string file = name;
        if (aligned) {
            const std::size_t dot = name.find_last_of('.');
            file = (dot == std::string::npos ? name : name.substr(0, dot)) + "_aligned" +
                   (dot == std::string::npos ? std::string(".jpg") : name.substr(dot));
        }
        if (!files.contains(imageDir, file)) {
            index.problems.push_back({where(lineNo), "missing image file " + imageDir + "/" + file});
            continue;
        }
        Sample s;
        s.name = name;
        s.path = imageDir + "/" + file;
        s.label = label - 1;
        s.split = split;
        s.sourceLine = lineNo;
        (label == kUnlabelled ? index.unlabelled : index.samples).push_back(std::move(s));
    }
    for (const auto& [dir, message] : files.errors())
        index.problems.push_back({dir, "unreadable path: " + message});
    return index;
}

} // namespace arm
