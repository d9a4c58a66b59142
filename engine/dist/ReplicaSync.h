#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace arm {

class Collective;

// DistributedDataParallel's semantics for the trainer, over a Collective: the same initial state on
// every rank, a disjoint shard of every epoch's order per rank, gradients averaged in buckets, buffers
// (BatchNorm statistics, ARM's running F_generic) averaged before they are used or saved, and a check
// that every rank holds the same model. With no collective (a single process) every call is a no-op
// and shard() returns the order unchanged, so the trainer has one code path.
//
// Unlike torch's reducer, gradients are reduced after the backward pass instead of during it: on the
// CPUs this runs on, the backward already uses every core, so overlap would buy little (docs/DISTRIBUTED.md).
class ReplicaSync {
public:
    // torch's default bucket_cap_mb (25 MiB).
    static constexpr std::size_t kDefaultBucketBytes = std::size_t(25) << 20;

    explicit ReplicaSync(Collective* collective, std::size_t bucketBytes = kDefaultBucketBytes);

    bool active() const { return m_collective != nullptr; }
    int rank() const;
    int worldSize() const;

    // Positions rank, rank + world, ... of `order`, after dropping its tail to a multiple of the world
    // size (evenly = true: every rank gets as many, as the training loop needs for its lockstep
    // collectives) or keeping it (evenly = false: a test pass, where ranks may differ by one).
    static std::vector<int> shard(const std::vector<int>& order, int rank, int worldSize, bool evenly);
    std::vector<int> shard(const std::vector<int>& order, bool evenly) const;

    // Rank 0's parameters and buffers to every rank.
    void broadcastState(torch::nn::Module& module) const;
    // Sum over ranks of every rank's numbers (counts, loss sums, stop flags), in one small collective.
    std::vector<double> sum(const std::vector<double>& local, const std::string& what) const;
    // Averages the gradients of `params` that are defined (the same ones on every rank: which ones are
    // is decided by the model, not the data) and sums `stats` in the same collective.
    void averageGradients(const std::vector<torch::Tensor>& params, std::vector<double>& stats,
                          const std::string& what) const;
    // Averages the floating-point buffers (integer ones, like num_batches_tracked, agree already).
    void averageBuffers(torch::nn::Module& module, const std::string& what) const;
    // Throws std::runtime_error when the ranks' parameters and buffers are not bitwise identical.
    void checkIdentical(const torch::nn::Module& module, const std::string& what) const;
    // 64-bit hash of every parameter's and buffer's bytes, in registration order.
    static std::uint64_t stateHash(const torch::nn::Module& module);

    void heartbeat(std::int64_t step) const;
    void reportFailure(const std::string& reason) const noexcept;

private:
    // Flattens `tensors` into buckets of at most m_bucketBytes (a single larger tensor gets its own),
    // runs `reduce` on the buckets and copies the results back.
    template <class Reduce>
    void bucketed(const std::vector<torch::Tensor>& tensors, const Reduce& reduce) const;

    Collective* m_collective;
    std::size_t m_bucketBytes;
};

} // namespace arm
