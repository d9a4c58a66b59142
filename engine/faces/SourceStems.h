#pragma once

#include <map>
#include <set>
#include <string>

namespace arm {

// File-name stems for outputs named after their sources (aligned faces, drawn photos, timelines): the
// source's stem with anything but [A-Za-z0-9_-] replaced by '_', at most 80 characters, and unique per
// source within one run (a/img.jpg and b/img.jpg give img and img-2), so no output replaces another.
class SourceStems {
public:
    std::string stemOf(const std::string& source);
    static std::string safeStem(const std::string& source);

private:
    std::map<std::string, std::string> m_bySource;
    std::set<std::string> m_used;
};

} // namespace arm
