#include "engine/core/Grid.h"
#include "engine/runtime/TensorConvert.h"

#include <benchmark/benchmark.h>
#include <torch/torch.h>

static void BM_TensorToGrid(benchmark::State& state)
{
    const torch::Tensor t = torch::rand({112, 112});
    for (auto _ : state)
        benchmark::DoNotOptimize(arm::TensorConvert::toGrid(t));
}
BENCHMARK(BM_TensorToGrid);

BENCHMARK_MAIN();
