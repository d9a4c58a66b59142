#pragma once

#include "engine/dist/Collective.h"
#include "engine/dist/DistEnv.h"

#include <chrono>
#include <memory>

namespace arm {

// Collective over c10d: a TCPStore rendezvous at MASTER_ADDR:MASTER_PORT (hosted by rank 0, or by
// torchrun's agent) and ProcessGroupGloo on it, the pairing torch.distributed makes for
// init_process_group("gloo", init_method="env://"). c10d's headers stay in the .cpp: they need gloo's
// and USE_C10D_GLOO, which no other part of the project should see.
//
// `timeout` bounds the rendezvous and every collective: a rank that dies or hangs makes the others
// fail within it, with an error naming that rank when the store can tell (its failure report or the
// last step it reached).
class GlooCollective : public Collective {
public:
    GlooCollective(const DistEnv& env, std::chrono::milliseconds timeout);
    ~GlooCollective() override;
    GlooCollective(const GlooCollective&) = delete;
    GlooCollective& operator=(const GlooCollective&) = delete;

    int rank() const override;
    int worldSize() const override;
    void allReduce(std::vector<torch::Tensor>& tensors, Op op, const std::string& what) override;
    void broadcast(std::vector<torch::Tensor>& tensors, int root, const std::string& what) override;
    void heartbeat(std::int64_t step) override;
    void reportFailure(const std::string& reason) noexcept override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace arm
