#pragma once

#include "engine/data/DatasetIndex.h"

#include <string>

namespace arm {

// RAF-DB basic: ROOT/EmoLabel/list_patition_label.txt with lines "train_00001.jpg 5" (labels 1-7, RAF-DB
// order; 0 = not labelled yet), images ROOT/Image/aligned/<stem>_aligned.jpg (falls back to ROOT/Image/original/<name> when
// there is no aligned folder). Split from the name prefix (train_ / test_). Never decodes images.
class RafDbReader {
public:
    static constexpr const char* kLabelFile = "EmoLabel/list_patition_label.txt";
    // The label that marks a face not labelled yet; such samples go to DatasetIndex::unlabelled.
    static constexpr int kUnlabelled = 0;
    // `path` is the dataset root or the label file itself. Throws std::runtime_error naming the file
    // when the label file cannot be read.
    static DatasetIndex read(const std::string& path);
    // True when `path` looks like a RAF-DB root (or is its label file).
    static bool detect(const std::string& path);
};

} // namespace arm
