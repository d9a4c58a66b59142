#include "engine/data/CsvRow.h"

#include <cctype>
#include <charconv>

namespace arm {

std::string_view CsvRow::chomp(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

void CsvRow::split(std::string_view line, std::vector<std::string_view>& fields, std::deque<std::string>& storage)
{
    fields.clear();
    storage.clear();
    line = chomp(line);
    std::size_t pos = 0;
    while (true) {
        if (pos < line.size() && line[pos] == '"') {
            std::string value;
            std::size_t i = pos + 1;
            while (i < line.size()) {
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        value += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += line[i++];
            }
            storage.push_back(std::move(value));
            fields.emplace_back(storage.back());
            const std::size_t comma = line.find(',', i);
            if (comma == std::string_view::npos)
                return;
            pos = comma + 1;
        } else {
            const std::size_t comma = line.find(',', pos);
            if (comma == std::string_view::npos) {
                fields.push_back(line.substr(pos));
                return;
            }
            fields.push_back(line.substr(pos, comma - pos));
            pos = comma + 1;
        }
    }
}

std::string_view CsvRow::trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

int CsvRow::column(const std::vector<std::string_view>& header, std::string_view name)
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string_view h = trim(header[i]);
        if (i == 0 && h.size() >= 3 && static_cast<unsigned char>(h[0]) == 0xEF) // UTF-8 BOM
            h.remove_prefix(3);
        if (h.size() != name.size())
            continue;
        bool same = true;
        for (std::size_t k = 0; k < h.size() && same; ++k)
            same = std::tolower(static_cast<unsigned char>(h[k])) == std::tolower(static_cast<unsigned char>(name[k]));
        if (same)
            return static_cast<int>(i);
    }
    return -1;
}

bool CsvRow::toInt(std::string_view s, int& value)
{
    s = trim(s);
    if (s.empty())
        return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc() && ptr == s.data() + s.size();
}

std::string CsvRow::labelCode(const std::vector<std::string_view>& fields, int needed, int column,
                              std::string_view columnName, int& code)
{
    if (static_cast<int>(fields.size()) < needed)
        return "malformed line (" + std::to_string(fields.size()) + " fields, expected at least " +
               std::to_string(needed) + ")";
    const std::string_view text = fields[static_cast<std::size_t>(column)];
    if (!toInt(text, code))
        return "malformed line (" + std::string(columnName) + " '" + std::string(text) + "' is not a number)";
    return {};
}

} // namespace arm
