#pragma once

#include <string>
#include <string_view>

namespace arm {

// UTF-8 checks for text that comes from the file system or from files (paths, class-folder names,
// label-file lines). File names on Linux are arbitrary bytes; nlohmann::json throws type_error.316 when
// a string with invalid UTF-8 is dumped, which loses a whole report. Every engine/CLI JSON producer
// passes such strings through displayable().
class Utf8 {
public:
    // True when `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
    static bool isValid(std::string_view text);
    // `text` unchanged when valid; otherwise every byte that is not part of a well-formed sequence is
    // written as the four characters \xHH (HH upper-case hex), and a backslash as-is. The result is
    // always valid UTF-8 and shows the user which bytes were odd; it is for display, not a path to open.
    static std::string displayable(std::string_view text);
    // Drops a leading UTF-8 byte-order mark (EF BB BF), as Windows editors write one.
    static std::string_view withoutBom(std::string_view text);
    // True when `head` (the first bytes of a file) starts with a UTF-16 byte-order mark (FF FE or FE FF),
    // or looks like BOM-less UTF-16 text (a zero byte in every other position of the first characters).
    static bool looksLikeUtf16(std::string_view head);
};

} // namespace arm
