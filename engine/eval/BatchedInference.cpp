#include "engine/eval/BatchedInference.h"

#include "engine/loading/BatchLoader.h"
#include "engine/model/AutocastScope.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace arm {

BatchedInference::BatchedInference(const FerNet& net, const torch::Device& device, Precision precision,
                                   std::string source)
    : m_net(net)
    , m_device(device)
    , m_bf16(resolvePrecision(precision, device.is_cpu() ? "cpu" : device.str()) == Precision::Bf16)
    , m_source(std::move(source))
{
    if (m_device.is_cpu())
        m_fast = fuseForInference(m_net, InferenceLayout::Auto, m_bf16 ? Precision::Bf16 : Precision::Fp32);
}

torch::Tensor BatchedInference::logits(const torch::Tensor& images, const std::string& firstName)
{
    torch::InferenceMode inference;
    torch::Tensor out;
    if (m_fast) {
        out = m_fast->forward(images);
    } else {
        AutocastScope autocast(m_bf16, m_device); // the module path (CUDA): bf16 by autocast
        out = m_net->forward(images.to(m_device));
    }
    out = out.to(torch::kCPU, torch::kFloat32).contiguous();
    if (!torch::isfinite(out).all().item<bool>())
        throw std::runtime_error((m_source.empty() ? std::string("the model") : m_source) +
                                 ": the model produces NaN/Inf outputs (first on " + firstName +
                                 "): its weights are corrupt");
    return out;
}

bool BatchedInference::overSamples(const DatasetIndex& data, const std::vector<int>& order, int batchSize,
                                   int loaderThreads, const BatchFn& onBatch, const std::atomic<bool>* cancel,
                                   std::vector<Problem>& problems)
{
    if (order.empty())
        return true;
    BatchLoaderOptions lo;
    lo.batchSize = std::max(1, batchSize);
    lo.workers = std::max(1, loaderThreads);
    const ModelConfig& cfg = m_net->config();
    BatchLoader loader(data, order, BatchLoader::evalTransform(cfg.inputSize, cfg.norm), lo);
    const std::size_t before = problems.size();
    Batch batch;
    while (true) {
        if (cancel && cancel->load()) {
            loader.cancel();
            return false;
        }
        if (!loader.next(batch))
            break;
        problems.insert(problems.end(), batch.problems.begin(), batch.problems.end());
        const std::string& first = data.samples[static_cast<std::size_t>(batch.sampleIndices.front())].path;
        onBatch(batch, logits(batch.images, first));
    }
    // Failures of trailing batches that held no good sample are only in the loader's list.
    const std::vector<Problem> all = loader.problems();
    const std::size_t seen = problems.size() - before;
    if (all.size() > seen)
        problems.insert(problems.end(), all.begin() + static_cast<std::ptrdiff_t>(seen), all.end());
    return true;
}

} // namespace arm
