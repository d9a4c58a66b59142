// libFuzzer target: the checked unpickler on raw data.pkl bytes. Inside a .pth the pickle sits behind
// the zip's CRC-32, which a mutated input almost never satisfies, so the pickle gets its own target.
// Storages come from a loader that hands out 64 zeros of the requested type, as a record would.
#include "engine/io/PickleValue.h"
#include "engine/io/PthError.h"
#include "engine/io/TorchArchive.h"
#include "engine/io/Unpickler.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/TensorChecks.h"

#include <torch/torch.h>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    const std::string name = "fuzz.pth";
    auto loader = [](const std::string&, c10::ScalarType dtype) {
        return torch::zeros({64}, torch::TensorOptions().dtype(dtype));
    };
    try {
        arm::PickleArena arena;
        arm::Unpickler unpickler(name, data, size, loader, arena);
        const arm::PickleValue* root = unpickler.parse();
        if (root && root->kind == arm::PickleValue::Kind::Dict) {
            for (const auto& [key, value] : root->entries)
                (void)arm::TorchArchive::keyText(key);
            for (const auto& [key, tensor] : arm::TorchArchive::flattenStateDict(name, root, "state_dict"))
                fuzz::checkView(tensor, key);
        }
    } catch (const c10::Error& e) {
        fuzz::finding("c10::Error escaped the unpickler", e.what_without_backtrace());
    } catch (const arm::PthError& e) {
        fuzz::checkMessage(e.what(), name);
    }
    return 0;
}
