#include "engine/dist/ReplicaSync.h"

#include "engine/core/Fnv1a.h"
#include "engine/dist/Collective.h"

#include <torch/torch.h>

#include <stdexcept>

namespace arm {

ReplicaSync::ReplicaSync(Collective* collective, std::size_t bucketBytes)
    : m_collective(collective), m_bucketBytes(bucketBytes > 0 ? bucketBytes : kDefaultBucketBytes)
{
}

int ReplicaSync::rank() const
{
    return m_collective ? m_collective->rank() : 0;
}

int ReplicaSync::worldSize() const
{
    return m_collective ? m_collective->worldSize() : 1;
}

std::vector<int> ReplicaSync::shard(const std::vector<int>& order, int rank, int worldSize, bool evenly)
{
    if (worldSize <= 1)
        return order;
    const std::size_t world = static_cast<std::size_t>(worldSize);
    const std::size_t end = evenly ? order.size() - order.size() % world : order.size();
    std::vector<int> mine;
    mine.reserve(end / world + 1);
    for (std::size_t i = static_cast<std::size_t>(rank); i < end; i += world)
        mine.push_back(order[i]);
    return mine;
}

std::vector<int> ReplicaSync::shard(const std::vector<int>& order, bool evenly) const
{
    return shard(order, rank(), worldSize(), evenly);
}

template <class Reduce>
void ReplicaSync::bucketed(const std::vector<torch::Tensor>& tensors, const Reduce& reduce) const
{
    // Buckets hold one dtype each: gloo reduces a whole flat tensor at once.
    std::vector<std::vector<torch::Tensor>> groups;
    std::vector<torch::Tensor> flats;
    std::size_t bytes = 0;
    for (const torch::Tensor& t : tensors) {
        const std::size_t size = static_cast<std::size_t>(t.numel() * t.element_size());
        const bool fits = !groups.empty() && groups.back().front().scalar_type() == t.scalar_type() &&
                          bytes + size <= m_bucketBytes;
        if (!fits) {
            groups.emplace_back();
            bytes = 0;
        }
        groups.back().push_back(t);
        bytes += size;
    }
    for (const auto& g : groups) {
        std::vector<torch::Tensor> views;
        for (const torch::Tensor& t : g)
            views.push_back(t.detach().reshape({-1}));
        flats.push_back(torch::cat(views).contiguous());
    }
    reduce(flats);
    for (std::size_t b = 0; b < groups.size(); ++b) {
        int64_t offset = 0;
        for (const torch::Tensor& t : groups[b]) {
            const int64_t n = t.numel();
            torch::NoGradGuard noGrad;
            t.detach().copy_(flats[b].narrow(0, offset, n).view(t.sizes()));
            offset += n;
        }
    }
}

void ReplicaSync::broadcastState(torch::nn::Module& module) const
{
    if (!m_collective)
        return;
    std::vector<torch::Tensor> state = module.parameters();
    for (const torch::Tensor& b : module.buffers())
        state.push_back(b);
    bucketed(state, [this](std::vector<torch::Tensor>& flats) {
        m_collective->broadcast(flats, 0, "sending rank 0's initial weights");
    });
}

std::vector<double> ReplicaSync::sum(const std::vector<double>& local, const std::string& what) const
{
    if (!m_collective || local.empty())
        return local;
    std::vector<torch::Tensor> t{torch::tensor(local, torch::kDouble)};
    m_collective->allReduce(t, Collective::Op::Sum, what);
    const double* p = t[0].data_ptr<double>();
    return std::vector<double>(p, p + local.size());
}

void ReplicaSync::averageGradients(const std::vector<torch::Tensor>& params, std::vector<double>& stats,
                                   const std::string& what) const
{
    if (!m_collective)
        return;
    std::vector<torch::Tensor> grads;
    for (const torch::Tensor& p : params)
        if (p.grad().defined())
            grads.push_back(p.grad());
    const double scale = 1.0 / double(worldSize());
    bucketed(grads, [&](std::vector<torch::Tensor>& flats) {
        torch::Tensor extra = torch::tensor(stats, torch::kDouble);
        flats.push_back(extra);
        m_collective->allReduce(flats, Collective::Op::Sum, what);
        flats.pop_back();
        for (torch::Tensor& f : flats)
            f.mul_(scale);
        const double* p = extra.data_ptr<double>();
        stats.assign(p, p + stats.size());
    });
}

void ReplicaSync::averageBuffers(torch::nn::Module& module, const std::string& what) const
{
    if (!m_collective)
        return;
    std::vector<torch::Tensor> floats;
    for (const torch::Tensor& b : module.buffers())
        if (b.is_floating_point())
            floats.push_back(b);
    const double scale = 1.0 / double(worldSize());
    bucketed(floats, [&](std::vector<torch::Tensor>& flats) {
        m_collective->allReduce(flats, Collective::Op::Sum, what);
        for (torch::Tensor& f : flats)
            f.mul_(scale);
    });
}

std::uint64_t ReplicaSync::stateHash(const torch::nn::Module& module)
{
    Fnv1a h;
    auto add = [&h](const torch::Tensor& t) {
        const torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
        h.update(c.data_ptr(), static_cast<std::size_t>(c.numel() * c.element_size()));
    };
    for (const torch::Tensor& p : module.parameters())
        add(p);
    for (const torch::Tensor& b : module.buffers())
        add(b);
    return h.value();
}

void ReplicaSync::checkIdentical(const torch::nn::Module& module, const std::string& what) const
{
    if (!m_collective)
        return;
    const auto hash = static_cast<int64_t>(stateHash(module));
    std::vector<torch::Tensor> lo{torch::tensor({hash}, torch::kLong)}, hi{torch::tensor({hash}, torch::kLong)};
    m_collective->allReduce(lo, Collective::Op::Min, what);
    m_collective->allReduce(hi, Collective::Op::Max, what);
    if (lo[0].item<int64_t>() != hi[0].item<int64_t>())
        throw std::runtime_error("rank " + std::to_string(rank()) + ": " + what +
                                 ": the ranks' models are no longer identical (a rank ran different code, "
                                 "data or settings); stopping before anything is saved");
}

void ReplicaSync::heartbeat(std::int64_t step) const
{
    if (m_collective)
        m_collective->heartbeat(step);
}

void ReplicaSync::reportFailure(const std::string& reason) const noexcept
{
    if (m_collective)
        m_collective->reportFailure(reason);
}

} // namespace arm
