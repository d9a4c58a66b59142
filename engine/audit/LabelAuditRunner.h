#pragma once

#include "engine/audit/CrossValidation.h"
#include "engine/data/DatasetIndex.h"
#include "engine/audit/LabelAudit.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace arm {

enum class AuditMethod { Scn, ConfidentLearning, Both };
// "scn", "cl", "both"; throws std::invalid_argument naming the value otherwise.
AuditMethod auditMethodFromString(const std::string& name);

struct AuditOptions {
    std::string weights;            // a model to take IN-SAMPLE probabilities from (cheap); empty = K-fold
    std::string device = "cpu";     // for --weights (cross-training uses crossTrain.device)
    CrossTrainOptions crossTrain;   // K-fold cross-training (out-of-sample probabilities)
    AuditMethod method = AuditMethod::Both;
    double delta = 0.2;             // SCN margin
    std::vector<int> sampleIndices; // samples to audit; empty = the Train split
    int batchSize = 64;             // evaluation batches with --weights
    int loaderThreads = 2;
};

// One method's ranked suggestions (sampleIndex = index into DatasetIndex::samples) and, when the dataset
// has a truth file, their precision and recall against it.
struct AuditMethodResult {
    std::string method;             // "scn" or "cl"
    std::vector<LabelSuggestion> suggestions;
    std::optional<AuditScore> score;
};

struct AuditResult {
    std::string source;             // how the probabilities were obtained, for reports
    std::vector<int> sampleIndices; // audited samples
    std::vector<std::vector<float>> probabilities; // aligned; empty row = could not be decoded
    std::vector<AuditMethodResult> methods;
    std::vector<double> foldAccuracy; // K-fold only
    int cachedRows = 0;             // rows (or with K-fold, folds) reused from the cache
    std::string truthFile;          // empty = none found
    int truthRows = 0;              // audited samples the truth file covers
    std::vector<Problem> problems;
    double seconds = 0.0;
    bool cancelled = false;
};

struct AuditProgress {
    std::string stage;              // "predict", or a CrossTrainProgress stage
    CrossTrainProgress crossTrain;  // filled during K-fold cross-training
    int done = 0, total = 0;        // predict stage
};

// The label audit end to end: probabilities (cached, in-sample from a model, or out-of-sample from
// K-fold cross-training) -> LabelAudit::scnRule / confidentLearning -> ranked suggestions -> scored
// against a truth file when the dataset has one.
class LabelAuditRunner {
public:
    static AuditResult run(const DatasetIndex& data, const AuditOptions& options,
                           const std::function<void(const AuditProgress&)>& progress = {},
                           const PredictionCache* cache = nullptr, const std::atomic<bool>* cancel = nullptr);

    // A file next to the label file (or in ROOT/EmoLabel) whose name contains "truth"; empty when none.
    static std::string findTruthFile(const DatasetIndex& data);
    // Reads "name clean given" lines (labels 1..numClasses, RAF-DB numbering) into clean labels per sample
    // (0-based, -1 for samples the file does not list). Throws std::runtime_error naming file:line for a
    // malformed line or a label out of range; names unknown to the dataset are ignored.
    static std::vector<int> readTruthFile(const std::string& path, const DatasetIndex& data);
};

} // namespace arm
