#include "engine/Benchmark.h"

#include "engine/FastFerNet.h"
#include "engine/FerNet.h"
#include "engine/Runtime.h"
#include "engine/TensorConvert.h"

#include <nlohmann/json.hpp>
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

// Stand-in for ImageInspector::inspect until the analyses land: the work one image's analyses need from
// the model (forward keeping the internals, a Grad-CAM backward to the last stage, the reflected
// forward for measured erosion) and the copies of every grid to the torch-free side.
void inspectEstimate(FerNet& net, const torch::Tensor& image)
{
    ArmInternals in = net->forwardWithInternals(image);
    const int64_t cls = in.logits.argmax(1).item<int64_t>();
    const torch::Tensor grad = torch::autograd::grad({in.logits.select(0, 0).select(0, cls)}, {in.features})[0];
    const torch::Tensor cam = torch::relu((grad.mean({2, 3}, true) * in.features).sum(1, true));
    const auto size = image.size(2);
    const torch::Tensor camImage =
        torch::upsample_bilinear2d(cam, std::vector<int64_t>{size, size}, false).squeeze();
    torch::NoGradGuard g;
    const int64_t pad = size / 4;
    const torch::Tensor reflected =
        torch::reflection_pad2d(image, std::vector<int64_t>{pad, pad, pad, pad});
    const torch::Tensor extended = net->features->forward(reflected);
    (void)TensorConvert::toGrid(camImage);
    if (in.fUnique.defined()) {
        for (int c = 0; c < 2; ++c) {
            (void)TensorConvert::toGrid(in.arranged.select(0, 0).select(0, c));
            (void)TensorConvert::toGrid(in.dealbinoRaw.select(0, 0).select(0, c));
            (void)TensorConvert::toGrid(in.dealbinoBn.select(0, 0).select(0, c));
        }
        (void)TensorConvert::toGrid(in.fUnique.select(0, 0));
        (void)TensorConvert::toGrid(in.fExpression.select(0, 0));
    }
    (void)TensorConvert::toGrid(extended.select(0, 0).abs().mean(0));
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
    const InferenceLayout layout = resolveInferenceLayout(inferenceLayoutFromString(options.layout), options.device);
    r.resolvedLayout = toString(layout);

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
        say("forward (FastFerNet, " + r.resolvedLayout + ")");
        FastFerNet fast = fuseForInference(net, layout);
        const Timing t = timeIt(options.warmup, options.iters, [&] { (void)fast->forward(x); });
        r.forwardImagesPerSecond = B * options.iters / t.totalSeconds;
        r.forwardBestBatchMs = t.bestSeconds * 1e3;
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
        say("train step (Adam, " + options.trainLayout + ")");
        const Timing t = timeIt(options.warmup, options.iters, [&] {
            adam.zero_grad();
            const torch::Tensor loss = torch::nn::functional::cross_entropy(net->forward(input), labels);
            loss.backward();
            adam.step();
        });
        r.trainImagesPerSecond = B * options.iters / t.totalSeconds;
        r.trainBestBatchMs = t.bestSeconds * 1e3;
    }

    if (options.inspect) {
        FerNet net(cfg);
        net->to(device);
        net->eval();
        if (options.generic == GenericMode::Running && net->isArm())
            net->setRunningGeneric(torch::zeros({net->geometry().dealbinoSize, net->geometry().dealbinoSize}));
        const torch::Tensor image = x.slice(0, 0, 1);
        say("inspect (one image)");
        const Timing t = timeIt(options.warmup, options.iters, [&] { inspectEstimate(net, image); });
        r.inspectMsPerImage = t.totalSeconds / options.iters * 1e3;
        r.inspectMethod = "estimate: forwardWithInternals + Grad-CAM backward + reflected forward + grid copies "
                          "(ImageInspector not merged yet)";
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
                          {"train_layout", options.trainLayout},
                          {"torch_version", torchVersion},
                          {"peak_rss_kb", peakRssKb}};
}

} // namespace arm
