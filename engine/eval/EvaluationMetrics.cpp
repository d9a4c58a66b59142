#include "engine/eval/EvaluationMetrics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace arm {

void EvaluationMetrics::completeRecord(EvalRecord& r)
{
    const auto& p = r.probabilities;
    if (p.empty())
        throw std::invalid_argument("sample record without probabilities");
    // NaN/Inf probabilities (corrupt weights, a damaged cache) have no argmax: the record says "no
    // prediction" (predicted -1), which fromRecords leaves out, instead of a made-up class.
    if (!std::all_of(p.begin(), p.end(), [](float v) { return std::isfinite(v); })) {
        r.predicted = -1;
        r.confidence = 0.0f;
        r.loss = 0.0f;
        r.margin = 0.0f;
        return;
    }
    r.predicted = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
    r.confidence = p[static_cast<std::size_t>(r.predicted)];
    if (r.label >= 0 && r.label < static_cast<int>(p.size())) {
        const float pg = p[static_cast<std::size_t>(r.label)];
        // Clamp so that a probability of exactly 0 gives a large but finite loss.
        r.loss = -std::log(std::max(pg, 1e-12f));
        float other = 0.0f;
        for (std::size_t k = 0; k < p.size(); ++k)
            if (static_cast<int>(k) != r.label)
                other = std::max(other, p[k]);
        r.margin = pg - other;
    }
}

EvaluationMetrics EvaluationMetrics::fromRecords(const std::vector<EvalRecord>& records, int numClasses)
{
    if (numClasses <= 0)
        throw std::invalid_argument("numClasses must be positive");
    EvaluationMetrics m;
    m.confusion.assign(static_cast<std::size_t>(numClasses), std::vector<int>(static_cast<std::size_t>(numClasses), 0));
    m.perClass.assign(static_cast<std::size_t>(numClasses), {});

    constexpr int kBins = 15;
    std::vector<double> binConfidence(kBins, 0.0), binCorrect(kBins, 0.0);
    std::vector<int> binCount(kBins, 0);
    int correct = 0;
    double nll = 0.0;
    for (const EvalRecord& r : records) {
        if (r.label < 0 || r.label >= numClasses || r.predicted < 0 || r.predicted >= numClasses)
            continue;
        // A NaN confidence cast to a bin index is undefined behaviour (it crashed eval and audit).
        if (!std::isfinite(r.confidence) || !std::isfinite(r.loss))
            continue;
        ++m.samples;
        ++m.confusion[static_cast<std::size_t>(r.label)][static_cast<std::size_t>(r.predicted)];
        const bool ok = r.label == r.predicted;
        correct += ok ? 1 : 0;
        nll += r.loss;
        const double c = std::clamp(static_cast<double>(r.confidence), 0.0, 1.0);
        const int bin = std::min(kBins - 1, static_cast<int>(c * kBins));
        binConfidence[static_cast<std::size_t>(bin)] += c;
        binCorrect[static_cast<std::size_t>(bin)] += ok ? 1.0 : 0.0;
        ++binCount[static_cast<std::size_t>(bin)];
    }
    if (m.samples == 0)
        return m;
    m.accuracy = static_cast<double>(correct) / m.samples;
    m.negativeLogLikelihood = nll / m.samples;
    for (int b = 0; b < kBins; ++b)
        if (binCount[static_cast<std::size_t>(b)] > 0)
            m.expectedCalibrationError += std::abs(binConfidence[static_cast<std::size_t>(b)] -
                                                   binCorrect[static_cast<std::size_t>(b)]) / m.samples;

    double recallSum = 0.0;
    int classesWithSupport = 0;
    for (int c = 0; c < numClasses; ++c) {
        const auto cc = static_cast<std::size_t>(c);
        int rowSum = 0, colSum = 0;
        for (int k = 0; k < numClasses; ++k) {
            rowSum += m.confusion[cc][static_cast<std::size_t>(k)];
            colSum += m.confusion[static_cast<std::size_t>(k)][cc];
        }
        const int tp = m.confusion[cc][cc];
        ClassMetrics& cm = m.perClass[cc];
        cm.support = rowSum;
        cm.precision = colSum > 0 ? static_cast<double>(tp) / colSum : 0.0;
        cm.recall = rowSum > 0 ? static_cast<double>(tp) / rowSum : 0.0;
        cm.f1 = cm.precision + cm.recall > 0 ? 2 * cm.precision * cm.recall / (cm.precision + cm.recall) : 0.0;
        if (rowSum > 0) {
            recallSum += cm.recall;
            ++classesWithSupport;
        }
    }
    m.meanClassAccuracy = classesWithSupport > 0 ? recallSum / classesWithSupport : 0.0;
    return m;
}

std::vector<std::vector<double>> EvaluationMetrics::rowNormalized(const std::vector<std::vector<int>>& confusion)
{
    std::vector<std::vector<double>> out;
    out.reserve(confusion.size());
    for (const auto& row : confusion) {
        double sum = 0.0;
        for (int v : row)
            sum += v;
        std::vector<double> r(row.size(), 0.0);
        if (sum > 0)
            for (std::size_t k = 0; k < row.size(); ++k)
                r[k] = row[k] / sum;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace arm
