#pragma once

#include <string>
#include <vector>

namespace arm {

// A likely label error: which sample, the label it has, the label the evidence points to, and how
// strongly (higher = more likely wrong). `reason` is a short human-readable explanation.
struct LabelSuggestion {
    int sampleIndex = -1;
    int given = -1;
    int suggested = -1;
    double score = 0.0;
    std::string reason;
};

struct AuditScore {
    int suggestions = 0;
    int noisySamples = 0;          // samples whose given label differs from the truth
    int truePositives = 0;         // suggestions on noisy samples
    int correctSuggestedLabel = 0; // ... whose suggested label equals the truth
    double precision = 0.0;
    double recall = 0.0;
    // The list is ranked (best first) and annotators work down it: the precision of the shortest top-ranked
    // prefix whose recall reaches kRankedRecall, and that prefix's length. -1 when the whole list does not
    // reach that recall.
    static constexpr double kRankedRecall = 0.6;
    double precisionAtRankedRecall = -1.0;
    int suggestionsAtRankedRecall = -1;
};

// Ranks likely label errors from (preferably out-of-sample) class probabilities. Pure arithmetic on
// probabilities: the K-fold cross-training that produces them lives in the trainer.
class LabelAudit {
public:
    // SCN's relabelling rule: suggest argmax p when p_max - p_given > delta.
    static std::vector<LabelSuggestion> scnRule(const std::vector<std::vector<float>>& probabilities,
                                                const std::vector<int>& given, double delta = 0.2);
    // Confident learning: per-class threshold t_j = mean p_j over samples labelled j; a sample whose
    // confident label (argmax p_k among classes with p_k >= t_k) differs from its given label is a
    // suggestion, ranked by how little self-confidence (p_given) it has.
    static std::vector<LabelSuggestion>
    confidentLearning(const std::vector<std::vector<float>>& probabilities, const std::vector<int>& given);
    static std::vector<double> perClassThresholds(const std::vector<std::vector<float>>& probabilities,
                                                  const std::vector<int>& given, int numClasses);
    // Precision/recall of suggestions against clean labels (truth[i] for sample i).
    static AuditScore score(const std::vector<LabelSuggestion>& suggestions, const std::vector<int>& given,
                            const std::vector<int>& truth);
};

} // namespace arm
