#include "engine/bench/Benchmark.h"

#include "engine/core/CpuFeatures.h"
#include "engine/core/HeapPolicy.h"
#include "engine/model/AutocastScope.h"
#include "engine/model/FastFerNet.h"
#include "engine/model/FerNet.h"
#include "engine/analysis/ImageInspector.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace arm {

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
    double totalSeconds = 0.0;
    double bestSeconds = 0.0;
};

// Runs fn warmup times untimed, then iters times timed.
template <typename Fn>
Timing timeIt(int warmup, int iters, Fn&& fn)
{
    for (int i = 0; i < warmup; ++i)
        fn();
    Timing t;
    t.bestSeconds = 1e300;
    for (int i = 0; i < iters; ++i) {
        const auto start = Clock::now();
        fn();
        const double s = std::chrono::duration<double>(Clock::now() - start).count();
        t.totalSeconds += s;
        t.bestSeconds = std::min(t.bestSeconds, s);
    }
    return t;
}

void toChannelsLast(FerNet& net)
{
    torch::NoGradGuard g;
    for (auto& p : net->parameters())
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
}

// A face-photo-like BGR image (blurred noise) as the inspector's input: it decodes nothing.
cv::Mat randomImage(int size, int seed)
{
    cv::Mat img(size, size, CV_8UC3);
    cv::RNG rng(seed);
    rng.fill(img, cv::RNG::UNIFORM, 0, 255);
    cv::GaussianBlur(img, img, cv::Size(15, 15), 5);
    return img;
}

} // namespace

long Benchmark::peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss; // kilobytes on Linux
}

BenchResult Benchmark::run(const BenchOptions& options, const Log& log)
{
    if (options.iters < 1 || options.warmup < 0 || options.batchSize < 1)
        throw std::invalid_argument("bench: --iters and --batch-size must be >= 1, --warmup >= 0");
    if (options.trainLayout != "contiguous" && options.trainLayout != "channels-last")
        throw std::invalid_argument("bench: --train-layout '" + options.trainLayout +
                                    "' is not one of contiguous, channels-last");
    auto say = [&log](const std::string& s) {
        if (log)
            log(s);
    };
    BenchResult r;
    r.options = options;
    r.threads = Runtime::threads();
    r.torchVersion = Runtime::torchVersion();
    const InferenceLayout layout = inferenceLayoutFromString(options.layout);
    r.resolvedLayout = toString(resolveInferenceLayout(layout, options.device));
    r.resolvedPrecision = resolvePrecision(options.precision, options.device);
    const bool bf16 = r.resolvedPrecision == Precision::Bf16;
    const CpuFeatures& cpu = CpuFeatures::host();
    r.cpuModel = cpu.model;
    r.cpuFlags = cpu.flags();
    r.bf16Support = cpu.bf16Support();
    r.heapPolicy = HeapPolicy::describe();

    ModelConfig cfg;
    cfg.arch = options.arch;
    cfg.inputSize = options.inputSize;
    cfg.generic = options.generic;
    torch::manual_seed(options.seed);
    const torch::Device device(options.device);
    const auto B = options.batchSize, S = options.inputSize;
    const torch::Tensor x = torch::randn({B, 3, S, S}).to(device);

    if (options.forward) {
        FerNet net(cfg);
        net->to(device);
        net->eval();
        if (options.generic == GenericMode::Running && net->isArm())
            net->setRunningGeneric(torch::zeros({net->geometry().dealbinoSize, net->geometry().dealbinoSize}));
        say("forward (plain FerNet, eval, InferenceMode)");
        const Timing plain = timeIt(options.warmup, options.iters, [&] {
            c10::InferenceMode guard;
            (void)net->forward(x);
        });
        r.forwardPlainImagesPerSecond = B * options.iters / plain.totalSeconds;
        r.forwardPlainBestBatchMs = plain.bestSeconds * 1e3;
        FastFerNet fast = fuseForInference(net, layout, r.resolvedPrecision);
        r.resolvedLayout = toString(fast->layout());
        say("forward (FastFerNet, " + r.resolvedLayout + ", " + toString(r.resolvedPrecision) + ")");
        if (!bf16) {
            const Timing t = timeIt(options.warmup, options.iters, [&] { (void)fast->forward(x); });
            r.forwardImagesPerSecond = B * options.iters / t.totalSeconds;
            r.forwardBestBatchMs = t.bestSeconds * 1e3;
        } else {
            FastFerNet reference = fuseForInference(net, layout, Precision::Fp32);
            say("  alternating with the fp32 FastFerNet (" + toString(reference->layout()) + "), round by round");
            for (int i = 0; i < options.warmup; ++i) {
                (void)reference->forward(x);
                (void)fast->forward(x);
            }
            std::vector<double> ratios;
            double fp32Total = 0.0, bf16Total = 0.0, best = 1e300;
            for (int i = 0; i < options.iters; ++i) {
                const Timing a = timeIt(0, 1, [&] { (void)reference->forward(x); });
                const Timing b = timeIt(0, 1, [&] { (void)fast->forward(x); });
                fp32Total += a.totalSeconds;
                bf16Total += b.totalSeconds;
                best = std::min(best, b.bestSeconds);
                ratios.push_back(a.totalSeconds / b.totalSeconds);
            }
            std::sort(ratios.begin(), ratios.end());
            r.forwardImagesPerSecond = B * options.iters / bf16Total;
            r.forwardBestBatchMs = best * 1e3;
            r.forwardFp32ImagesPerSecond = B * options.iters / fp32Total;
            r.bf16SpeedupMin = ratios.front();
            r.bf16SpeedupMax = ratios.back();
            const std::size_t n = ratios.size();
            r.bf16SpeedupMedian = n % 2 ? ratios[n / 2] : 0.5 * (ratios[n / 2 - 1] + ratios[n / 2]);
        }
    }

    if (options.train) {
        FerNet net(cfg);
        net->to(device);
        net->train();
        torch::Tensor input = x;
        if (options.trainLayout == "channels-last") {
            toChannelsLast(net);
            input = x.contiguous(at::MemoryFormat::ChannelsLast);
        }
        torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(1e-3));
        const torch::Tensor labels = torch::randint(0, cfg.numClasses, {B}, torch::kLong).to(device);
        say("train step (Adam, " + options.trainLayout + ", " + (bf16 ? "bf16 autocast" : "fp32") + ")");
        const Timing t = timeIt(options.warmup, options.iters, [&] {
            adam.zero_grad();
            torch::Tensor loss;
            {
                AutocastScope autocast(bf16, device); // forward in bf16; loss, backward and Adam in fp32
                loss = torch::nn::functional::cross_entropy(net->forward(input).to(torch::kFloat32), labels);
            }
            loss.backward();
            adam.step();
        });
        r.trainImagesPerSecond = B * options.iters / t.totalSeconds;
        r.trainBestBatchMs = t.bestSeconds * 1e3;
    }

    if (options.inspect || options.affinityBatch > 0) {
        ModelConfig icfg = cfg;
        if (icfg.generic == GenericMode::Running)
            icfg.generic = GenericMode::Batch; // a fresh model has no running feature
        const auto handle = ModelHandle::create(icfg, options.device);
        if (options.inspect) {
            const cv::Mat image = randomImage(S, 1);
            say("inspect (ImageInspector::inspect, one image)");
            const Timing t = timeIt(options.warmup, options.iters, [&] { (void)ImageInspector::inspect(*handle, image); });
            r.inspectMsPerImage = t.totalSeconds / options.iters * 1e3;
            r.inspectMethod = "ImageInspector::inspect: every per-image analysis (internals, coverage, erosion analytic "
                              "and measured, Grad-CAM), one " + std::to_string(S) + "px image";
        }
        if (options.affinityBatch > 0) {
            std::vector<cv::Mat> images;
            std::vector<int> labels;
            for (int i = 0; i < options.affinityBatch; ++i) {
                images.push_back(randomImage(S, 100 + i));
                labels.push_back(i % cfg.numClasses);
            }
            say("affinity (ImageInspector::affinity, " + std::to_string(options.affinityBatch) + " images)");
            const Timing t = timeIt(std::min(options.warmup, 1), std::max(1, options.iters / 4),
                                    [&] { (void)ImageInspector::affinity(*handle, images, labels); });
            r.affinitySeconds = t.totalSeconds / std::max(1, options.iters / 4);
        }
    }
    r.peakRssKb = peakRssKb();
    return r;
}

nlohmann::json BenchResult::toJson() const
{
    auto orNull = [](double v) { return v > 0.0 ? nlohmann::json(v) : nlohmann::json(nullptr); };
    return nlohmann::json{{"forward_images_per_second", orNull(forwardImagesPerSecond)},
                          {"forward_plain_images_per_second", orNull(forwardPlainImagesPerSecond)},
                          {"train_images_per_second", orNull(trainImagesPerSecond)},
                          {"inspect_ms_per_image", orNull(inspectMsPerImage)},
                          {"inspect_method", inspectMethod},
                          {"affinity_batch", options.affinityBatch},
                          {"affinity_seconds", orNull(affinitySeconds)},
                          {"forward_best_batch_ms", orNull(forwardBestBatchMs)},
                          {"forward_plain_best_batch_ms", orNull(forwardPlainBestBatchMs)},
                          {"train_best_batch_ms", orNull(trainBestBatchMs)},
                          {"threads", threads},
                          {"device", options.device},
                          {"arch", toString(options.arch)},
                          {"input_size", options.inputSize},
                          {"batch_size", options.batchSize},
                          {"iters", options.iters},
                          {"warmup", options.warmup},
                          {"generic", toString(options.generic)},
                          {"layout", resolvedLayout},
                          {"precision", toString(resolvedPrecision)},
                          {"cpu_model", cpuModel},
                          {"cpu_flags", cpuFlags},
                          {"bf16_support", bf16Support},
                          {"heap_policy", heapPolicy},
                          {"forward_fp32_images_per_second", orNull(forwardFp32ImagesPerSecond)},
                          {"bf16_speedup_median", orNull(bf16SpeedupMedian)},
                          {"bf16_speedup_min", orNull(bf16SpeedupMin)},
                          {"bf16_speedup_max", orNull(bf16SpeedupMax)},
                          {"train_layout", options.trainLayout},
                          {"torch_version", torchVersion},
                          {"peak_rss_kb", peakRssKb}};
}

} // namespace arm
