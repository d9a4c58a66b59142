#pragma once

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace arm {

// The collectives a data-parallel trainer needs, over whatever transport (GlooCollective: c10d's
// ProcessGroupGloo). Every rank must make the same calls in the same order. Failures throw
// std::runtime_error in plain words naming this rank and, where it can be found out, the rank that
// stopped; `what` names the step ("gradient all-reduce, epoch 2 step 14").
class Collective {
public:
    enum class Op { Sum, Min, Max };

    virtual ~Collective() = default;
    virtual int rank() const = 0;
    virtual int worldSize() const = 0;

    // Each tensor in place (contiguous, same shapes on every rank). All are started before the first
    // is waited for, so buckets travel while the next is being reduced.
    virtual void allReduce(std::vector<torch::Tensor>& tensors, Op op, const std::string& what) = 0;
    virtual void broadcast(std::vector<torch::Tensor>& tensors, int root, const std::string& what) = 0;

    // This rank has reached `step`; read back by the others to name a rank that died or hung.
    virtual void heartbeat(std::int64_t step) = 0;
    // This rank is failing for `reason`: the others name it instead of waiting for their timeout.
    virtual void reportFailure(const std::string& reason) noexcept = 0;
};

} // namespace arm
