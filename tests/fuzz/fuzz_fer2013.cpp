// libFuzzer target: a FER2013 CSV through Fer2013Reader (index: header, columns, pixel counts), then
// the first rows' pixels through decodeRow, as training and the gallery read them.
#include "engine/data/Fer2013Reader.h"
#include "tests/fuzz/DatasetChecks.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    const std::string csv = (fuzz::freshScratch() / "fer2013.csv").string();
    fuzz::writeFile(csv, data, size);
    arm::DatasetIndex index;
    try {
        (void)arm::Fer2013Reader::findCsv(csv);
        index = arm::Fer2013Reader::read(csv);
    } catch (const std::exception& e) {
        fuzz::checkMessage(e.what(), csv);
        return 0;
    }
    fuzz::checkIndex(index);
    for (size_t i = 0; i < std::min<size_t>(index.samples.size(), 4); ++i) {
        try {
            const cv::Mat m = arm::Fer2013Reader::decodeRow(csv, index.samples[i].offset);
            if (m.rows != arm::Fer2013Reader::kSide || m.cols != arm::Fer2013Reader::kSide || m.type() != CV_8UC1)
                fuzz::finding("decodeRow returned an image that is not 48x48 grey", index.samples[i].name);
        } catch (const std::exception& e) {
            fuzz::checkMessage(e.what(), csv);
        }
    }
    return 0;
}
