// The model's hot pieces: the de-albino conv (channels folded into the batch vs the authors' per-map
// loop), the ARM head, the full forward (plain vs fused) at batch 1 and 32, and thumbnail decoding.
// Dataset index opening is in bench_dataset.cpp.
#include "engine/model/ArmGeometry.h"
#include "engine/data/DatasetOpener.h"
#include "engine/model/FastFerNet.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

arm::FerNet makeNet(int inputSize)
{
    arm::Runtime::configureThreads(0);
    arm::ModelConfig c;
    c.inputSize = inputSize;
    torch::manual_seed(1);
    arm::FerNet net(c);
    net->eval();
    return net;
}

// A face-photo-like 100x100 JPEG (blurred noise: realistic entropy), written once per process.
const std::string& jpeg100()
{
    static const std::string path = [] {
        const fs::path p = fs::temp_directory_path() / ("arm-bench-thumb-" + std::to_string(::getpid()) + ".jpg");
        cv::Mat img(100, 100, CV_8UC3);
        cv::RNG rng(3);
        rng.fill(img, cv::RNG::UNIFORM, 0, 255);
        cv::GaussianBlur(img, img, cv::Size(7, 7), 2.0);
        cv::imwrite(p.string(), img);
        return p.string();
    }();
    return path;
}

struct RemoveJpeg {
    ~RemoveJpeg()
    {
        std::error_code ec;
        fs::remove(fs::temp_directory_path() / ("arm-bench-thumb-" + std::to_string(::getpid()) + ".jpg"), ec);
    }
} removeJpeg;

} // namespace

// Arranged maps (B, 2, 112, 112) -> (B, 2, 11, 11): ArmHead::dealbino, ONE conv with the maps in the batch.
static void BM_DealbinoFolded(benchmark::State& state)
{
    arm::FerNet net = makeNet(224);
    const torch::Tensor arranged = torch::randn({state.range(0), 2, 112, 112});
    c10::InferenceMode guard;
    for (auto _ : state)
        benchmark::DoNotOptimize(net->arm->dealbino(arranged));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_DealbinoFolded)->Arg(1)->Arg(32)->Unit(benchmark::kMicrosecond);

// The authors' version: the same kernel on each map in a loop, then concatenated.
static void BM_DealbinoLoop(benchmark::State& state)
{
    arm::FerNet net = makeNet(224);
    const torch::Tensor arranged = torch::randn({state.range(0), 2, 112, 112});
    c10::InferenceMode guard;
    for (auto _ : state) {
        std::vector<torch::Tensor> maps;
        for (int64_t c = 0; c < arranged.size(1); ++c)
            maps.push_back(net->arm->de_albino->forward(arranged.slice(1, c, c + 1)));
        benchmark::DoNotOptimize(torch::cat(maps, 1));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_DealbinoLoop)->Arg(1)->Arg(32)->Unit(benchmark::kMicrosecond);

// The whole ARM after the arrangement (de-albino, BN, F_unique, F_generic, F_expression), eval mode.
static void BM_ArmHead(benchmark::State& state)
{
    arm::FerNet net = makeNet(224);
    const torch::Tensor arranged = torch::randn({state.range(0), 2, 112, 112});
    c10::InferenceMode guard;
    for (auto _ : state) {
        arm::ArmInternals out;
        net->arm->forward(arranged, out);
        benchmark::DoNotOptimize(out.fExpression);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ArmHead)->Arg(1)->Arg(32)->Unit(benchmark::kMicrosecond);

// Full resnet18-arm @224 forward, plain FerNet (eval, InferenceMode).
static void BM_ForwardPlain(benchmark::State& state)
{
    arm::FerNet net = makeNet(224);
    const torch::Tensor x = torch::randn({state.range(0), 3, 224, 224});
    c10::InferenceMode guard;
    for (auto _ : state)
        benchmark::DoNotOptimize(net->forward(x));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ForwardPlain)->Arg(1)->Arg(32)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// The same through the fused inference path (FastFerNet); range(1) selects the layout.
static void BM_ForwardFused(benchmark::State& state)
{
    static const arm::InferenceLayout layouts[] = {arm::InferenceLayout::Mkldnn, arm::InferenceLayout::ChannelsLast,
                                                   arm::InferenceLayout::Contiguous};
    const arm::InferenceLayout layout = layouts[state.range(1)];
    arm::FastFerNet fast = arm::fuseForInference(makeNet(224), layout);
    state.SetLabel(arm::toString(layout));
    const torch::Tensor x = torch::randn({state.range(0), 3, 224, 224});
    for (auto _ : state)
        benchmark::DoNotOptimize(fast->forward(x));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ForwardFused)
    ->ArgsProduct({{1, 32}, {0, 1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

// Gallery thumbnail: decode a 100x100 JPEG the engine's way (DatasetOpener::loadImage), resize to the
// thumbnail size and convert to RGB (what a QImage::Format_RGB888 wraps without another copy).
static void BM_ThumbnailDecode(benchmark::State& state)
{
    arm::Sample s;
    s.name = "thumb";
    s.path = jpeg100();
    const int side = static_cast<int>(state.range(0));
    cv::Mat rgb;
    for (auto _ : state) {
        const cv::Mat bgr = arm::DatasetOpener::loadImage(s);
        cv::Mat small;
        cv::resize(bgr, small, cv::Size(side, side), 0, 0, cv::INTER_AREA);
        cv::cvtColor(small, rgb, cv::COLOR_BGR2RGB);
        benchmark::DoNotOptimize(rgb.data);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ThumbnailDecode)->Arg(64)->Arg(96)->Unit(benchmark::kMicrosecond);
