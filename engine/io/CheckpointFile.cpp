#include "engine/io/CheckpointFile.h"

#include "engine/core/AtomicFile.h"
#include "engine/core/Fnv1a.h"
#include "engine/core/RegularFile.h"

#include <climits>
#include <cstring>
#include <memory>
#include <set>
#include <stdexcept>

namespace arm {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what)
{
    throw std::runtime_error(path + ": " + what);
}

std::string magicLine()
{
    return std::string(CheckpointFile::kMagic) + " " + std::to_string(CheckpointFile::kVersion);
}

// Shown in messages: at most `max` characters, anything unprintable as '?'.
std::string printable(const std::string& s, std::size_t max = 24)
{
    std::string out;
    for (std::size_t i = 0; i < s.size() && i < max; ++i)
        out += (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
    return s.size() > max ? out + "..." : out;
}

struct Line {
    std::string text;        // without the newline
    bool terminated = false; // a newline was found
    bool tooLong = false;    // more than maxBytes before any newline
};

// The line starting at `offset`, reading no more than maxBytes + 1 bytes.
Line readLine(const RegularFile& file, std::uint64_t offset, std::size_t maxBytes)
{
    Line line;
    std::unique_ptr<char[]> buf(new char[65536]);
    while (true) {
        const std::size_t want = std::min<std::size_t>(65536, maxBytes + 1 - line.text.size());
        const std::size_t got = file.readAt(offset + line.text.size(), buf.get(), want);
        if (const void* nl = std::memchr(buf.get(), '\n', got)) {
            line.text.append(buf.get(), static_cast<std::size_t>(static_cast<const char*>(nl) - buf.get()));
            line.terminated = true;
            return line;
        }
        line.text.append(buf.get(), got);
        if (line.text.size() > maxBytes) {
            line.tooLong = true;
            return line;
        }
        if (got < want)
            return line; // end of file
    }
}

nlohmann::json parseHeader(const std::string& path, const std::string& text)
{
    if (CheckpointFile::jsonDepth(text, CheckpointFile::kMaxJsonDepth) > CheckpointFile::kMaxJsonDepth)
        fail(path, "corrupt checkpoint header: JSON nested deeper than " +
                       std::to_string(CheckpointFile::kMaxJsonDepth) + " levels");
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        fail(path, "corrupt checkpoint header: invalid JSON (or text that is not UTF-8) at byte " +
                       std::to_string(e.byte) + " of line 2");
    } catch (const nlohmann::json::exception&) {
        fail(path, "corrupt checkpoint header: invalid JSON on line 2");
    }
}

void readHeaderFields(const std::string& path, const nlohmann::json& h, CheckpointFile::Contents& c)
{
    auto bad = [&path](const char* key, const char* expected) {
        fail(path, std::string("corrupt checkpoint header: key '") + key + "' must be " + expected);
    };
    if (!h.is_object() || !h.contains("config") || !h.contains("sections") || !h["sections"].is_array())
        fail(path, "corrupt checkpoint header: 'config' or 'sections' missing");
    if (!h["config"].is_object())
        bad("config", "an object");
    c.config = h["config"];
    if (const auto it = h.find("epoch"); it != h.end() && !it->is_null()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 0 || it->get<std::int64_t>() > INT_MAX)
            bad("epoch", "a whole number from 0 to 2147483647");
        c.epoch = it->get<int>();
    }
    if (const auto it = h.find("metadata"); it != h.end() && !it->is_null()) {
        if (!it->is_object())
            bad("metadata", "an object");
        c.metadata = *it;
    }
    if (const auto it = h.find("running_generic_valid"); it != h.end() && !it->is_null()) {
        if (!it->is_boolean())
            bad("running_generic_valid", "true or false");
        c.runningGenericValid = it->get<bool>();
    }
    if (const auto it = h.find("torch_version"); it != h.end() && !it->is_null()) {
        if (!it->is_string())
            bad("torch_version", "a string");
        c.torchVersion = it->get<std::string>();
    }
}

struct SectionEntry {
    std::string name;
    std::uint64_t bytes = 0;
    std::string hash;
};

std::vector<SectionEntry> sectionEntries(const std::string& path, const nlohmann::json& list)
{
    if (list.size() > CheckpointFile::kMaxSections)
        fail(path, "corrupt checkpoint header: " + std::to_string(list.size()) + " sections (at most " +
                       std::to_string(CheckpointFile::kMaxSections) + ")");
    std::vector<SectionEntry> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& s = list[i];
        const std::string where = "corrupt checkpoint header: section " + std::to_string(i + 1) + ": ";
        if (!s.is_object())
            fail(path, where + "not an object");
        SectionEntry e;
        const auto name = s.find("name"), bytes = s.find("bytes"), hash = s.find("fnv1a64");
        if (name == s.end() || !name->is_string() || name->get<std::string>().empty() ||
            name->get<std::string>().size() > 64)
            fail(path, where + "'name' must be a short string");
        e.name = name->get<std::string>();
        if (!seen.insert(e.name).second)
            fail(path, where + "section '" + printable(e.name) + "' appears twice");
        if (bytes == s.end() || !bytes->is_number_integer() || bytes->get<std::int64_t>() < 0)
            fail(path, where + "'bytes' must be a byte count");
        e.bytes = bytes->get<std::uint64_t>();
        if (hash == s.end() || !hash->is_string() || hash->get<std::string>().size() != 16)
            fail(path, where + "'fnv1a64' must be 16 hex digits");
        e.hash = hash->get<std::string>();
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

int CheckpointFile::jsonDepth(std::string_view text, int limit)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest && (deepest = depth) > limit)
                return deepest;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

bool CheckpointFile::isCheckpoint(const std::string& path)
{
    if (!RegularFile::problem(path).empty())
        return false;
    try {
        const RegularFile file(path);
        const std::size_t n = std::strlen(kMagic);
        std::string head(n, '\0');
        return file.readAt(0, head.data(), n) == n && head == kMagic;
    } catch (const std::exception&) {
        return false;
    }
}

CheckpointFile::Contents CheckpointFile::read(const std::string& path, bool withSections)
{
    const RegularFile file(path); // throws "PATH: is a named pipe (FIFO) ..." and the like
    if (file.size() == 0)
        fail(path, "empty file, not an ARM Inspector checkpoint");
    const Line magic = readLine(file, 0, 64);
    if (magic.text.rfind(kMagic, 0) != 0)
        fail(path, "not an ARM Inspector checkpoint (no '" + std::string(kMagic) +
                       "' header; a PyTorch .pth needs the .pth reader)");
    if (magic.text != magicLine())
        fail(path, "unsupported checkpoint version '" + printable(magic.text.substr(std::strlen(kMagic))) +
                       "' (this build reads version " + std::to_string(kVersion) + ")");
    const std::uint64_t headerStart = magic.text.size() + 1;
    if (!magic.terminated || headerStart >= file.size())
        fail(path, "truncated checkpoint: the JSON header is missing");
    const Line headerLine = readLine(file, headerStart, kMaxHeaderBytes);
    if (headerLine.tooLong)
        fail(path, "corrupt checkpoint header: longer than " + std::to_string(kMaxHeaderBytes >> 20) +
                       " MiB without an end of line");
    if (!headerLine.terminated)
        fail(path, "truncated checkpoint: the JSON header has no end of line");

    Contents c;
    const nlohmann::json header = parseHeader(path, headerLine.text);
    readHeaderFields(path, header, c);
    const std::vector<SectionEntry> entries = sectionEntries(path, header["sections"]);

    // Every size is checked against what the file really holds before anything is allocated.
    std::uint64_t offset = headerStart + headerLine.text.size() + 1;
    for (const SectionEntry& e : entries) {
        const std::uint64_t left = file.size() - offset;
        if (e.bytes > left)
            fail(path, "truncated checkpoint: section '" + printable(e.name) + "' should have " +
                           std::to_string(e.bytes) + " bytes, the file has " + std::to_string(left) + " left");
        c.sectionSizes[e.name] = e.bytes;
        if (withSections) {
            std::string data;
            try {
                data.resize(static_cast<std::size_t>(e.bytes));
            } catch (const std::bad_alloc&) {
                fail(path, "out of memory reading section '" + printable(e.name) + "' (" + std::to_string(e.bytes) +
                               " bytes)");
            }
            if (file.readAt(offset, data.data(), data.size()) != data.size())
                fail(path, "truncated checkpoint: section '" + printable(e.name) + "' is cut short");
            if (Fnv1a::hexOf(data) != e.hash)
                fail(path, "corrupt checkpoint: section '" + printable(e.name) + "' does not match its checksum");
            c.sections[e.name] = std::move(data);
        }
        offset += e.bytes;
    }
    if (offset != file.size())
        fail(path, "corrupt checkpoint: " + std::to_string(file.size() - offset) +
                       " unexpected bytes after the last section");
    return c;
}

void CheckpointFile::write(const std::string& path, nlohmann::json header,
                           const std::vector<std::pair<std::string, std::string>>& sections)
{
    header["sections"] = nlohmann::json::array();
    for (const auto& [name, data] : sections)
        header["sections"].push_back({{"name", name}, {"bytes", data.size()}, {"fnv1a64", Fnv1a::hexOf(data)}});
    // One line: dump() without indentation escapes every newline inside strings.
    const std::string line = header.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    AtomicFile out(path);
    out.append(magicLine() + "\n" + line + "\n");
    for (const auto& s : sections)
        out.append(s.second);
    out.commit();
}

} // namespace arm
