#include "app/cli/Commands.h"

#include "engine/DatasetOpener.h"
#include "engine/Runtime.h"
#include "engine/Trainer.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace arm::cli {

namespace {

// Ctrl+C asks the trainer to stop after the current step; a second Ctrl+C kills the process as usual.
std::atomic<bool> g_cancel{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

void onSigint(int)
{
    g_cancel.store(true);
    std::signal(SIGINT, SIG_DFL);
}

struct TrainArgs {
    std::string data;
    std::string format = "auto";
    std::string out;
    std::string arch = "resnet18-arm";
    int inputSize = 112;
    int epochs = 0; // set from TrainParams' default at registration
    int batchSize = 0;
    std::string optimizer = "adam";
    double lr = 0.0; // 0 = the optimizer's default
    double weightDecay = 1e-4;
    double gamma = 0.9;
    std::string sampler = "shuffle";
    std::string generic = "running";
    std::string weights;
    std::string backboneWeights;
    bool freezeBackbone = false;
    bool noAugment = false;
    bool resume = false;
    int loaderThreads = 2;
    bool json = false;
};

std::string formatClock(double seconds)
{
    const long s = seconds > 0 ? static_cast<long>(seconds + 0.5) : 0;
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

nlohmann::json epochsJson(const std::vector<EpochMetrics>& epochs)
{
    nlohmann::json a = nlohmann::json::array();
    for (const EpochMetrics& m : epochs)
        a.push_back(Trainer::toJson(m));
    return a;
}

int runTrain(const TrainArgs& a, const CliContext& ctx, bool epochsGiven)
{
    TrainParams p;
    p.outDir = a.out;
    p.model.arch = archFromString(a.arch);
    p.model.inputSize = a.inputSize;
    p.model.generic = genericModeFromString(a.generic);
    p.epochs = a.epochs;
    p.batchSize = a.batchSize;
    p.optimizer = a.optimizer;
    p.lr = a.lr > 0 ? a.lr : (a.optimizer == "sgd" ? 0.01 : 1e-3);
    p.weightDecay = a.weightDecay;
    p.gamma = a.gamma;
    p.sampler = a.sampler;
    p.augment = !a.noAugment;
    p.initWeights = a.weights;
    p.backboneWeights = a.backboneWeights;
    p.freezeBackbone = a.freezeBackbone;
    p.resume = a.resume;
    p.device = Runtime::resolveDevice(ctx.device);
    p.seed = ctx.seed;
    p.threads = ctx.threads;
    p.loaderThreads = a.loaderThreads;
    if (a.resume && !epochsGiven)
        p.epochs = Trainer::storedParams(a.out).epochs; // resume to the planned end unless told otherwise

    const DatasetIndex data = DatasetOpener::open(a.data, datasetFormatFromString(a.format));
    const bool quiet = ctx.quiet;
    const bool tty = isatty(fileno(stderr)) != 0;
    if (!quiet)
        std::fprintf(stderr, "arm-cli train: %s (%zu samples) -> %s: %s @ %d px, generic %s, %s lr %g, batch %d, "
                             "%d epochs, sampler %s, %s, %d threads%s\n",
                     a.data.c_str(), data.samples.size(), a.out.c_str(), a.arch.c_str(), a.inputSize, a.generic.c_str(),
                     p.optimizer.c_str(), p.lr, p.batchSize, p.epochs, p.sampler.c_str(), p.device.c_str(),
                     Runtime::configureThreads(p.threads), a.resume ? " (resume: stored settings)" : "");

    TrainCallbacks cb;
    int lastTenth = -1;
    if (!quiet) {
        cb.onLog = [](const std::string& m) { std::fprintf(stderr, "train: %s\n", m.c_str()); };
        cb.onBatch = [&](const TrainProgress& pr) {
            if (tty) {
                const int width = 24, filled = pr.batches > 0 ? width * pr.batch / pr.batches : 0;
                std::string bar(static_cast<std::size_t>(filled), '#');
                bar.resize(static_cast<std::size_t>(width), '.');
                std::fprintf(stderr, "\repoch %d/%d [%s] %d/%d loss %.4f acc %5.1f%% lr %.2e %5.1f img/s ETA %s   ",
                             pr.epoch, pr.epochs, bar.c_str(), pr.batch, pr.batches, pr.loss, 100.0 * pr.accuracy,
                             pr.lr, pr.imagesPerSecond, formatClock(pr.etaSeconds).c_str());
                std::fflush(stderr);
            } else if (const int tenth = pr.batches > 0 ? 10 * pr.batch / pr.batches : 0;
                       tenth != lastTenth || pr.batch == 1) {
                lastTenth = tenth;
                std::fprintf(stderr, "epoch %d/%d batch %d/%d loss %.4f acc %.1f%% lr %.2e %.1f img/s ETA %s\n",
                             pr.epoch, pr.epochs, pr.batch, pr.batches, pr.loss, 100.0 * pr.accuracy, pr.lr,
                             pr.imagesPerSecond, formatClock(pr.etaSeconds).c_str());
            }
        };
        cb.onEpoch = [&](const EpochMetrics& m) {
            if (tty)
                std::fputc('\n', stderr);
            lastTenth = -1;
            std::fprintf(stderr,
                         "epoch %d done: train loss %.4f acc %.1f%% | test loss %.4f acc %.1f%% mean-class %.1f%% | "
                         "lr %.2e | %.1f s, %.1f img/s\n",
                         m.epoch, m.trainLoss, 100.0 * m.trainAccuracy, m.testLoss, 100.0 * m.testAccuracy,
                         100.0 * m.testMeanClassAccuracy, m.lr, m.seconds, m.imagesPerSecond);
        };
    }

    g_cancel.store(false);
    auto previous = std::signal(SIGINT, onSigint);
    TrainResult r;
    try {
        r = Trainer::run(data, p, cb, &g_cancel);
    } catch (...) {
        std::signal(SIGINT, previous);
        throw;
    }
    std::signal(SIGINT, previous);
    if (tty && !quiet && r.cancelled)
        std::fputc('\n', stderr);

    for (const Problem& pr : r.problems)
        std::fprintf(stderr, "arm-cli train: skipped %s: %s\n", pr.where.c_str(), pr.reason.c_str());
    if (!quiet)
        std::fprintf(stderr, "%s: best test accuracy %.2f%% (epoch %d); %s, %s, %s\n",
                     r.cancelled ? "cancelled" : "finished", 100.0 * r.bestTestAccuracy, r.bestEpoch,
                     r.lastCheckpoint.c_str(), r.bestCheckpoint.empty() ? "(no best.ckpt yet)" : r.bestCheckpoint.c_str(),
                     r.metricsFile.c_str());
    if (a.json) {
        nlohmann::json problems = nlohmann::json::array();
        for (const Problem& pr : r.problems)
            problems.push_back({{"where", pr.where}, {"reason", pr.reason}});
        nlohmann::json j{{"cancelled", r.cancelled},
                         {"epochs", epochsJson(r.epochs)},
                         {"best_epoch", r.bestEpoch},
                         {"best_test_accuracy", r.bestTestAccuracy},
                         {"last_checkpoint", r.lastCheckpoint},
                         {"best_checkpoint", r.bestCheckpoint},
                         {"metrics_file", r.metricsFile},
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
        std::cout << j.dump(2) << std::endl;
    }
    return r.cancelled ? 130 : 0; // 130: the shell's code for "stopped by SIGINT"
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
    cmd->add_option("--data", a->data, "dataset (any format `dataset` opens)")->required();
    cmd->add_option("--format", a->format, "dataset format")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "rafdb", "fer2013", "affectnet", "folder"}));
    cmd->add_option("--out", a->out, "output directory: last.ckpt, best.ckpt, metrics.json")->required();
    cmd->add_option("--arch", a->arch, "architecture")->capture_default_str()->check(CLI::IsMember(archNames()));
    cmd->add_option("--input-size", a->inputSize, "input side in pixels")->capture_default_str()->check(CLI::Range(33, 1024));
    CLI::Option* epochsOpt = cmd->add_option("--epochs", a->epochs, "epochs (with --resume: the stored plan)")
                                 ->capture_default_str()
                                 ->check(CLI::NonNegativeNumber);
    cmd->add_option("--batch-size", a->batchSize, "images per step")->capture_default_str()->check(CLI::PositiveNumber);
    cmd->add_option("--optimizer", a->optimizer, "adam (authors' default) or sgd (momentum 0.9)")
        ->capture_default_str()
        ->check(CLI::IsMember({"adam", "sgd"}));
    cmd->add_option("--lr", a->lr, "initial learning rate (default: 1e-3 adam, 1e-2 sgd)")->check(CLI::PositiveNumber);
    cmd->add_option("--weight-decay", a->weightDecay, "L2 weight decay")->capture_default_str()->check(CLI::NonNegativeNumber);
    cmd->add_option("--gamma", a->gamma, "ExponentialLR factor per epoch")->capture_default_str()->check(CLI::Range(1e-6, 1.0));
    cmd->add_option("--sampler", a->sampler, "shuffle, mrr (minimal random resampling) or weighted")
        ->capture_default_str()
        ->check(CLI::IsMember({"shuffle", "mrr", "weighted"}));
    cmd->add_option("--generic", a->generic, "F_generic: running (EMA, batch-independent eval), batch (authors'), none")
        ->capture_default_str()
        ->check(CLI::IsMember(genericModeNames()));
    cmd->add_option("--weights", a->weights, "fine-tune from a checkpoint (.ckpt of ours or authors' .pth)")
        ->check(CLI::ExistingFile);
    cmd->add_option("--backbone-weights", a->backboneWeights, "torchvision ResNet .pth for the backbone")
        ->check(CLI::ExistingFile);
    cmd->add_flag("--freeze-backbone", a->freezeBackbone, "train only the head (backbone weights and BN statistics fixed)");
    cmd->add_flag("--no-augment", a->noAugment, "train without the authors' augmentation");
    cmd->add_flag("--resume", a->resume, "continue OUT/last.ckpt exactly (stored settings, optimizer, schedule, RNG)");
    cmd->add_option("--loader-threads", a->loaderThreads, "image decoding threads")->capture_default_str()->check(CLI::PositiveNumber);
    cmd->add_flag("--json", a->json, "print one JSON document (final metrics, checkpoint paths) on stdout");
    cmd->callback([a, epochsOpt, &ctx, &run] {
        const bool epochsGiven = epochsOpt->count() > 0;
        run = [a, &ctx, epochsGiven] { return runTrain(*a, ctx, epochsGiven); };
    });
}

} // namespace arm::cli
