#include "engine/data/FolderReader.h"

#include "engine/core/ExpressionClasses.h"
#include "engine/core/Utf8.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace fs = std::filesystem;

namespace arm {

namespace {

std::string lower(const std::string& s)
{
    std::string out;
    for (char c : s)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool splitOfFolder(const std::string& name, Split& split)
{
    const std::string n = lower(name);
    if (n == "train" || n == "training") {
        split = Split::Train;
        return true;
    }
    if (n == "test" || n == "testing") {
        split = Split::Test;
        return true;
    }
    if (n == "val" || n == "valid" || n == "validation") {
        split = Split::Validation;
        return true;
    }
    return false;
}

std::vector<fs::path> subdirs(const fs::path& dir, std::vector<Problem>* problems)
{
    std::vector<fs::path> out;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        if (problems)
            problems->push_back({dir.string(), "unreadable path: " + ec.message()});
        return out;
    }
    for (const auto& e : it) {
        std::error_code tec;
        if (e.is_directory(tec) && e.path().filename().string().rfind('.', 0) != 0)
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// (split, class folder) pairs of the layout at `root`.
std::vector<std::pair<Split, fs::path>> classFolders(const fs::path& root, std::vector<Problem>* problems)
{
    std::vector<std::pair<Split, fs::path>> out;
    const std::vector<fs::path> top = subdirs(root, problems);
    bool splitLayout = !top.empty();
    for (const fs::path& d : top) {
        Split s;
        splitLayout = splitLayout && splitOfFolder(d.filename().string(), s);
    }
    if (splitLayout) {
        for (const fs::path& d : top) {
            Split s = Split::Train;
            splitOfFolder(d.filename().string(), s);
            for (const fs::path& c : subdirs(d, problems))
                out.emplace_back(s, c);
        }
    } else {
        for (const fs::path& c : top)
            out.emplace_back(Split::Train, c);
    }
    return out;
}

int classOf(const std::string& folder, bool affectNet)
{
    if (affectNet) {
        int code = -1;
        if (folder.size() == 1 && folder[0] >= '0' && folder[0] <= '7')
            code = folder[0] - '0';
        if (code >= 0)
            return ExpressionClasses::fromAffectNet(code);
        if (lower(folder) == "contempt")
            return ExpressionClasses::kBasicCount;
    }
    return ExpressionClasses::fromName(folder);
}

std::string notRegularReason(const fs::path& p)
{
    std::error_code ec;
    switch (fs::status(p, ec).type()) {
    case fs::file_type::not_found: return "unreadable path: a broken link or a vanished file";
    case fs::file_type::fifo: return "not a regular file (a named pipe, FIFO)";
    case fs::file_type::character: return "not a regular file (a character device)";
    case fs::file_type::block: return "not a regular file (a block device)";
    case fs::file_type::socket: return "not a regular file (a socket)";
    default: break;
    }
    return ec ? "unreadable path: " + ec.message() : std::string("not a regular file");
}

} // namespace

bool FolderReader::isImageFile(const std::string& fileName)
{
    const std::string ext = lower(fs::path(fileName).extension().string());
    static const char* const exts[] = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm", ".pbm"};
    return std::any_of(std::begin(exts), std::end(exts), [&](const char* e) { return ext == e; });
}

bool FolderReader::detect(const std::string& path)
{
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return false;
    for (const auto& [split, dir] : classFolders(path, nullptr)) {
        (void)split;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (isImageFile(e.path().filename().string()))
                return true;
    }
    return false;
}

bool FolderReader::looksLikeAffectNet(const std::string& path)
{
    bool numeric = true;
    bool any = false;
    for (const auto& [split, dir] : classFolders(path, nullptr)) {
        (void)split;
        const std::string name = dir.filename().string();
        if (lower(name) == "contempt")
            return true;
        any = true;
        numeric = numeric && name.size() == 1 && name[0] >= '0' && name[0] <= '9';
    }
    return any && numeric;
}

DatasetIndex FolderReader::read(const std::string& path, bool affectNet)
{
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        throw std::runtime_error(path + ": not a folder");
    DatasetIndex index;
    index.root = path;
    index.format = affectNet ? DatasetFormat::AffectNetFolder : DatasetFormat::Folder;
    index.classNames = ExpressionClasses::basicNameList();
    if (affectNet)
        index.classNames.push_back("Contempt");

    const auto folders = classFolders(path, &index.problems);
    // Extra classes: every folder name that matches no canonical class, in sorted order.
    std::map<std::string, int> extra;
    for (const auto& [split, dir] : folders) {
        (void)split;
        const std::string name = dir.filename().string();
        if (classOf(name, affectNet) < 0)
            extra.emplace(name, 0);
    }
    for (auto& [name, label] : extra) {
        label = static_cast<int>(index.classNames.size());
        // Class names travel into checkpoints, metrics and reports as JSON, which must be UTF-8; a
        // Latin-1 folder name is shown with its odd bytes escaped (samples keep their real paths).
        index.classNames.push_back(Utf8::displayable(name));
    }
    const fs::path root(path);
    for (const auto& [split, dir] : folders) {
        const std::string className = dir.filename().string();
        int label = classOf(className, affectNet);
        if (label < 0)
            label = extra.at(className);
        std::vector<fs::path> files;
        std::error_code iec;
        fs::directory_iterator it(dir, iec);
        if (iec) {
            index.problems.push_back({dir.string(), "unreadable path: " + iec.message()});
            continue;
        }
        for (const auto& e : it) {
            const std::string fname = e.path().filename().string();
            if (fname.rfind('.', 0) == 0)
                continue;
            std::error_code tec;
            if (e.is_directory(tec))
                continue;
            if (!isImageFile(fname)) {
                index.problems.push_back({e.path().string(), "not an image file (in class folder " + className + ")"});
                continue;
            }
            // A link to /dev/zero named 1.jpg would be read for ever, a FIFO would block: only regular
            // files (links followed) become samples.
            if (!e.is_regular_file(tec)) {
                index.problems.push_back({e.path().string(), notRegularReason(e.path())});
                continue;
            }
            files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files) {
            Sample s;
            s.name = f.lexically_relative(root).generic_string();
            s.path = f.string();
            s.label = label;
            s.split = split;
            index.samples.push_back(std::move(s));
        }
    }
    std::sort(index.problems.begin(), index.problems.end(),
              [](const Problem& a, const Problem& b) { return a.where < b.where; });
    return index;
}

} // namespace arm
