#pragma once

#include "engine/core/ModelConfig.h"
#include "engine/core/Precision.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <string>

namespace arm {

// What `arm-cli bench` measures: random weights, random inputs, no files. Warm-up iterations are run
// and excluded from every figure.
struct BenchOptions {
    Arch arch = Arch::ResNet18Arm;
    int inputSize = 224;
    int batchSize = 32;
    int iters = 10;
    int warmup = 2;
    std::string device = "cpu";            // resolved (Runtime::resolveDevice)
    GenericMode generic = GenericMode::Batch;
    std::string layout = "auto";           // FastFerNet layout: auto | mkldnn | channels-last | contiguous
    std::string trainLayout = "contiguous"; // training tensors: contiguous (NCHW) | channels-last
    Precision precision = Precision::Fp32;  // forward and train step; Auto resolves per machine
    bool forward = true;                   // fast inference path (and the plain model, for the ratio)
    bool train = true;                     // Adam step: forward + cross-entropy + backward + step
    bool inspect = true;                   // one image's analyses (ImageInspector::inspect)
    int affinityBatch = 0;                 // > 0: also time ImageInspector::affinity on this many images
    unsigned long long seed = 0;
};

struct BenchResult {
    BenchOptions options;
    int threads = 0;
    std::string resolvedLayout;
    Precision resolvedPrecision = Precision::Fp32;
    std::string cpuModel, cpuFlags, bf16Support; // CpuFeatures::host(), said so a number has its machine
    std::string heapPolicy;                       // HeapPolicy::describe(): it moves small-image steps by 1.2-1.4x
    // bf16 only: the fp32 fused forward timed in the same run, alternating with bf16 round by round
    // (fp32, bf16, fp32, bf16, ...: one round on these VMs can be off by 2x), and the per-round
    // bf16/fp32 speed ratios' median, min and max.
    double forwardFp32ImagesPerSecond = 0.0;
    double bf16SpeedupMedian = 0.0, bf16SpeedupMin = 0.0, bf16SpeedupMax = 0.0;
    std::string torchVersion;
    // Images per second over `iters` timed iterations (0 when the phase was skipped).
    double forwardImagesPerSecond = 0.0;      // FastFerNet (what Predictor/Evaluator use when they opt in)
    double forwardPlainImagesPerSecond = 0.0; // FerNet::forward, eval, InferenceMode
    double trainImagesPerSecond = 0.0;
    double inspectMsPerImage = 0.0;
    std::string inspectMethod;               // which code the inspect figure measured
    double affinitySeconds = 0.0;            // one batch affinity of options.affinityBatch images
    double forwardBestBatchMs = 0.0, forwardPlainBestBatchMs = 0.0, trainBestBatchMs = 0.0; // fastest iteration
    long peakRssKb = 0;                      // whole process, at the end of the run

    nlohmann::json toJson() const; // the contract's keys plus the fields above
};

class Benchmark {
public:
    using Log = std::function<void(const std::string&)>;
    // Throws std::invalid_argument for impossible options (iters < 1, geometry, unknown layout).
    static BenchResult run(const BenchOptions& options, const Log& log = {});
    static long peakRssKb();
};

} // namespace arm
