// libFuzzer target: an AffectNet CSV (training.csv) through AffectNetReader, with a few image files
// beside it so that the image-folder guess and the found/missing paths both run.
#include "engine/data/AffectNetReader.h"
#include "tests/fuzz/DatasetChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    const auto root = fuzz::freshScratch() / "affectnet";
    const std::string csv = (root / "training.csv").string();
    fuzz::writeFile(csv, data, size);
    fuzz::writeFile(root / "1/a.jpg", nullptr, 0);
    fuzz::writeFile(root / "Manually_Annotated_Images/2/b.png", nullptr, 0);
    try {
        (void)arm::AffectNetReader::findCsvs(root.string());
        fuzz::checkIndex(arm::AffectNetReader::read(csv));
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), csv);
    }
    return 0;
}
