// libFuzzer target: PthReader::read, the entry point for every PyTorch .pth file, on the input saved
// as a file. Every failure must be a PthError naming the file in plain words.
#include "engine/io/PthError.h"
#include "engine/io/PthReader.h"
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
    const std::string path = (fuzz::freshScratch() / "weights.pth").string();
    fuzz::writeFile(path, data, size);
    try {
        const arm::PthContents contents = arm::PthReader::read(path);
        for (const auto& [name, tensor] : contents.tensors)
            fuzz::checkView(tensor, name);
    } catch (const c10::Error& e) {
        fuzz::finding("c10::Error escaped PthReader", e.what_without_backtrace());
    } catch (const arm::PthError& e) {
        fuzz::checkMessage(e.what(), path);
    }
    return 0;
}
