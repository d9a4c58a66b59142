#include "engine/audit/LabelAudit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace arm {

namespace {
void checkShapes(const std::vector<std::vector<float>>& probabilities, const std::vector<int>& given)
{
    if (probabilities.size() != given.size())
        throw std::invalid_argument("label audit: " + std::to_string(probabilities.size()) +
                                    " probability rows for " + std::to_string(given.size()) + " labels");
}

std::string format(const char* fmt, double a, double b)
{
    char buf[128];
    std::snprintf(buf, sizeof buf, fmt, a, b);
    return buf;
}

void sortByScore(std::vector<LabelSuggestion>& s)
{
    std::stable_sort(s.begin(), s.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
}
} // namespace

std::vector<LabelSuggestion> LabelAudit::scnRule(const std::vector<std::vector<float>>& probabilities,
                                                 const std::vector<int>& given, double delta)
{
    checkShapes(probabilities, given);
    std::vector<LabelSuggestion> out;
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        const auto& p = probabilities[i];
        const int g = given[i];
        if (g < 0 || g >= static_cast<int>(p.size()))
            continue;
        const int top = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
        const double gap = p[static_cast<std::size_t>(top)] - p[static_cast<std::size_t>(g)];
        if (top != g && gap > delta)
            out.push_back({static_cast<int>(i), g, top, gap,
                           format("p(suggested) %.2f exceeds p(given) %.2f by more than the margin",
                                  p[static_cast<std::size_t>(top)], p[static_cast<std::size_t>(g)])});
    }
    sortByScore(out);
    return out;
}

std::vector<double> LabelAudit::perClassThresholds(const std::vector<std::vector<float>>& probabilities,
                                                   const std::vector<int>& given, int numClasses)
{
    checkShapes(probabilities, given);
    std::vector<double> sum(static_cast<std::size_t>(numClasses), 0.0);
    std::vector<int> count(static_cast<std::size_t>(numClasses), 0);
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        const int g = given[i];
        if (g < 0 || g >= numClasses || static_cast<int>(probabilities[i].size()) <= g)
            continue;
        sum[static_cast<std::size_t>(g)] += probabilities[i][static_cast<std::size_t>(g)];
        ++count[static_cast<std::size_t>(g)];
    }
    std::vector<double> t(static_cast<std::size_t>(numClasses), 1.0);
    for (std::size_t c = 0; c < t.size(); ++c)
        if (count[c] > 0)
            t[c] = sum[c] / count[c];
    return t;
}

std::vector<LabelSuggestion>
LabelAudit::confidentLearning(const std::vector<std::vector<float>>& probabilities,
                              const std::vector<int>& given)
{
    checkShapes(probabilities, given);
    if (probabilities.empty())
        return {};
    const int k = static_cast<int>(probabilities.front().size());
    const std::vector<double> t = perClassThresholds(probabilities, given, k);
    std::vector<LabelSuggestion> out;
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        const auto& p = probabilities[i];
        const int g = given[i];
        if (g < 0 || g >= k || static_cast<int>(p.size()) != k)
            continue;
        int confident = -1;
        for (int c = 0; c < k; ++c)
            if (p[static_cast<std::size_t>(c)] >= t[static_cast<std::size_t>(c)] &&
                (confident < 0 || p[static_cast<std::size_t>(c)] > p[static_cast<std::size_t>(confident)]))
                confident = c;
        if (confident >= 0 && confident != g)
            out.push_back({static_cast<int>(i), g, confident, 1.0 - p[static_cast<std::size_t>(g)],
                           format("p(suggested) %.2f reaches its class threshold; p(given) is only %.2f",
                                  p[static_cast<std::size_t>(confident)], p[static_cast<std::size_t>(g)])});
    }
    sortByScore(out);
    return out;
}

AuditScore LabelAudit::score(const std::vector<LabelSuggestion>& suggestions, const std::vector<int>& given,
                             const std::vector<int>& truth)
{
    if (given.size() != truth.size())
        throw std::invalid_argument("label audit: truth and given labels differ in length");
    AuditScore s;
    s.suggestions = static_cast<int>(suggestions.size());
    for (std::size_t i = 0; i < given.size(); ++i)
        s.noisySamples += given[i] != truth[i] ? 1 : 0;
    for (const LabelSuggestion& sg : suggestions) {
        const auto i = static_cast<std::size_t>(sg.sampleIndex);
        if (i >= given.size())
            continue;
        if (given[i] != truth[i]) {
            ++s.truePositives;
            s.correctSuggestedLabel += sg.suggested == truth[i] ? 1 : 0;
        }
    }
    // Walk the list in rank order (ties keep their order) until the recall target is met.
    std::vector<LabelSuggestion> ranked = suggestions;
    sortByScore(ranked);
    const int needed = static_cast<int>(std::ceil(AuditScore::kRankedRecall * s.noisySamples - 1e-9));
    int hits = 0;
    for (std::size_t k = 0; k < ranked.size() && s.noisySamples > 0; ++k) {
        const auto i = static_cast<std::size_t>(ranked[k].sampleIndex);
        hits += i < given.size() && given[i] != truth[i] ? 1 : 0;
        if (hits >= needed) {
            s.suggestionsAtRankedRecall = static_cast<int>(k + 1);
            s.precisionAtRankedRecall = static_cast<double>(hits) / static_cast<double>(k + 1);
            break;
        }
    }
    s.precision = s.suggestions > 0 ? static_cast<double>(s.truePositives) / s.suggestions : 0.0;
    s.recall = s.noisySamples > 0 ? static_cast<double>(s.truePositives) / s.noisySamples : 0.0;
    return s;
}

} // namespace arm
