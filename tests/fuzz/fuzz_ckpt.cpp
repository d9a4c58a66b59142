// libFuzzer target: the project's own checkpoint (.ckpt) through its real entry points, Checkpoint::peek
// (header only, what the GUI's open dialog uses) and Checkpoint::load (sections, weights unpickled by
// the checked reader, the model built and filled). A mutated section almost never matches its FNV-1a
// checksum, which would stop every input at the checksum; so each input is also loaded a second time
// with the header's checksums recomputed over the bytes that follow it, which lets the fuzzer reach the
// weights reader and the model configuration with hostile content.
#include "engine/core/Fnv1a.h"
#include "engine/model/Checkpoint.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/TensorChecks.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

namespace {

// The input with every section's "fnv1a64" set to the hash of the bytes it covers; "" when the input
// is not shaped like a checkpoint (no two lines, header not JSON) or nothing would change.
std::string withFixedChecksums(const std::string& bytes)
{
    const auto first = bytes.find('\n');
    const auto second = first == std::string::npos ? first : bytes.find('\n', first + 1);
    if (second == std::string::npos)
        return {};
    const std::string text = bytes.substr(first + 1, second - first - 1);
    // The harness's own JSON is bounded like the reader's: a 10^5-deep value would overflow the stack here.
    if (arm::CheckpointFile::jsonDepth(text, arm::CheckpointFile::kMaxJsonDepth) > arm::CheckpointFile::kMaxJsonDepth)
        return {};
    nlohmann::json header = nlohmann::json::parse(text, nullptr, false);
    if (!header.is_object() || !header.contains("sections") || !header["sections"].is_array())
        return {};
    size_t offset = second + 1;
    bool changed = false;
    for (auto& s : header["sections"]) {
        if (!s.is_object() || !s.contains("bytes") || !s["bytes"].is_number_unsigned())
            return {};
        const auto n = s["bytes"].get<std::uint64_t>();
        if (n > bytes.size() - offset)
            return {};
        const std::string hash = arm::Fnv1a::hexOf(std::string_view(bytes).substr(offset, n));
        changed = changed || !s.contains("fnv1a64") || s["fnv1a64"] != hash;
        s["fnv1a64"] = hash;
        offset += n;
    }
    if (!changed)
        return {};
    return bytes.substr(0, first + 1) + header.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
           bytes.substr(second);
}

void loadOne(const std::string& path, const std::string& bytes)
{
    fuzz::writeFile(path, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    try {
        (void)arm::Checkpoint::peek(path);
    } catch (const c10::Error& e) {
        fuzz::finding("c10::Error escaped Checkpoint::peek", e.what_without_backtrace());
    } catch (const nlohmann::json::exception& e) {
        fuzz::finding("nlohmann::json::exception escaped Checkpoint::peek", e.what());
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), path);
    }
    try {
        arm::CheckpointData d = arm::Checkpoint::load(path);
        for (const auto& item : d.model->named_parameters())
            fuzz::checkView(item.value(), item.key());
    } catch (const c10::Error& e) {
        fuzz::finding("c10::Error escaped Checkpoint::load", e.what_without_backtrace());
    } catch (const nlohmann::json::exception& e) {
        fuzz::finding("nlohmann::json::exception escaped Checkpoint::load", e.what());
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), path);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const auto dir = fuzz::freshScratch();
    loadOne((dir / "model.ckpt").string(), bytes);
    if (const std::string fixed = withFixedChecksums(bytes); !fixed.empty())
        loadOne((dir / "fixed.ckpt").string(), fixed);
    return 0;
}
