#pragma once

#include <string>

namespace CLI {
class Validator;
} // namespace CLI

namespace arm::cli {

// Checks for numeric options. CLI11's own (Range, PositiveNumber) let NaN through (NaN compares false
// with every bound) and echo the value back in full, 300 digits of it when that is what was typed.
// These parse the text strictly, refuse NaN and infinities, and quote at most a short prefix of it.
// CLI11 prefixes each message with the option's name.

// A whole number in [lo, hi].
CLI::Validator countIn(const std::string& option, long long lo, long long hi);
// A random seed: a whole number 0 .. 2^64 - 1 (CLI11 alone wraps larger numbers silently).
CLI::Validator seedValue(const std::string& option);
// A finite real number in [lo, hi]; with lowOpen, lo itself is refused (e.g. a learning rate > 0).
CLI::Validator realIn(const std::string& option, double lo, double hi, bool lowOpen = false);

// `text` when short; else its first characters and how long it was, so an error message stays one line.
std::string shortened(const std::string& text, std::size_t limit = 24);

} // namespace arm::cli
