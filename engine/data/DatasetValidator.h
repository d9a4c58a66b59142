#pragma once

#include "engine/data/DatasetIndex.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace arm {

// The outcome of decoding every image of an index.
struct ValidationReport {
    std::vector<char> ok;                               // per sample of the index: 1 = decoded fine
    std::vector<Problem> problems;                      // index problems first, then decode failures
    std::map<std::string, int> samples;                 // split name -> good samples
    std::vector<int> classCounts;                       // per class, good samples over all splits
    std::map<std::string, std::vector<int>> classCountsBySplit;
    int good = 0;
    double seconds = 0.0;
    double imagesPerSecond = 0.0;
};

// Fully validates a dataset: decodes every sample with DatasetOpener::loadImage (the strict decode of
// ImageDecode, the same as training, the gallery, `predict` and `inspect`) on a pool of std::threads;
// corrupt, truncated, oversized or missing images and non-regular files become problems (file, and line
// for CSV formats).
class DatasetValidator {
public:
    // Called from worker threads (serialised) with (done, total) roughly every 1% of the samples.
    using Progress = std::function<void(int done, int total)>;
    // threads <= 0 means all cores.
    static ValidationReport validate(const DatasetIndex& index, int threads = 0, const Progress& progress = {});
    // Drops the samples that failed and appends their problems to the index.
    static void prune(DatasetIndex& index, const ValidationReport& report);
};

} // namespace arm
