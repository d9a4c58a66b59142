#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace arm::cli {

// Text from the file system (paths, sample and class-folder names) as a JSON string: file names are
// bytes, JSON is UTF-8, and nlohmann throws type_error.316 on the first invalid byte, losing the whole
// document. Invalid bytes are written as \xHH (engine/core/Utf8).
std::string jsonText(std::string_view text);
std::vector<std::string> jsonTexts(const std::vector<std::string>& texts);

// Prints `doc` as the one JSON document of a --json run. Any invalid UTF-8 that slipped past jsonText
// (say, inside an engine-made object) is replaced rather than thrown on.
void printJson(const nlohmann::json& doc, int indent = 2);

// The same, as text (for report files).
std::string dumpJson(const nlohmann::json& doc, int indent = 2);

} // namespace arm::cli
