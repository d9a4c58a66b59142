// libFuzzer target: the RAF-DB label list (EmoLabel/list_patition_label.txt) read through RafDbReader,
// with one aligned image of each split present so that both the found and the missing paths run.
#include "engine/data/RafDbReader.h"
#include "tests/fuzz/DatasetChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    const auto root = fuzz::freshScratch() / "raf";
    fuzz::writeFile(root / arm::RafDbReader::kLabelFile, data, size);
    fuzz::writeFile(root / "Image/aligned/train_00001_aligned.jpg", nullptr, 0);
    fuzz::writeFile(root / "Image/aligned/test_0001_aligned.jpg", nullptr, 0);
    try {
        (void)arm::RafDbReader::detect(root.string());
        fuzz::checkIndex(arm::RafDbReader::read(root.string()));
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), arm::RafDbReader::kLabelFile);
    }
    return 0;
}
