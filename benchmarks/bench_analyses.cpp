#include "engine/ImageInspector.h"
#include "engine/ModelHandle.h"
#include "engine/Runtime.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

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

// The same without the reflected pass and Grad-CAM: what the two extras cost.
static void BM_InspectImageForwardOnly(benchmark::State& state)
{
    arm::Runtime::configureThreads(0);
    auto m = model(224);
    const cv::Mat img = image(224, 1);
    arm::InspectOptions o;
    o.gradCam = false;
    o.measuredErosion = false;
    for (auto _ : state)
        benchmark::DoNotOptimize(arm::ImageInspector::inspect(*m, img, o));
}
BENCHMARK(BM_InspectImageForwardOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

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
