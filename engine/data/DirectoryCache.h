#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace arm {

// Answers "does DIR/NAME exist?" from one directory listing per folder held in a hash set, instead of
// a stat() per sample: indexing 290k AffectNet rows then costs ~1k listings rather than 290k syscalls.
// Not thread-safe; one per reader run.
class DirectoryCache {
public:
    // True when `dir` exists and lists a regular file (or link to one) named `name`.
    bool contains(const std::string& dir, const std::string& name);
    // True when the file at `path` ("dir/name") exists, via the parent's listing.
    bool exists(const std::string& path);
    // Listing errors met so far: {dir, message}; a missing dir is not an error, an unreadable one is.
    const std::vector<std::pair<std::string, std::string>>& errors() const { return m_errors; }

private:
    const std::unordered_set<std::string>& listing(const std::string& dir);

    std::unordered_map<std::string, std::unordered_set<std::string>> m_listings;
    std::vector<std::pair<std::string, std::string>> m_errors;
};

} // namespace arm
