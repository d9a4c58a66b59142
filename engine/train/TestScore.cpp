#include "engine/train/TestScore.h"

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
    torch::InferenceMode inference;
    BatchLoaderOptions lo;
    lo.batchSize = batchSize;
    lo.workers = std::max(1, loaderThreads);
    const ModelConfig& cfg = model->config();
    BatchLoader loader(data, indices, BatchLoader::evalTransform(cfg.inputSize, cfg.norm), lo);
    const int k = cfg.numClasses;
    std::vector<int64_t> correct(static_cast<std::size_t>(k), 0), support(static_cast<std::size_t>(k), 0);
    double lossSum = 0.0;
    s.correct = correct;
    s.support = support;
    if (indices.empty()) // a rank's share of a tiny test set can be empty: its sums are zeros
        return s;
    Batch batch;
    while (loader.next(batch)) {
        problems.insert(problems.end(), batch.problems.begin(), batch.problems.end());
        if (cancel && cancel->load()) {
            s.cancelled = true;
            loader.cancel();
            return s;
        }
        const torch::Tensor y = batch.labels.to(dev);
        const torch::Tensor logits = model->forward(batch.images.to(dev)).to(torch::kFloat);
        lossSum += torch::nn::functional::cross_entropy(
                       logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                       .item<double>();
        const torch::Tensor hit = (logits.argmax(1) == y).to(torch::kCPU);
        const torch::Tensor yc = y.to(torch::kCPU);
        const auto* h = hit.data_ptr<bool>();
        const auto* l = yc.data_ptr<int64_t>();
        for (int64_t i = 0; i < yc.size(0); ++i) {
            ++support[static_cast<std::size_t>(l[i])];
            correct[static_cast<std::size_t>(l[i])] += h[i] ? 1 : 0;
        }
    }
    s.lossSum = lossSum;
    s.correct = std::move(correct);
    s.support = std::move(support);
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
