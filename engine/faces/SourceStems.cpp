#include "engine/faces/SourceStems.h"

#include <filesystem>

namespace arm {

std::string SourceStems::safeStem(const std::string& source)
{
    std::string stem = std::filesystem::path(source).stem().string();
    for (char& c : stem)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            c = '_';
    if (stem.empty())
        stem = "face";
    if (stem.size() > 80)
        stem.resize(80);
    return stem;
}

std::string SourceStems::stemOf(const std::string& source)
{
    if (auto it = m_bySource.find(source); it != m_bySource.end())
        return it->second;
    const std::string base = safeStem(source);
    std::string stem = base;
    for (int n = 2; m_used.count(stem); ++n)
        stem = base + "-" + std::to_string(n);
    m_used.insert(stem);
    return m_bySource[source] = stem;
}

} // namespace arm
