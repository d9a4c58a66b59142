#include "engine/train/TestScore.h"

#include "engine/eval/BatchedInference.h"
#include "engine/loading/BatchLoader.h"

#include <torch/torch.h>

#include <algorithm>

namespace arm {

TestScore TestScore::measure(FerNet& model, const DatasetIndex& data, const std::vector<int>& indices, int batchSize,
                             int loaderThreads, const torch::Device& dev, const std::atomic<bool>* cancel,
                             std::vector<Problem>& problems)
{
    TestScore s;
    model->eval();
    const int k = model->config().numClasses;
    s.correct.assign(static_cast<std::size_t>(k), 0);
    s.support.assign(static_cast<std::size_t>(k), 0);
    if (indices.empty()) // a rank's share of a tiny test set can be empty: its sums are zeros
        return s;
    // The evaluator's own pass (fp32: the score that picks best.ckpt is the reference one), so a test
    // accuracy in metrics.json is what `arm-cli eval` reports for the same checkpoint.
    BatchedInference inference(model, dev, Precision::Fp32, "the network being trained");
    const bool finished = inference.overSamples(
        data, indices, batchSize, loaderThreads,
        [&](const Batch& batch, const torch::Tensor& logits) {
            s.lossSum += torch::nn::functional::cross_entropy(
                             logits, batch.labels,
                             torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                             .item<double>();
            const torch::Tensor hit = logits.argmax(1) == batch.labels;
            const auto* h = hit.data_ptr<bool>();
            const auto* l = batch.labels.data_ptr<int64_t>();
            for (int64_t i = 0; i < batch.labels.size(0); ++i) {
                ++s.support[static_cast<std::size_t>(l[i])];
                s.correct[static_cast<std::size_t>(l[i])] += h[i] ? 1 : 0;
            }
        },
        cancel, problems);
    if (!finished) {
        s.cancelled = true;
        return s;
    }
    return fromCounts(s.counts(), k);
}

std::vector<double> TestScore::counts() const
{
    std::vector<double> c{lossSum};
    c.insert(c.end(), correct.begin(), correct.end());
    c.insert(c.end(), support.begin(), support.end());
    return c;
}

TestScore TestScore::fromCounts(const std::vector<double>& counts, int numClasses)
{
    TestScore s;
    const std::size_t k = static_cast<std::size_t>(numClasses);
    if (counts.size() != 1 + 2 * k)
        return s;
    s.lossSum = counts[0];
    int64_t n = 0, hits = 0;
    int classes = 0;
    double recallSum = 0.0;
    for (std::size_t c = 0; c < k; ++c) {
        s.correct.push_back(static_cast<int64_t>(counts[1 + c]));
        s.support.push_back(static_cast<int64_t>(counts[1 + k + c]));
        hits += s.correct.back();
        n += s.support.back();
        if (s.support.back() > 0) {
            ++classes;
            recallSum += double(s.correct.back()) / double(s.support.back());
        }
    }
    if (n == 0)
        return s;
    s.loss = s.lossSum / double(n);
    s.accuracy = double(hits) / double(n);
    s.meanClassAccuracy = classes > 0 ? recallSum / classes : 0.0;
    return s;
}

} // namespace arm
