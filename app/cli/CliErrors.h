#pragma once

#include <exception>
#include <string>
#include <utility>

namespace arm::cli {

// Errors reach the user in plain words naming the file (shared/CLI-CONTRACT.md). The engine's own
// exceptions already read that way; the libraries underneath do not: nlohmann's "[json.exception.
// type_error.316] invalid UTF-8 byte", LibTorch's "INTERNAL ASSERT FAILED ... report a bug to PyTorch",
// OpenCV's "(-215:Assertion failed)", the standard library's "vector::_M_range_check".

// Plain words for an exception whose text is not for users; empty when e.what() already is.
std::string plainReason(const std::exception& e);

// Rethrows the exception being handled: unchanged when its text is plain, else as
// std::runtime_error("<subject>: <plain words>"). Call only inside a catch block.
[[noreturn]] void rethrowPlain(const std::string& subject);

// Runs f(); a library exception escaping it becomes a plain error naming `subject` (a file, usually).
template <typename F> decltype(auto) naming(const std::string& subject, F&& f)
{
    try {
        return std::forward<F>(f)();
    } catch (...) {
        rethrowPlain(subject);
    }
}

} // namespace arm::cli
