#include "engine/core/Utf8.h"

#include <algorithm>
#include <cstddef>

namespace arm {

namespace {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 when the bytes there are not one
// (RFC 3629 table: overlong forms, surrogates and code points past U+10FFFF are rejected).
std::size_t sequenceLength(std::string_view text, std::size_t i)
{
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = at(i);
    if (b0 < 0x80)
        return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF)
        n = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        if (b0 == 0xE0)
            lo = 0xA0; // overlong
        else if (b0 == 0xED)
            hi = 0x9F; // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        if (b0 == 0xF0)
            lo = 0x90; // overlong
        else if (b0 == 0xF4)
            hi = 0x8F; // past U+10FFFF
    } else
        return 0;
    if (i + n > text.size())
        return 0;
    if (at(i + 1) < lo || at(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (at(i + k) < 0x80 || at(i + k) > 0xBF)
            return 0;
    return n;
}

} // namespace

bool Utf8::isValid(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceLength(text, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

std::string Utf8::displayable(std::string_view text)
{
    if (isValid(text))
        return std::string(text);
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceLength(text, i);
        if (n > 0) {
            out.append(text.substr(i, n));
            i += n;
            continue;
        }
        const auto b = static_cast<unsigned char>(text[i]);
        out += "\\x";
        out += hex[b >> 4];
        out += hex[b & 0xF];
        ++i;
    }
    return out;
}

std::string_view Utf8::withoutBom(std::string_view text)
{
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
        static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);
    return text;
}

bool Utf8::looksLikeUtf16(std::string_view head)
{
    if (head.size() >= 2) {
        const auto b0 = static_cast<unsigned char>(head[0]);
        const auto b1 = static_cast<unsigned char>(head[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
            return true;
    }
    // BOM-less: ASCII text in UTF-16 has a zero byte in every even (big-endian) or odd (little-endian)
    // position. Text files in UTF-8 never hold zero bytes, so a few pairs decide it.
    const std::size_t pairs = std::min<std::size_t>(head.size() / 2, 16);
    if (pairs < 2)
        return false;
    std::size_t evenZeros = 0, oddZeros = 0;
    for (std::size_t k = 0; k < pairs; ++k) {
        evenZeros += head[2 * k] == '\0' ? 1 : 0;
        oddZeros += head[2 * k + 1] == '\0' ? 1 : 0;
    }
    return (evenZeros == pairs && oddZeros == 0) || (oddZeros == pairs && evenZeros == 0);
}

} // namespace arm
