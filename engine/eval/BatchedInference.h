#pragma once

#include "engine/core/Precision.h"
#include "engine/data/DatasetIndex.h"
#include "engine/model/FastFerNet.h"
#include "engine/model/FerNet.h"

#include <torch/types.h>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace arm {

struct Batch;

// The one batched forward pass of the project: the Evaluator, the Predictor and the trainer's test pass
// all go through it, so the choice of path (BN-folded copy on the CPU, module elsewhere), the precision and
// the non-finite check are made in one place and the three can never disagree on the same weights.
class BatchedInference {
public:
    // Fuses `net` once (on the CPU: the BN-folded oneDNN copy, ~1.7x faster, same logits within 1e-4;
    // docs/PERFORMANCE.md); elsewhere the module runs, under bf16 autocast when the precision resolves to
    // bf16. A snapshot: later changes to `net` are not seen. `source` names the model in errors.
    BatchedInference(const FerNet& net, const torch::Device& device, Precision precision, std::string source);

    // images: (B, 3, S, S) float on any device -> logits (B, classes), float32, CPU, contiguous. Throws
    // std::runtime_error naming the model and `firstName` (the batch's first image) when any logit is
    // NaN/Inf: corrupt weights give an error, never made-up predictions.
    torch::Tensor logits(const torch::Tensor& images, const std::string& firstName);

    using BatchFn = std::function<void(const Batch& batch, const torch::Tensor& logits)>;
    // One pass over dataset samples `order` in batches (eval transform, `loaderThreads` decoders): calls
    // onBatch in order with each batch and its logits. Decode failures are appended to `problems` (also
    // those of trailing batches that held no good sample). Returns false when cancelled (polled between
    // batches).
    bool overSamples(const DatasetIndex& data, const std::vector<int>& order, int batchSize, int loaderThreads,
                     const BatchFn& onBatch, const std::atomic<bool>* cancel, std::vector<Problem>& problems);

    bool bf16() const { return m_bf16; }
    const ModelConfig& config() const { return m_net->config(); }

private:
    FerNet m_net;
    FastFerNet m_fast{nullptr};
    torch::Device m_device;
    bool m_bf16 = false;
    std::string m_source;
};

} // namespace arm
