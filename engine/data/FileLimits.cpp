#include "engine/data/FileLimits.h"

#include "engine/core/RegularFile.h"

#include <algorithm>
#include <stdexcept>

namespace arm {

namespace {

void checkSize(const std::string& path, std::uint64_t size, std::uint64_t maxBytes, const std::string& what)
{
    if (size > maxBytes)
        throw std::runtime_error(path + ": " + what + " is " + FileLimits::sizeText(size) + ", larger than the " +
                                 FileLimits::sizeText(maxBytes) + " accepted");
}

} // namespace

std::string FileLimits::sizeText(std::uint64_t bytes)
{
    constexpr std::uint64_t kib = 1024, mib = kib * 1024, gib = mib * 1024;
    auto fmt = [](std::uint64_t n, std::uint64_t unit, const char* name) {
        const std::uint64_t tenths = (n / unit) * 10 + ((n % unit) * 10 + unit / 2) / unit;
        std::string s = std::to_string(tenths / 10);
        if (tenths % 10 != 0)
            s += "." + std::to_string(tenths % 10);
        return s + " " + name;
    };
    if (bytes >= gib)
        return fmt(bytes, gib, "GiB");
    if (bytes >= mib)
        return fmt(bytes, mib, "MiB");
    if (bytes >= kib)
        return fmt(bytes, kib, "KiB");
    return std::to_string(bytes) + " bytes";
}

std::uint64_t FileLimits::check(const std::string& path, std::uint64_t maxBytes, const std::string& what)
{
    const RegularFile file(path);
    checkSize(path, file.size(), maxBytes, what);
    return file.size();
}

bool FileLimits::isRegular(const std::string& path)
{
    return RegularFile::problem(path).empty();
}

std::vector<unsigned char> FileLimits::readAll(const std::string& path, std::uint64_t maxBytes,
                                               const std::string& what)
{
    RegularFile file(path);
    checkSize(path, file.size(), maxBytes, what);
    // One byte more than the size at open time tells a file that grew meanwhile from one that did not.
    std::vector<unsigned char> bytes(static_cast<std::size_t>(std::min<std::uint64_t>(file.size() + 1, maxBytes + 1)));
    std::size_t got = file.read(bytes.data(), bytes.size());
    while (got == bytes.size() && got <= maxBytes) {
        bytes.resize(static_cast<std::size_t>(std::min<std::uint64_t>(maxBytes + 1, bytes.size() + 65536)));
        got += file.read(bytes.data() + got, bytes.size() - got);
    }
    if (got > maxBytes)
        checkSize(path, got, maxBytes, what);
    bytes.resize(got);
    return bytes;
}

bool FileLimits::getLine(std::istream& in, std::string& line, const std::string& where, int lineNo,
                         std::size_t maxBytes)
{
    line.clear();
    char buf[8192];
    bool any = false;
    while (true) {
        in.getline(buf, sizeof buf);
        const auto got = static_cast<std::size_t>(in.gcount());
        if (in.bad())
            return any;
        if (in.eof()) {
            // Last line without '\n' (or nothing left). Only eofbit stays set, so the caller's line is
            // usable and the next call returns false.
            line.append(buf, got);
            any = any || got > 0;
            in.clear(std::ios::eofbit);
            return any;
        }
        if (!in.fail()) { // the '\n' was extracted and counted in gcount
            line.append(buf, got > 0 ? got - 1 : 0);
            return true;
        }
        // failbit without eof: the buffer filled before a '\n'; the line goes on.
        line.append(buf, got);
        any = true;
        in.clear();
        if (line.size() > maxBytes)
            throw std::runtime_error(where + ":" + std::to_string(lineNo) + ": line longer than " +
                                     sizeText(maxBytes) + " (not a text file of this format?)");
    }
}

} // namespace arm
