#pragma once
// Shared by the libFuzzer targets: a private scratch folder (the readers take paths, not bytes), and
// the one rule every target checks besides "no crash, no hang, no leak": an error that reaches the
// user is in plain words. A message carrying raw library text (nlohmann's "[json.exception...",
// LibTorch's "c10::" / "INTERNAL ASSERT" / "enforce fail", OpenCV's "(-215") or not naming the file it
// is about is reported as a finding by aborting, so libFuzzer saves the input that produced it.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace fuzz {

namespace fs = std::filesystem;

// One scratch folder per process (under $TMPDIR), emptied before each input and removed at exit.
inline const fs::path& scratch()
{
    // Never destroyed: the atexit cleanup below runs after static destructors registered later.
    static const fs::path* const dir = [] {
        std::string tmpl = (fs::temp_directory_path() / "arm-fuzz-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        auto* made = new fs::path(tmpl);
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(scratch(), ec);
        });
        return made;
    }();
    return *dir;
}

// Empties the scratch folder (what the previous input left) and returns it.
inline fs::path freshScratch()
{
    const fs::path& dir = scratch();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        fs::remove_all(entry.path(), ec);
    return dir;
}

inline void writeFile(const fs::path& path, const uint8_t* data, size_t size)
{
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out) {
        std::fprintf(stderr, "fuzz harness: cannot write %s\n", path.c_str());
        std::abort();
    }
}

// The input being run: messages may quote it (a malformed line, a file name), and text the input itself
// contains is the user's, not a library's.
inline std::string& currentInput()
{
    static std::string* const input = new std::string;
    return *input;
}

inline void setInput(const uint8_t* data, size_t size)
{
    currentInput().assign(reinterpret_cast<const char*>(data), size);
}

// Text that must never reach a user (the campaign's list, tests/campaign/run_campaign.py), unless it
// is quoted from the input.
inline const char* rawLibraryText(const std::string& message)
{
    static const char* const patterns[] = {"json.exception", "c10::", "INTERNAL ASSERT", "(-215",
                                           "enforce fail", "what():"};
    for (const char* p : patterns)
        if (message.find(p) != std::string::npos && currentInput().find(p) == std::string::npos)
            return p;
    return nullptr;
}

[[noreturn]] inline void finding(const char* what, const std::string& message)
{
    std::fprintf(stderr, "\n==FUZZ FINDING== %s\n  message: %s\n", what, message.substr(0, 2000).c_str());
    std::abort();
}

// An error message a user would see: plain words, and (when `mustName` is given) naming that file.
inline void checkMessage(const std::string& message, const std::string& mustName = {})
{
    if (const char* p = rawLibraryText(message))
        finding((std::string("raw library text '") + p + "' in an error message").c_str(), message);
    if (!mustName.empty() && message.find(mustName) == std::string::npos)
        finding(("error message does not name the file " + mustName).c_str(), message);
}

} // namespace fuzz
