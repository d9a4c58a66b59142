#include "engine/synth/SynthDatasetWriter.h"
#include "engine/synth/SynthFaceRenderer.h"

#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>

// One synthetic face: parameter sampling + drawing (2x supersampled) + photometric nuisances.
static void BM_SynthRender(benchmark::State& state)
{
    arm::SynthOptions o;
    o.count = 1000;
    const auto plan = arm::SynthDatasetWriter::plan(o);
    const arm::SynthFaceRenderer renderer(o.size);
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& s = plan[i++ % plan.size()];
        benchmark::DoNotOptimize(renderer.render(arm::SynthDatasetWriter::sampleParams(o, s)));
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_SynthRender)->MeasureProcessCPUTime();

// What `arm-cli synth` does per image before the file write: render + JPEG encode (quality 95).
static void BM_SynthRenderEncode(benchmark::State& state)
{
    arm::SynthOptions o;
    o.count = 1000;
    const auto plan = arm::SynthDatasetWriter::plan(o);
    const arm::SynthFaceRenderer renderer(o.size);
    const std::vector<int> params{cv::IMWRITE_JPEG_QUALITY, o.jpegQuality};
    std::vector<uchar> buf;
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& s = plan[i++ % plan.size()];
        cv::imencode(".jpg", renderer.render(arm::SynthDatasetWriter::sampleParams(o, s)), buf, params);
        benchmark::DoNotOptimize(buf.data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_SynthRenderEncode)->MeasureProcessCPUTime();
