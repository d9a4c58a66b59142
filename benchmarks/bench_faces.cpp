// Faces from photos and videos (engine/faces): the stages of `arm-cli faces` / `predict --detect` on a
// 640x480 frame holding one real face (the test fixture, a NASA portrait, at ~120 px).
#include "engine/eval/Predictor.h"
#include "engine/faces/FaceAligner.h"
#include "engine/faces/FaceDetector.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"

#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <memory>
#include <stdexcept>

namespace {

const cv::Mat& frame640()
{
    static cv::Mat frame = [] {
        const std::string path = std::string(ARM_SOURCE_DIR) + "/tests/unit/faces/data/astronaut_face.jpg";
        const cv::Mat face = cv::imread(path);
        if (face.empty())
            throw std::runtime_error("cannot read " + path);
        cv::Mat f(480, 640, CV_8UC3, cv::Scalar(120, 110, 100));
        face.copyTo(f(cv::Rect(200, 120, face.cols, face.rows)));
        return f;
    }();
    return frame;
}

const arm::FaceDetector& detector()
{
    static arm::FaceDetector d{arm::FaceDetectorOptions{}};
    return d;
}

// What the CLI does per face: the 112 px model of the demo, bf16 where the CPU has it (predict's default).
arm::Predictor& predictor()
{
    static std::unique_ptr<arm::Predictor> p = [] {
        arm::Runtime::configureThreads(0);
        arm::ModelConfig c;
        c.inputSize = 112;
        torch::manual_seed(1);
        arm::FerNet net(c);
        auto out = std::make_unique<arm::Predictor>();
        arm::PredictorOptions o;
        o.precision = arm::Precision::Auto;
        out->setModel(net, c, o);
        return out;
    }();
    return *p;
}

} // namespace

// HOG detection + 68 landmarks at --min-size 80 (detection at the frame's own size).
static void BM_FaceDetect640(benchmark::State& state)
{
    const cv::Mat& f = frame640();
    for (auto _ : state) {
        const auto faces = detector().detect(f);
        if (faces.size() != 1)
            state.SkipWithError("expected one face");
        benchmark::DoNotOptimize(faces.data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_FaceDetect640)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

static void BM_FaceAlign(benchmark::State& state)
{
    const auto faces = detector().detect(frame640());
    const arm::FaceAligner aligner;
    for (auto _ : state)
        benchmark::DoNotOptimize(aligner.align(frame640(), faces.at(0).points5()).image.data);
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_FaceAlign)->MeasureProcessCPUTime();

// One frame end to end: detect + landmarks + align + classify the face at 112 px (resnet18-arm).
static void BM_FaceFrame640(benchmark::State& state)
{
    const arm::FaceAligner aligner;
    for (auto _ : state) {
        const auto faces = detector().detect(frame640());
        std::vector<cv::Mat> crops;
        std::vector<std::string> names;
        for (const auto& f : faces) {
            crops.push_back(aligner.align(frame640(), f.points5()).image);
            names.emplace_back("face");
        }
        benchmark::DoNotOptimize(predictor().predictImages(crops, names).data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_FaceFrame640)->Unit(benchmark::kMillisecond)->UseRealTime();
