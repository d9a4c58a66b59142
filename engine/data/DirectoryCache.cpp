#include "engine/data/DirectoryCache.h"

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace arm {

const std::unordered_set<std::string>& DirectoryCache::listing(const std::string& dir)
{
    auto it = m_listings.find(dir);
    if (it != m_listings.end())
        return it->second;
    std::unordered_set<std::string> names;
    std::error_code ec;
    fs::directory_iterator iter(dir.empty() ? fs::path(".") : fs::path(dir), ec);
    if (ec) {
        if (ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
            m_errors.emplace_back(dir, ec.message());
    } else {
        for (const fs::directory_entry& e : iter) {
            std::error_code typeEc;
            // d_type from the listing: no extra stat for regular files on common filesystems.
            if (e.is_regular_file(typeEc))
                names.insert(e.path().filename().string());
        }
    }
    return m_listings.emplace(dir, std::move(names)).first->second;
}

bool DirectoryCache::contains(const std::string& dir, const std::string& name)
{
    return listing(dir).count(name) > 0;
}

bool DirectoryCache::exists(const std::string& path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return contains(std::string(), path);
    return contains(path.substr(0, slash), path.substr(slash + 1));
}

} // namespace arm
