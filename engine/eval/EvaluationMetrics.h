#pragma once

#include <string>
#include <vector>

namespace arm {

// One evaluated sample: what the model said about it. Stored per sample so that the GUI (gallery
// sorting, confusion-cell filtering) and the label audit reuse it instead of running the model again.
struct EvalRecord {
    int sampleIndex = -1;              // index into DatasetIndex::samples
    int label = -1;                    // given label
    int predicted = -1;                // argmax
    std::vector<float> probabilities;  // softmax, one per class
    float loss = 0.0f;                 // cross-entropy of the given label
    float margin = 0.0f;               // p(given) - max p(other); negative when wrong
    float confidence = 0.0f;           // p(predicted)
};

struct ClassMetrics {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    int support = 0;
};

// Everything an evaluation reports. Confusion rows are true labels, columns predictions (counts).
struct EvaluationMetrics {
    int samples = 0;
    double accuracy = 0.0;
    double meanClassAccuracy = 0.0;    // mean recall over classes that have support
    double negativeLogLikelihood = 0.0;
    double expectedCalibrationError = 0.0; // 15 equal-width confidence bins
    std::vector<ClassMetrics> perClass;
    std::vector<std::vector<int>> confusion;

    // Builds every figure from per-sample records; numClasses fixes the matrix size. Records without a
    // usable prediction (label or prediction out of range, non-finite confidence or loss) are left out.
    static EvaluationMetrics fromRecords(const std::vector<EvalRecord>& records, int numClasses);
    // Fills predicted/loss/margin/confidence of a record from its probabilities and label. Non-finite
    // probabilities give predicted = -1 (no prediction). Throws std::invalid_argument when empty.
    static void completeRecord(EvalRecord& record);
    // Row-normalised copy of a confusion matrix (rows without samples stay zero).
    static std::vector<std::vector<double>> rowNormalized(const std::vector<std::vector<int>>& confusion);
};

} // namespace arm
