#include "app/cli/CancelGuard.h"
#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/ProgressPrinter.h"

#include "engine/data/DatasetOpener.h"
#include "engine/dist/DistEnv.h"
#include "engine/dist/GlooCollective.h"
#include "engine/runtime/Runtime.h"
#include "engine/train/TrainDefaults.h"
#include "engine/train/Trainer.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace arm::cli {

namespace {

struct TrainArgs {
    DataOptions dataset;
    std::string out;
    std::string arch = "resnet18-arm";
    int inputSize = 112;
    int epochs = 0; // set from TrainParams' default at registration
    int batchSize = 0;
    std::string optimizer = "adam";
    double lr = 0.0; // when --lr is not given: TrainDefaults::learningRate(optimizer)
    double weightDecay = 1e-4;
    double gamma = 0.9;
    std::string sampler = "shuffle";
    std::string generic = "running";
    std::string weights;
    std::string backboneWeights;
    bool freezeBackbone = false;
    bool freezeBatchNorm = false;
    bool noAugment = false;
    bool resume = false;
    int loaderThreads = 2;
    std::string precision = toString(PrecisionDefaults::train);
    bool json = false;
    std::string distBackend = "auto";
    double distTimeout = 300.0; // seconds
};

// A distributed run's errors say which rank they come from: "[rank 1] ...".
[[noreturn]] void rethrowForRank(int rank, const std::string& subject)
{
    try {
        rethrowPlain(subject);
    } catch (const std::exception& e) {
        std::string text = e.what();
        const std::string own = "rank " + std::to_string(rank) + ": ";
        if (text.rfind(own, 0) == 0)
            text.erase(0, own.size());
        throw std::runtime_error("[rank " + std::to_string(rank) + "] " + text);
    }
}

nlohmann::json epochsJson(const std::vector<EpochMetrics>& epochs)
{
    nlohmann::json a = nlohmann::json::array();
    for (const EpochMetrics& m : epochs)
        a.push_back(Trainer::toJson(m));
    return a;
}

int runTrain(const TrainArgs& a, const CliContext& ctx, bool epochsGiven, bool lrGiven, const DistEnv& env,
             Collective* group);

// torchrun's variables decide whether this is one rank of several (docs/DISTRIBUTED.md).
int runTrainMaybeDistributed(const TrainArgs& a, const CliContext& ctx, bool epochsGiven, bool lrGiven)
{
    const DistEnv env = DistEnv::fromEnvironment();
    if (!env.distributed())
        return runTrain(a, ctx, epochsGiven, lrGiven, env, nullptr);
    try {
        TrainArgs resolved = a;
        resolved.distBackend = resolveDistBackend(a.distBackend, Runtime::resolveDevice(ctx.device), false);
        const auto timeout = std::chrono::milliseconds(static_cast<long long>(a.distTimeout * 1000.0));
        GlooCollective group(env, timeout);
        return runTrain(resolved, ctx, epochsGiven, lrGiven, env, &group);
    } catch (...) {
        rethrowForRank(env.rank, "distributed training on " + a.dataset.data + " into " + a.out);
    }
}

int runTrain(const TrainArgs& a, const CliContext& ctx, bool epochsGiven, bool lrGiven, const DistEnv& env,
             Collective* group)
{
    TrainParams p;
    p.outDir = a.out;
    p.model.arch = archFromString(a.arch);
    p.model.inputSize = a.inputSize;
    p.model.generic = genericModeFromString(a.generic);
    p.epochs = a.epochs;
    p.batchSize = a.batchSize;
    p.optimizer = a.optimizer;
    p.lr = lrGiven ? a.lr : TrainDefaults::learningRate(a.optimizer);
    p.weightDecay = a.weightDecay;
    p.gamma = a.gamma;
    p.sampler = a.sampler;
    p.augment = !a.noAugment;
    p.initWeights = a.weights;
    p.backboneWeights = a.backboneWeights;
    p.freezeBackbone = a.freezeBackbone;
    p.freezeBatchNorm = a.freezeBatchNorm;
    p.resume = a.resume;
    p.device = Runtime::resolveDevice(ctx.device);
    p.precision = precisionFromString(a.precision);
    p.seed = ctx.seed;
    p.threads = ctx.threads;
    if (env.distributed() && p.threads == 0) // several ranks share this machine's cores
        p.threads = env.defaultThreads(Runtime::hardwareThreads(),
                                       [](const char* name) { return static_cast<const char*>(std::getenv(name)); });
    p.loaderThreads = a.loaderThreads;
    const auto stored = [&a] { return naming(a.out, [&a] { return Trainer::storedParams(a.out); }); };
    if (a.resume && !epochsGiven)
        p.epochs = stored().epochs; // resume to the planned end unless told otherwise

    const std::string& dataPath = a.dataset.data;
    const DatasetIndex data = naming(
        dataPath, [&] { return DatasetOpener::open(dataPath, datasetFormatFromString(a.dataset.format)); });
    const bool quiet = ctx.quiet || env.rank != 0; // rank 0 speaks for the run
    const bool leader = env.rank == 0;
    if (!quiet) {
        // On resume the stored settings are the ones that run: show those.
        TrainParams shown = p;
        if (a.resume)
            shown = stored();
        std::fprintf(stderr,
                     "arm-cli train: %s (%zu samples) -> %s: %s @ %d px, generic %s, %s lr %g, batch %d, "
                     "%d epochs, sampler %s, %s, %d threads%s%s\n",
                     jsonText(dataPath).c_str(), data.samples.size(), jsonText(a.out).c_str(),
                     toString(shown.model.arch).c_str(), shown.model.inputSize,
                     toString(shown.model.generic).c_str(), shown.optimizer.c_str(), shown.lr,
                     shown.batchSize, p.epochs, shown.sampler.c_str(), p.device.c_str(),
                     Runtime::configureThreads(p.threads), a.resume ? " (resume: stored settings)" : "",
                     env.distributed() ? (", " + std::to_string(env.worldSize) + " ranks (global batch " +
                                          std::to_string(shown.batchSize * env.worldSize) + ", " + a.distBackend +
                                          ")").c_str()
                                       : "");
    }

    ProgressPrinter progress(quiet, "epoch");
    TrainCallbacks cb;
    if (!quiet) {
        cb.onLog = [&progress](const std::string& m) { progress.line("train: " + m); };
        cb.onBatch = [&progress](const TrainProgress& pr) {
            char detail[96];
            std::snprintf(detail, sizeof detail, "loss %.4f acc %5.1f%% lr %.2e", pr.loss,
                          100.0 * pr.accuracy, pr.lr);
            progress.setPhase("epoch " + std::to_string(pr.epoch) + "/" + std::to_string(pr.epochs));
            // The trainer's rate and ETA span the whole run, not just this epoch.
            progress.update(pr.batch, pr.batches, detail, pr.imagesPerSecond, pr.etaSeconds);
        };
        cb.onEpoch = [&progress](const EpochMetrics& m) {
            char line[256];
            std::snprintf(
                line, sizeof line,
                "epoch %d done: train loss %.4f acc %.1f%% | test loss %.4f acc %.1f%% mean-class %.1f%% | "
                "lr %.2e | %.1f s, %.1f img/s",
                m.epoch, m.trainLoss, 100.0 * m.trainAccuracy, m.testLoss, 100.0 * m.testAccuracy,
                100.0 * m.testMeanClassAccuracy, m.lr, m.seconds, m.imagesPerSecond);
            progress.line(line);
        };
    }

    const CancelGuard cancel;
    const TrainResult r = naming("training on " + dataPath + " into " + a.out,
                                 [&] { return Trainer::run(data, p, cb, cancel.flag(), group); });
    progress.finish();

    for (const Problem& pr : r.problems)
        if (leader)
            std::fprintf(stderr, "arm-cli train: skipped %s: %s\n", jsonText(pr.where).c_str(),
                     jsonText(pr.reason).c_str());
    if (!quiet)
        std::fprintf(stderr, "%s: best test accuracy %.2f%% (epoch %d); %s, %s, %s\n",
                     r.cancelled ? "cancelled" : "finished", 100.0 * r.bestTestAccuracy, r.bestEpoch,
                     r.lastCheckpoint.c_str(), r.bestCheckpoint.empty() ? "(no best.ckpt yet)" : r.bestCheckpoint.c_str(),
                     r.metricsFile.c_str());
    if (a.json && leader) {
        nlohmann::json problems = nlohmann::json::array();
        for (const Problem& pr : r.problems)
            problems.push_back({{"where", jsonText(pr.where)}, {"reason", jsonText(pr.reason)}});
        nlohmann::json j{{"cancelled", r.cancelled},
                         {"epochs", epochsJson(r.epochs)},
                         {"best_epoch", r.bestEpoch},
                         {"best_test_accuracy", r.bestTestAccuracy},
                         {"last_checkpoint", jsonText(r.lastCheckpoint)},
                         {"best_checkpoint", jsonText(r.bestCheckpoint)},
                         {"metrics_file", jsonText(r.metricsFile)},
                         {"problems", problems},
                         {"params", Trainer::toJson(p)}};
        if (!r.epochs.empty()) {
            const EpochMetrics& f = r.epochs.back();
            j["final"] = Trainer::toJson(f);
            j["test_accuracy"] = f.testAccuracy;
            j["test_mean_class_accuracy"] = f.testMeanClassAccuracy;
        }
        double seconds = 0.0;
        for (const EpochMetrics& m : r.epochs)
            seconds += m.seconds;
        j["seconds"] = seconds;
        printJson(j);
    }
    return r.cancelled ? CancelGuard::kExitCode : 0;
}

} // namespace

void registerTrainCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto a = std::make_shared<TrainArgs>();
    const TrainParams defaults;
    a->epochs = defaults.epochs;
    a->batchSize = defaults.batchSize;
    CLI::App* cmd = root.add_subcommand(
        "train", "train or fine-tune (defaults: the demo settings for the synthetic dataset on a 2-core CPU)");
    addDataOptions(*cmd, a->dataset, "dataset (any format `dataset` opens)");
    cmd->add_option("--out", a->out, "output directory: last.ckpt, best.ckpt, metrics.json")->required();
    cmd->add_option("--arch", a->arch, "architecture")->capture_default_str()->check(CLI::IsMember(archNames()));
    cmd->add_option("--input-size", a->inputSize, "input side in pixels")
        ->capture_default_str()
        ->check(countIn("--input-size", 33, 1024));
    CLI::Option* epochsOpt = cmd->add_option("--epochs", a->epochs, "epochs (with --resume: the stored plan)")
                                 ->capture_default_str()
                                 ->check(countIn("--epochs", 0, 100000));
    addBatchSizeOption(*cmd, a->batchSize, "images per step");
    cmd->add_option("--optimizer", a->optimizer, "adam (authors' default) or sgd (momentum 0.9)")
        ->capture_default_str()
        ->check(CLI::IsMember({"adam", "sgd"}));
    char lrHelp[96];
    std::snprintf(lrHelp, sizeof lrHelp, "initial learning rate, at most 10 (default: %g adam, %g sgd)",
                  TrainDefaults::learningRate("adam"), TrainDefaults::learningRate("sgd"));
    CLI::Option* lrOpt = cmd->add_option("--lr", a->lr, lrHelp)->check(realIn("--lr", 0.0, 10.0, true));
    cmd->add_option("--weight-decay", a->weightDecay, "L2 weight decay")
        ->capture_default_str()
        ->check(realIn("--weight-decay", 0.0, 10.0));
    cmd->add_option("--gamma", a->gamma, "ExponentialLR factor per epoch")
        ->capture_default_str()
        ->check(realIn("--gamma", 1e-6, 1.0));
    cmd->add_option("--sampler", a->sampler, "shuffle, mrr (minimal random resampling) or weighted")
        ->capture_default_str()
        ->check(CLI::IsMember({"shuffle", "mrr", "weighted"}));
    addGenericOption(*cmd, a->generic,
                     "F_generic: running (EMA, batch-independent eval), batch (authors'), none");
    addWeightsOption(*cmd, a->weights, false, "fine-tune from a checkpoint (.ckpt of ours or authors' .pth)");
    cmd->add_option("--backbone-weights", a->backboneWeights, "torchvision ResNet .pth for the backbone")
        ->check(regularFile());
    cmd->add_flag("--freeze-backbone", a->freezeBackbone, "train only the head (backbone weights and BN statistics fixed)");
    cmd->add_flag("--freeze-bn", a->freezeBatchNorm,
                  "BatchNorm layers keep their stored statistics while every weight trains (small batches; results "
                  "independent of the number of ranks)");
    cmd->add_flag("--no-augment", a->noAugment, "train without the authors' augmentation");
    cmd->add_flag("--resume", a->resume, "continue OUT/last.ckpt exactly (stored settings, optimizer, schedule, RNG)");
    cmd->add_option("--loader-threads", a->loaderThreads, "image decoding threads")
        ->capture_default_str()
        ->check(countIn("--loader-threads", 1, 256));
    addPrecisionOption(*cmd, a->precision,
                       "arithmetic of the training step: fp32, bf16 (forward under autocast; weights, loss, "
                       "gradients and optimizer state stay fp32), auto (bf16 where the CPU has it natively)");
    addJsonFlag(*cmd, a->json, "print one JSON document (final metrics, checkpoint paths) on stdout");
    cmd->add_option("--dist-backend", a->distBackend,
                    "collectives when launched as one of several ranks (torchrun's RANK, WORLD_SIZE, MASTER_ADDR, "
                    "MASTER_PORT): gloo, nccl (CUDA builds) or auto")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "gloo", "nccl"}));
    cmd->add_option("--dist-timeout", a->distTimeout,
                    "seconds a rank waits for the others (rendezvous and each collective) before it stops with an error")
        ->capture_default_str()
        ->check(realIn("--dist-timeout", 1.0, 86400.0));
    cmd->callback([a, epochsOpt, lrOpt, &ctx, &run] {
        const bool epochsGiven = epochsOpt->count() > 0;
        const bool lrGiven = lrOpt->count() > 0;
        run = [a, &ctx, epochsGiven, lrGiven] { return runTrainMaybeDistributed(*a, ctx, epochsGiven, lrGiven); };
    });
}

} // namespace arm::cli
