#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"

#include "engine/bench/Benchmark.h"
#include "engine/core/CpuFeatures.h"
#include "engine/runtime/Runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

namespace arm::cli {

namespace {

struct BenchCliOptions {
    std::string arch = "resnet18-arm";
    std::string generic = "batch";
    BenchOptions bench;
    std::string precision = toString(PrecisionDefaults::bench);
    bool noForward = false, noTrain = false, noInspect = false;
    bool json = false;
};

int runBench(BenchCliOptions opt, const CliContext& ctx)
{
    BenchOptions& b = opt.bench;
    b.arch = archFromString(opt.arch);
    b.generic = genericModeFromString(opt.generic);
    b.device = Runtime::resolveDevice(ctx.device);
    b.seed = ctx.seed;
    b.forward = !opt.noForward;
    b.train = !opt.noTrain;
    b.inspect = !opt.noInspect;
    b.precision = precisionFromString(opt.precision);
    Benchmark::Log log;
    if (!ctx.quiet) {
        std::fprintf(stderr, "arm-cli bench: %s @%d, batch %d, %d iteration(s) after %d warm-up, %d thread(s), %s\n",
                     opt.arch.c_str(), b.inputSize, b.batchSize, b.iters, b.warmup, Runtime::threads(),
                     b.device.c_str());
        const CpuFeatures& cpu = CpuFeatures::host();
        std::fprintf(stderr, "  CPU %s; native bf16: %s; %s\n", cpu.model.c_str(), cpu.bf16Support().c_str(),
                     describePrecision(b.precision, b.device).c_str());
        log = [](const std::string& s) { std::fprintf(stderr, "  %s\n", s.c_str()); };
    }
    const BenchResult r = Benchmark::run(b, log);
    if (opt.json) {
        printJson(r.toJson());
        return 0;
    }
    if (b.forward)
        std::printf("forward: %.2f images/s (fused, %s, %s); plain fp32 model %.2f images/s (x%.2f)\n",
                    r.forwardImagesPerSecond, r.resolvedLayout.c_str(), toString(r.resolvedPrecision).c_str(),
                    r.forwardPlainImagesPerSecond, r.forwardImagesPerSecond / r.forwardPlainImagesPerSecond);
    if (b.forward && r.bf16SpeedupMedian > 0.0)
        std::printf("bf16 / fp32 fused forward, %d alternating rounds: median x%.2f (min x%.2f, max x%.2f); "
                    "fp32 fused %.2f images/s\n",
                    b.iters, r.bf16SpeedupMedian, r.bf16SpeedupMin, r.bf16SpeedupMax, r.forwardFp32ImagesPerSecond);
    if (b.train)
        std::printf("train step: %.2f images/s (Adam, %s, %s)\n", r.trainImagesPerSecond, b.trainLayout.c_str(),
                    r.resolvedPrecision == Precision::Bf16 ? "bf16 autocast" : "fp32");
    if (b.inspect)
        std::printf("inspect: %.1f ms per image (%s)\n", r.inspectMsPerImage, r.inspectMethod.c_str());
    if (b.affinityBatch > 0)
        std::printf("affinity of %d images: %.2f s\n", b.affinityBatch, r.affinitySeconds);
    std::printf("threads %d, device %s, CPU %s (native bf16: %s), peak RSS %.0f MiB, heap: %s\n", r.threads,
                b.device.c_str(), r.cpuModel.c_str(), r.bf16Support.c_str(), r.peakRssKb / 1024.0,
                r.heapPolicy.c_str());
    return 0;
}

} // namespace

void registerBenchCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto opt = std::make_shared<BenchCliOptions>();
    CLI::App* cmd = root.add_subcommand(
        "bench", "measure forward, train-step and inspection speed (random weights and inputs, no files)");
    cmd->add_option("--arch", opt->arch, "architecture")->capture_default_str()->check(CLI::IsMember(archNames()));
    cmd->add_option("--input-size", opt->bench.inputSize, "input size in pixels")
        ->capture_default_str()
        ->check(countIn("--input-size", 32, 1024));
    addBatchSizeOption(*cmd, opt->bench.batchSize, "images per batch");
    cmd->add_option("--iters", opt->bench.iters, "timed iterations per phase")
        ->capture_default_str()
        ->check(countIn("--iters", 1, 1000000));
    cmd->add_option("--warmup", opt->bench.warmup, "untimed warm-up iterations per phase")
        ->capture_default_str()
        ->check(countIn("--warmup", 0, 1000000));
    addGenericOption(*cmd, opt->generic, "F_generic mode of the model");
    addPrecisionOption(*cmd, opt->precision);
    cmd->add_option("--layout", opt->bench.layout, "inference layout: auto, mkldnn, channels-last, contiguous")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "mkldnn", "channels-last", "contiguous"}));
    cmd->add_option("--train-layout", opt->bench.trainLayout, "training memory format: contiguous, channels-last")
        ->capture_default_str()
        ->check(CLI::IsMember({"contiguous", "channels-last"}));
    cmd->add_option("--affinity-batch", opt->bench.affinityBatch,
                    "also time the batch affinity of this many images (0 = skip)")
        ->capture_default_str()
        ->check(countIn("--affinity-batch", 0, 4096));
    cmd->add_flag("--no-forward", opt->noForward, "skip the forward phase");
    cmd->add_flag("--no-train", opt->noTrain, "skip the train-step phase");
    cmd->add_flag("--no-inspect", opt->noInspect, "skip the one-image analyses phase");
    addJsonFlag(*cmd, opt->json,
                "print one JSON document {forward_images_per_second, train_images_per_second, "
                "inspect_ms_per_image, ...}");
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runBench(*opt, ctx); }; });
}

} // namespace arm::cli
