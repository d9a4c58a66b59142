#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace arm {

// The container of the project's own checkpoint (.ckpt), whatever its sections hold:
//   line 1  "ARM-INSPECTOR-CHECKPOINT 1"
//   line 2  one-line JSON header: "config" (an object, interpreted by ModelConfig), "epoch", "metadata",
//           "running_generic_valid", "torch_version", and "sections": per section, in file order, its
//           name, byte count and FNV-1a-64 hash
//   then    the sections' bytes, back to back, and nothing after them.
// A hostile file is bounded before anything is allocated: the header line (kMaxHeaderBytes), its JSON
// nesting (kMaxJsonDepth, checked before the JSON parser sees it), each section against what is left
// of the file. Only regular files are opened. Errors are std::runtime_error "PATH: what", naming the
// header key or section; no parser text reaches the message.
class CheckpointFile {
public:
    static constexpr const char* kMagic = "ARM-INSPECTOR-CHECKPOINT";
    static constexpr int kVersion = 1;
    static constexpr std::size_t kMaxHeaderBytes = std::size_t(8) << 20;
    static constexpr int kMaxJsonDepth = 64;
    static constexpr std::size_t kMaxSections = 16;

    struct Contents {
        nlohmann::json config = nlohmann::json::object(); // always an object
        int epoch = 0;
        nlohmann::json metadata = nlohmann::json::object(); // always an object
        bool runningGenericValid = false;
        std::string torchVersion;
        std::map<std::string, std::uint64_t> sectionSizes; // every section named by the header
        std::map<std::string, std::string> sections;       // their bytes, verified (only when read with them)
    };

    // withSections = false reads the header only (sizes are still checked against the file size).
    static Contents read(const std::string& path, bool withSections);
    // True when `path` is a regular file starting with kMagic; never blocks, never throws.
    static bool isCheckpoint(const std::string& path);
    // Writes magic line, header (`header` plus the generated "sections" list) and sections through
    // AtomicFile. Strings that are not UTF-8 (e.g. a dataset path) are written with U+FFFD replacements.
    static void write(const std::string& path, nlohmann::json header,
                      const std::vector<std::pair<std::string, std::string>>& sections);
    // Deepest array/object nesting of a JSON text (brackets inside strings do not count); stops
    // counting once `limit` is exceeded, so it costs one pass and no memory.
    static int jsonDepth(std::string_view text, int limit);
};

} // namespace arm
