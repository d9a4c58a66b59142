// libFuzzer target: the folder reader's name handling. The input is a flags byte (bit 0: read as an
// AffectNet export) and then one relative path per line, "class/file" or "split/class/file"; the tree
// is made under a scratch root (components that would leave it, "." and "..", are dropped), and
// FolderReader and ExpressionClasses see whatever names the fuzzer chose: any bytes, any case, any
// extension, hidden files, loose files.
#include "engine/core/ExpressionClasses.h"
#include "engine/data/FolderReader.h"
#include "tests/fuzz/DatasetChecks.h"

#include <fcntl.h>
#include <unistd.h>

#include <sstream>
#include <vector>

namespace {

std::vector<std::string> components(const std::string& line)
{
    std::vector<std::string> out;
    std::stringstream in(line);
    for (std::string part; std::getline(in, part, '/');)
        if (!part.empty() && part != "." && part != ".." && part.size() <= 200)
            out.push_back(part);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    if (size == 0)
        return 0;
    const bool affectNet = data[0] & 1;
    const auto root = fuzz::freshScratch() / "faces";
    fuzz::fs::create_directories(root);
    std::stringstream lines(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
    int made = 0;
    for (std::string line; std::getline(lines, line) && made < 32;) {
        const std::vector<std::string> parts = components(line);
        if (parts.empty() || parts.size() > 4)
            continue;
        fuzz::fs::path p = root;
        for (const std::string& part : parts) {
            (void)arm::ExpressionClasses::fromName(part);
            (void)arm::FolderReader::isImageFile(part);
            p /= part;
        }
        std::error_code ec;
        fuzz::fs::create_directories(p.parent_path(), ec);
        // open() rather than ofstream: a name may already be a folder, which is simply skipped.
        const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT, 0600);
        if (fd >= 0) {
            ::close(fd);
            ++made;
        }
    }
    try {
        (void)arm::FolderReader::detect(root.string());
        (void)arm::FolderReader::looksLikeAffectNet(root.string());
        fuzz::checkIndex(arm::FolderReader::read(root.string(), affectNet));
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), root.string());
    }
    return 0;
}
