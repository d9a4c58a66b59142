// Data-parallel training's communication (engine/dist): averaging ResNet-18+ARM's gradients (11.2 M
// floats, 45 MB) between two ranks over loopback Gloo, in 25 MiB buckets as the trainer does. The
// partner rank is a thread running the same number of iterations (fixed, hence ->Iterations()).
#include "engine/dist/GlooCollective.h"
#include "engine/dist/ReplicaSync.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"

#include "../tests/unit/dist/FreePort.h"

#include <benchmark/benchmark.h>
#include <torch/torch.h>

#include <thread>

namespace {

constexpr int kIterations = 10;

std::vector<torch::Tensor> gradientsOfDemoModel()
{
    arm::ModelConfig c;
    c.inputSize = 112;
    arm::FerNet net(c);
    std::vector<torch::Tensor> params = net->parameters();
    for (auto& p : params)
        p.mutable_grad() = torch::randn_like(p);
    return params;
}

void BM_AllReduceResNet18ArmGradients(benchmark::State& state)
{
    arm::Runtime::configureThreads(1);
    const int port = fixtures::freeLoopbackPort();
    auto env = [port](int rank) {
        arm::DistEnv e;
        e.rank = rank;
        e.worldSize = 2;
        e.masterAddr = "127.0.0.1";
        e.masterPort = port;
        return e;
    };
    std::thread partner([&] {
        arm::GlooCollective c(env(1), std::chrono::milliseconds(120000));
        const arm::ReplicaSync sync(&c);
        std::vector<torch::Tensor> params = gradientsOfDemoModel();
        for (int i = 0; i < kIterations + 1; ++i) {
            std::vector<double> stats{1.0};
            sync.averageGradients(params, stats, "benchmark");
        }
    });
    arm::GlooCollective c(env(0), std::chrono::milliseconds(120000));
    const arm::ReplicaSync sync(&c);
    std::vector<torch::Tensor> params = gradientsOfDemoModel();
    std::vector<double> stats{1.0};
    sync.averageGradients(params, stats, "warm-up");
    std::int64_t bytes = 0;
    for (const auto& p : params)
        bytes += p.numel() * p.element_size();
    for (auto _ : state) {
        std::vector<double> s{1.0};
        sync.averageGradients(params, s, "benchmark");
    }
    partner.join();
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_AllReduceResNet18ArmGradients)->Iterations(kIterations)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
