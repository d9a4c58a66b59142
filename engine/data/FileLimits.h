#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace arm {

// Reading dataset files that came from the internet without hanging or exhausting memory. The type
// check (regular files only: a named pipe blocks open() until a writer appears, a link to /dev/zero
// never ends) is engine/core's RegularFile; this adds the size bounds of each kind of dataset file and a
// bounded getline. Messages name the file, what it was meant to be, and the limit.
class FileLimits {
public:
    // Sane upper bounds, stated in the messages. Real files are far smaller: RAF-DB's list is 0.3 MB,
    // FER2013's CSV 0.3 GB, AffectNet's training.csv 0.04 GB, a 100-megapixel JPEG some 50 MB.
    static constexpr std::uint64_t kMaxLabelFileBytes = 64ull << 20; // RAF-DB list
    static constexpr std::uint64_t kMaxCsvBytes = 2ull << 30;        // FER2013 / AffectNet CSVs
    static constexpr std::uint64_t kMaxImageBytes = 256ull << 20;
    static constexpr std::size_t kMaxLineBytes = 1u << 20; // one CSV row (a FER2013 row is ~9 KB)

    // Throws std::runtime_error "<path>: <problem>" when `path` is missing, is a directory, a FIFO, a
    // device or a socket, or is larger than maxBytes; `what` ("image file", "RAF-DB label file") names
    // the file's role in the size message. Returns the size. Never blocks.
    static std::uint64_t check(const std::string& path, std::uint64_t maxBytes, const std::string& what);
    // check() + the whole content, read from the same descriptor (so the checked file is the one read)
    // and never more than maxBytes even when the file grows meanwhile.
    static std::vector<unsigned char> readAll(const std::string& path, std::uint64_t maxBytes,
                                              const std::string& what);
    // True for a regular file (links followed); false for anything else or on error. Never blocks.
    static bool isRegular(const std::string& path);
    // std::getline with a bound: reads one '\n'-terminated line (the '\n' dropped) into `line`. Returns
    // false at the end of the input. Throws std::runtime_error "<where>:<lineNo>: line longer than N"
    // rather than growing a string without limit (a binary file has no line breaks).
    static bool getLine(std::istream& in, std::string& line, const std::string& where, int lineNo,
                        std::size_t maxBytes = kMaxLineBytes);
    // "64 MiB", "2 GiB", "1.5 KiB": sizes as the messages state them.
    static std::string sizeText(std::uint64_t bytes);
};

} // namespace arm
