#include "engine/analysis/ImageInspector.h"
#include "engine/model/ModelHandle.h"
#include "engine/model/FerNet.h"
#include "engine/analysis/ReceptiveField.h"
#include "engine/runtime/Runtime.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <memory>

namespace {

std::shared_ptr<arm::ModelHandle> model(int input)
{
    arm::ModelConfig cfg;
    cfg.arch = arm::Arch::ResNet18Arm;
    cfg.inputSize = input;
    return arm::ModelHandle::create(cfg);
}

cv::Mat image(int size, int seed)
{
    cv::Mat img(size, size, CV_8UC3);
    cv::RNG rng(seed);
    rng.fill(img, cv::RNG::UNIFORM, 0, 255);
    cv::GaussianBlur(img, img, cv::Size(15, 15), 5);
    return img;
}

} // namespace

// Every per-image analysis of issue 10 for one 224x224 image (resnet18-arm): backbone + head with
// autograd, Grad-CAM backward, analytic erosion, reflected pass, coverage, projections.
static void BM_InspectImage(benchmark::State& state)
{
    arm::Runtime::configureThreads(0);
    auto m = model(static_cast<int>(state.range(0)));
    const cv::Mat img = image(static_cast<int>(state.range(0)), 1);
    for (auto _ : state)
        benchmark::DoNotOptimize(arm::ImageInspector::inspect(*m, img));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_InspectImage)->Arg(224)->Arg(112)->Unit(benchmark::kMillisecond)->UseRealTime();

// Without the extras: arg 0 = neither Grad-CAM nor reflected pass, 1 = Grad-CAM only, 2 = reflected
// pass only. What each extra costs.
static void BM_InspectImageParts(benchmark::State& state)
{
    arm::Runtime::configureThreads(0);
    auto m = model(224);
    const cv::Mat img = image(224, 1);
    arm::InspectOptions o;
    o.gradCam = state.range(0) == 1;
    o.measuredErosion = state.range(0) == 2;
    for (auto _ : state)
        benchmark::DoNotOptimize(arm::ImageInspector::inspect(*m, img, o));
}
BENCHMARK(BM_InspectImageParts)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Batch affinity for B images at 224 (one batched backbone pass; alone/running reuse it).
static void BM_Affinity(benchmark::State& state)
{
    arm::Runtime::configureThreads(0);
    auto m = model(224);
    std::vector<cv::Mat> imgs;
    std::vector<int> labels;
    for (int i = 0; i < state.range(0); ++i) {
        imgs.push_back(image(224, i));
        labels.push_back(i % 7);
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(arm::ImageInspector::affinity(*m, imgs, labels));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * state.range(0)));
}
BENCHMARK(BM_Affinity)->Arg(64)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// Reference under the same machine load: one plain batch-of-1 forward at 224 (what a prediction costs).
static void BM_PlainForward224(benchmark::State& state)
{
    arm::Runtime::configureThreads(0);
    auto m = model(224);
    const torch::Tensor x = torch::randn({1, 3, 224, 224});
    torch::NoGradGuard noGrad;
    for (auto _ : state)
        benchmark::DoNotOptimize(m->network()->forward(x));
}
BENCHMARK(BM_PlainForward224)->Unit(benchmark::kMillisecond)->UseRealTime();

// The analytic receptive-field walk through the real backbone at 224 (done per inspection).
static void BM_ReceptiveFieldWalk224(benchmark::State& state)
{
    auto m = model(224);
    for (auto _ : state)
        benchmark::DoNotOptimize(arm::ReceptiveField::analyse(m->network()->features, 224));
}
BENCHMARK(BM_ReceptiveFieldWalk224)->Unit(benchmark::kMillisecond);
