#include "app/cli/NumberChecks.h"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace arm::cli {

namespace {

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

} // namespace

std::string shortened(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    return text.substr(0, limit / 2) + "... (" + std::to_string(text.size()) + " characters)";
}

CLI::Validator countIn(const std::string& option, long long lo, long long hi)
{
    const std::string range = std::to_string(lo) + ".." + std::to_string(hi);
    return CLI::Validator(
        [lo, hi, range](std::string& text) -> std::string {
            // Base 10 only: CLI11 itself would read "010" as octal 8.
            const bool digits = !text.empty() &&
                                text.find_first_not_of("+-0123456789") == std::string::npos &&
                                text.find_first_of("0123456789") != std::string::npos;
            if (!digits)
                return "'" + shortened(text) + "' is not a whole number (expected " + range + ")";
            errno = 0;
            char* end = nullptr;
            const long long v = std::strtoll(text.c_str(), &end, 10);
            if (errno == ERANGE || *end != '\0' || v < lo || v > hi)
                return shortened(text) + " is out of range: expected " + range;
            text = std::to_string(v); // hand CLI11 the canonical base-10 form
            return {};
        },
        "in " + range, option);
}

CLI::Validator seedValue(const std::string& option)
{
    return CLI::Validator(
        [](std::string& text) -> std::string {
            if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
                return "'" + shortened(text) + "' is not a whole number from 0 to 18446744073709551615";
            errno = 0;
            char* end = nullptr;
            const unsigned long long v = std::strtoull(text.c_str(), &end, 10);
            if (errno == ERANGE || *end != '\0')
                return shortened(text) + " is out of range: expected 0 to 18446744073709551615";
            text = std::to_string(v);
            return {};
        },
        "in 0..2^64-1", option);
}

CLI::Validator realIn(const std::string& option, double lo, double hi, bool lowOpen)
{
    const std::string range =
        (lowOpen ? "greater than " + number(lo) + " and at most " : number(lo) + " to ") + number(hi);
    return CLI::Validator(
        [lo, hi, lowOpen, range](std::string& text) -> std::string {
            errno = 0;
            char* end = nullptr;
            const double v = text.empty() ? std::nan("") : std::strtod(text.c_str(), &end);
            if (text.empty() || end == nullptr || *end != '\0')
                return "'" + shortened(text) + "' is not a number (expected " + range + ")";
            if (!std::isfinite(v))
                return shortened(text) + " is not a finite number (expected " + range + ")";
            if (errno == ERANGE || v < lo || v > hi || (lowOpen && v == lo))
                return shortened(text) + " is out of range: expected " + range;
            return {};
        },
        (lowOpen ? "in (" : "in [") + number(lo) + ", " + number(hi) + "]", option);
}

} // namespace arm::cli
