#include "app/cli/CliErrors.h"

#include "engine/core/Utf8.h"

#include <c10/util/Exception.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <array>
#include <filesystem>
#include <new>
#include <stdexcept>
#include <string_view>

namespace arm::cli {

namespace {

constexpr const char* kNoMemory = "needs more memory than this machine can give";

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

std::string jsonReason(const nlohmann::json::exception& e)
{
    const std::string_view what = e.what();
    if (const auto* pe = dynamic_cast<const nlohmann::json::parse_error*>(&e))
        return "is not valid JSON (at byte " + std::to_string(pe->byte) + ")";
    if (dynamic_cast<const nlohmann::json::type_error*>(&e)) {
        if (e.id == 316)
            return "contains text that is not valid UTF-8";
        return "holds a JSON value of the wrong type (e.g. text where a number belongs)";
    }
    if (dynamic_cast<const nlohmann::json::out_of_range*>(&e)) {
        // "[json.exception.out_of_range.403] key 'epochs' not found": the key is worth naming.
        const std::size_t open = what.find("key '");
        if (e.id == 403 && open != std::string_view::npos) {
            const std::size_t close = what.find('\'', open + 5);
            if (close != std::string_view::npos)
                return "lacks the JSON key '" + Utf8::displayable(what.substr(open + 5, close - open - 5)) +
                       "'";
        }
        return "holds JSON with a value out of range";
    }
    return "holds JSON that cannot be used";
}

std::string torchReason(const c10::Error& e)
{
    const std::string_view what = e.what_without_backtrace();
    if (dynamic_cast<const c10::OutOfMemoryError*>(&e) || contains(what, "alloc_cpu") ||
        contains(what, "DefaultCPUAllocator") || contains(what, "out of memory"))
        return kNoMemory;
    if (contains(what, "size mismatch") || contains(what, "shape"))
        return "holds tensors whose shapes do not fit the model";
    return "holds tensor data that LibTorch cannot use (inconsistent sizes, types or values)";
}

std::string openCvReason(const cv::Exception& e)
{
    if (e.code == cv::Error::StsNoMem)
        return kNoMemory;
    return "could not be processed as an image (too large, or not a valid image)";
}

// The standard library's own texts ("vector::_M_range_check: __n (which is 9) ...", "stoi",
// "basic_string::substr") name its internals, not the input.
bool isLibraryText(std::string_view what)
{
    static constexpr std::array<std::string_view, 8> bare{"stoi",   "stol", "stoll", "stoul",
                                                          "stoull", "stof", "stod",  "stold"};
    for (std::string_view b : bare)
        if (what == b)
            return true;
    const std::size_t colons = what.find("::");
    return colons != std::string_view::npos && colons < what.find(' ');
}

} // namespace

std::string plainReason(const std::exception& e)
{
    if (const auto* j = dynamic_cast<const nlohmann::json::exception*>(&e))
        return jsonReason(*j);
    if (const auto* t = dynamic_cast<const c10::Error*>(&e))
        return torchReason(*t);
    if (const auto* c = dynamic_cast<const cv::Exception*>(&e))
        return openCvReason(*c);
    if (dynamic_cast<const std::bad_alloc*>(&e))
        return kNoMemory;
    if (const auto* f = dynamic_cast<const std::filesystem::filesystem_error*>(&e)) {
        std::string reason = f->code().message();
        if (!f->path1().empty())
            reason += " (" + Utf8::displayable(f->path1().string()) + ")";
        return reason;
    }
    if (dynamic_cast<const std::logic_error*>(&e) && isLibraryText(e.what()))
        return "is malformed (a size or index in it is out of range)";
    return {};
}

void rethrowPlain(const std::string& subject)
{
    try {
        throw;
    } catch (const std::exception& e) {
        const std::string plain = plainReason(e);
        if (plain.empty())
            throw;
        throw std::runtime_error(Utf8::displayable(subject) + ": " + plain);
    } catch (...) {
        throw std::runtime_error(Utf8::displayable(subject) +
                                 ": failed for a reason the program could not name");
    }
}

} // namespace arm::cli
