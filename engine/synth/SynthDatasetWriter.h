#pragma once

#include "engine/core/ExpressionClasses.h"
#include "engine/synth/FaceParams.h"

#include <opencv2/core.hpp>

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace arm {

// What `arm-cli synth` writes. The defaults give the demo dataset (trains in minutes on 2 CPU cores).
struct SynthOptions {
    std::string outDir;
    int count = 3000; // train + test images
    unsigned long long seed = 0;
    double noise = 0.0;        // fraction of TRAIN labels flipped to another class (test stays clean)
    int size = 100;            // image side in pixels (RAF-DB aligned: 100)
    double testFraction = 0.2; // RAF-DB basic: 3068 / 15339
    double difficulty =
        0.3; // 0..1: nuisance strength, subtle-expression share, AU leakage; 0.3 = calibrated (docs/SYNTH.md)
    int jpegQuality = 95;
    int threads = 1;    // worker threads; output bytes do not depend on it
    bool force = false; // allow writing into a non-empty directory that is not a synth output
};

// One planned image: name as in list_patition_label.txt ("train_00001.jpg"), labels 0-based (RAF-DB order).
struct SynthSample {
    int index = 0; // position in the plan; seeds the image's own RNG
    std::string name;
    bool test = false;
    int cleanLabel = 0;
    int givenLabel = 0; // differs from cleanLabel for flipped (noisy) train samples
};

struct SynthResult {
    int train = 0;
    int test = 0;
    int flipped = 0;
    std::array<int, ExpressionClasses::kBasicCount> trainClassCounts{};
    std::array<int, ExpressionClasses::kBasicCount> testClassCounts{};
    double seconds = 0.0;
    std::string listFile;
    std::string truthFile; // empty when noise == 0
};

// Writes the synthetic FER dataset in RAF-DB basic layout:
//   DIR/EmoLabel/list_patition_label.txt   "train_00001.jpg 5" (labels 1..7, RAF-DB order)
//   DIR/Image/aligned/train_00001_aligned.jpg, test_0001_aligned.jpg
//   DIR/EmoLabel/noise_truth.txt           with noise > 0: "name clean given" (1..7) for EVERY sample
//   DIR/synth_info.json                    options used; marks the directory as a synth output
// Class proportions follow RAF-DB's train split (Happiness largest, Fear smallest, ~17:1) in both
// splits. Deterministic: the same options (any thread count) give the same bytes.
class SynthDatasetWriter {
public:
    using Progress = std::function<void(int done, int total)>;

    // The RAF-DB basic train-split class counts the proportions come from (RAF-DB order).
    static const std::array<int, ExpressionClasses::kBasicCount>& rafdbTrainCounts();
    // Splits n into per-class counts proportional to RAF-DB train (largest remainder; every class
    // gets at least one sample when n >= 7).
    static std::array<int, ExpressionClasses::kBasicCount> classCounts(int n);
    // The full plan (names, splits, labels, flips) without rendering anything. Throws
    // std::invalid_argument for out-of-range options.
    static std::vector<SynthSample> plan(const SynthOptions& options);
    // The face parameters and image of one planned sample (what write() saves before JPEG coding).
    static FaceParams sampleParams(const SynthOptions& options, const SynthSample& sample);
    static cv::Mat renderSample(const SynthOptions& options, const SynthSample& sample);
    // True when dir holds a synth_info.json written by this class.
    static bool isSynthOutput(const std::string& dir);
    // Writes everything. Throws std::runtime_error naming the path when the directory is not empty
    // and not a previous synth output (unless options.force), or when a file cannot be written.
    // progress (optional) is called from the calling thread.
    static SynthResult write(const SynthOptions& options, const Progress& progress = {});
};

} // namespace arm
