#include "engine/train/Trainer.h"

#include "engine/loading/Augmenter.h"
#include "engine/loading/BatchLoader.h"
#include "engine/model/AutocastScope.h"
#include "engine/model/Checkpoint.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"
#include "engine/train/InitialModel.h"
#include "engine/train/TestScore.h"
#include "engine/train/TrainerFiles.h"
#include "engine/train/TrainSetup.h"
#include "engine/dist/ReplicaSync.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <stdexcept>

namespace arm {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// torch's global generator is re-seeded from (seed, epoch) at every epoch start, so anything in a
// forward that draws from it (nothing today; dropout tomorrow) replays identically after a resume.
std::uint64_t torchEpochSeed(unsigned long long seed, int epoch)
{
    return Augmenter::sampleSeed(seed ^ 0x545241494E4552ull, epoch, -2) & 0x7FFFFFFFFFFFFFFFull;
}

std::string stepName(const char* what, int epoch0, int64_t step)
{
    return std::string(what) + " (epoch " + std::to_string(epoch0 + 1) + ", step " + std::to_string(step) + ")";
}

TrainResult runImpl(const DatasetIndex& data, const TrainParams& given, const TrainCallbacks& cb,
                    const std::atomic<bool>* cancel, const ReplicaSync& sync)
{
    auto log = [&cb](const std::string& m) {
        if (cb.onLog)
            cb.onLog(m);
    };
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    TrainParams p = given;
    Runtime::configureThreads(p.threads);
    const TrainerFiles files(p.outDir);

    FerNet model{nullptr};
    int completed = 0;
    std::vector<EpochMetrics> history;
    double best = -1.0;
    int bestEpoch = 0;
    std::string optimizerBytes;
    if (p.resume) {
        if (sync.rank() != 0 && !fs::exists(files.last()))
            throw std::runtime_error(files.last() + " is not visible to rank " + std::to_string(sync.rank()) +
                                     ": --resume needs the output folder on storage every rank can read");
        CheckpointData d = Checkpoint::load(files.last());
        const TrainerFiles::State st = TrainerFiles::stateOf(files.last(), d.metadata);
        p = st.params;
        // What may change between sessions: how long, where and how fast. Everything else is the run.
        p.epochs = given.epochs;
        p.device = given.device;
        p.threads = given.threads;
        p.loaderThreads = given.loaderThreads;
        p.outDir = given.outDir;
        p.writeCheckpoints = true;
        p.precision = given.precision;
        p.resume = true;
        if (d.config.numClasses != data.numClasses())
            throw std::runtime_error(files.last() + ": the model has " + std::to_string(d.config.numClasses) +
                                     " classes, the data " + std::to_string(data.numClasses()));
        model = d.model;
        completed = d.epoch;
        history = st.history;
        best = st.bestAccuracy;
        bestEpoch = st.bestEpoch;
        optimizerBytes = std::move(d.optimizerState);
        log("resuming " + files.last() + " after epoch " + std::to_string(completed));
    }
    if (p.resume && p.worldSize != sync.worldSize())
        log("resuming a " + std::to_string(p.worldSize) + "-rank run with " + std::to_string(sync.worldSize()) +
            " ranks: the global batch and the epoch's shards change from here on");
    p.worldSize = sync.worldSize();
    TrainSetup::validate(p);
    // Rank 0 alone writes files; the other ranks hold the same model (checked every epoch).
    const bool writes = p.writeCheckpoints && sync.rank() == 0;
    torch::Device dev(torch::kCPU);
    try {
        dev = torch::Device(p.device.empty() ? std::string("cpu") : p.device);
    } catch (const c10::Error&) {
        throw std::invalid_argument("device '" + p.device + "': expected cpu, cuda or cuda:N");
    }
    if (writes)
        files.createDirectory();
    if (!p.resume) {
        if (data.numClasses() < 2)
            throw std::invalid_argument(data.root + ": training needs at least 2 classes");
        Runtime::seed(p.seed);
        model = InitialModel::build(p, data, log);
    }
    if (const std::string bad = InitialModel::nonFiniteTensor(model); !bad.empty()) {
        const std::string source = p.resume ? files.last()
                                   : !p.initWeights.empty() ? p.initWeights
                                                            : p.backboneWeights.empty() ? std::string("the new model")
                                                                                        : p.backboneWeights;
        throw std::runtime_error(source + ": the weights hold NaN/Inf values (tensor '" + bad +
                                 "'): they are corrupt; nothing was trained");
    }
    model->to(dev);
    sync.broadcastState(*model); // DistributedDataParallel's start: every rank from rank 0's weights
    const ModelConfig cfg = model->config();
    p.model = cfg; // what actually runs (a loaded file decides arch and input size): stored for resume

    std::vector<int> trainIdx = TrainSetup::checkedIndices(
        data, p.trainIndices.empty() ? data.indicesOf(Split::Train) : p.trainIndices, "training");
    std::vector<int> testIdx = p.testIndices;
    if (testIdx.empty()) {
        testIdx = data.indicesOf(Split::Test);
        if (testIdx.empty())
            testIdx = data.indicesOf(Split::Validation);
    }
    testIdx = TrainSetup::checkedIndices(data, testIdx, "test");
    if (trainIdx.empty())
        throw std::runtime_error((data.root.empty() ? std::string("dataset") : data.root) + ": no training samples");
    if (testIdx.empty())
        log("no test samples: best.ckpt follows training accuracy");

    if (p.freezeBackbone)
        for (auto& t : model->features->parameters())
            t.set_requires_grad(false);
    std::vector<torch::Tensor> trainable;
    for (auto& t : model->parameters())
        if (t.requires_grad())
            trainable.push_back(t);
    std::unique_ptr<torch::optim::Optimizer> opt;
    if (p.optimizer == "adam")
        opt = std::make_unique<torch::optim::Adam>(trainable, torch::optim::AdamOptions(p.lr).weight_decay(p.weightDecay));
    else
        opt = std::make_unique<torch::optim::SGD>(
            trainable, torch::optim::SGDOptions(p.lr).momentum(p.momentum).weight_decay(p.weightDecay));
    if (!optimizerBytes.empty())
        Checkpoint::restoreOptimizer(*opt, optimizerBytes, files.last() + " (optimizer state)");

    const std::unique_ptr<Sampler> sampler = TrainSetup::makeSampler(p.sampler, data.labelsOf(trainIdx), p.seed, p.mrrPerClass);
    AugmentOptions ao;
    ao.size = cfg.inputSize;
    ao.norm = cfg.norm;
    const Augmenter augmenter(ao, p.seed);

    TrainResult result;
    std::set<std::string> problemKeys;
    auto addProblems = [&](const std::vector<Problem>& ps) {
        for (const Problem& pr : ps)
            if (problemKeys.insert(pr.where).second)
                result.problems.push_back(pr);
    };
    auto metadata = [&] {
        return TrainerFiles::metadata(p, data, history, best, bestEpoch, static_cast<int>(trainIdx.size()),
                                      static_cast<int>(testIdx.size()), sampler->epochSize());
    };
    if (writes) {
        result.lastCheckpoint = files.last();
        result.metricsFile = files.metrics();
        if (!p.resume) // epoch 0 = the initial model: resumable even when epoch 1 is cancelled
            Checkpoint::save(files.last(), model, 0, metadata(), opt.get());
        files.writeMetrics(metadata(), "running");
    }

    // Divergence stops the run with an error: metrics.json says "failed" and no checkpoint is written
    // from the non-finite weights (last.ckpt and best.ckpt keep the last finite epoch).
    auto diverged = [&](const std::string& what) {
        if (writes) {
            try {
                files.writeMetrics(metadata(), "failed");
            } catch (const std::exception&) {
                // The divergence is the error to report; a full disk here must not replace it.
            }
        }
        char lrText[32];
        std::snprintf(lrText, sizeof lrText, "%g", p.lr);
        return std::runtime_error((p.outDir.empty() ? std::string() : p.outDir + ": ") + "training stopped, " +
                                  what + " (the learning rate " + lrText +
                                  " may be too high, or the data or initial weights are corrupt); "
                                  "no checkpoint was written from these weights");
    };
    // bf16 rather than fp16: fp32's exponent range, so no loss scaler (LibTorch 1.13 has no C++ GradScaler).
    const bool amp = resolvePrecision(p.precision, dev.is_cpu() ? "cpu" : dev.str()) == Precision::Bf16;
    const int world = sync.worldSize();
    const int shardSize = world > 1 ? (sampler->epochSize() - sampler->epochSize() % world) / world : sampler->epochSize();
    const int epochBatches = (shardSize + p.batchSize - 1) / p.batchSize;
    const int testBatches = (static_cast<int>(testIdx.size()) / world + p.batchSize - 1) / p.batchSize;
    double trainSeconds = 0.0, lastEvalSeconds = -1.0;
    int64_t batchesDone = 0, step = 0;
    bool stopped = false;
    for (int e = completed; e < p.epochs && !stopped; ++e) {
        if (!sync.active() && cancelled()) { // ranks agree on stopping at their next step instead
            stopped = true;
            break;
        }
        torch::manual_seed(torchEpochSeed(p.seed, e));
        const double lr = Trainer::learningRate(p, e);
        for (auto& g : opt->param_groups())
            g.options().set_lr(lr);
        std::vector<int> order;
        for (int pos : sampler->epochIndices(e))
            order.push_back(trainIdx[static_cast<std::size_t>(pos)]);
        order = sync.shard(order, true); // every rank as many, so their steps stay in lockstep
        BatchLoaderOptions lo;
        lo.batchSize = p.batchSize;
        lo.workers = std::max(1, p.loaderThreads);
        // BatchNorm cannot train on a single image: drop a last batch of one.
        const std::size_t bs = static_cast<std::size_t>(p.batchSize);
        lo.dropLast = order.size() > bs && order.size() % bs == 1;
        BatchLoader loader(data, order,
                           p.augment ? BatchLoader::trainTransform(augmenter, e)
                                     : BatchLoader::evalTransform(cfg.inputSize, cfg.norm),
                           lo);
        model->train();
        if (p.freezeBackbone)
            model->features->eval(); // frozen backbone: BatchNorm statistics stay as loaded
        if (p.freezeBatchNorm)
            for (const auto& m : model->modules())
                if (m->as<torch::nn::BatchNorm2d>() || m->as<torch::nn::BatchNorm1d>())
                    m->eval();
        const auto epochStart = Clock::now();
        double lossSum = 0.0, syncSeconds = 0.0;
        int64_t hits = 0, seen = 0;
        Batch batch;
        while (true) {
            const bool got = loader.next(batch);
            const auto voteStart = Clock::now();
            if (sync.active()) {
                // Every rank takes this step or none does: a rank whose last batches all failed to
                // decode ends the epoch for all, and a cancel on any rank stops every rank.
                const std::vector<double> votes =
                    sync.sum({got ? 0.0 : 1.0, cancelled() ? 1.0 : 0.0}, stepName("agreeing on the next step", e, step + 1));
                if (votes[1] > 0.0)
                    stopped = true;
                syncSeconds += secondsSince(voteStart);
                if (votes[0] > 0.0 || votes[1] > 0.0)
                    break;
            } else if (!got) {
                break;
            }
            addProblems(batch.problems);
            if (cancelled() && !sync.active()) {
                stopped = true;
                break;
            }
            sync.heartbeat(++step);
            const auto batchStart = Clock::now();
            const torch::Tensor x = batch.images.to(dev), y = batch.labels.to(dev);
            torch::Tensor logits, loss;
            {
                AutocastScope scope(amp, dev);
                logits = model->forward(x);
                loss = torch::nn::functional::cross_entropy(logits.to(torch::kFloat), y);
            }
            if (cancelled() && !sync.active()) { // checked again before the backward pass: half a step is dropped
                stopped = true;
                break;
            }
            // Before the step: a non-finite loss would write NaN gradients into every weight. With
            // several ranks the check waits for the summed loss, so that all of them stop together.
            const double lossValue = loss.item<double>();
            const auto nonFinite = [&](double value) {
                loader.cancel();
                return diverged("the loss became " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                                " in epoch " + std::to_string(e + 1) + ", batch " +
                                std::to_string(batch.batchNumber + 1) + (sync.active() ? " (on some rank)" : ""));
            };
            if (!sync.active() && !std::isfinite(lossValue))
                throw nonFinite(lossValue);
            const int64_t n = x.size(0);
            const int64_t batchHits = (logits.argmax(1) == y).sum().item<int64_t>();
            opt->zero_grad();
            loss.backward();
            // The global batch's sums travel with the gradients (one collective per bucket).
            std::vector<double> stats{lossValue * double(n), double(batchHits), double(n)};
            const auto reduceStart = Clock::now();
            sync.averageGradients(trainable, stats, stepName("gradient all-reduce", e, step));
            if (sync.active())
                syncSeconds += secondsSince(reduceStart);
            if (!std::isfinite(stats[0]))
                throw nonFinite(stats[0]);
            opt->step();
            lossSum += stats[0];
            hits += static_cast<int64_t>(stats[1]);
            seen += static_cast<int64_t>(stats[2]);
            trainSeconds += secondsSince(batchStart);
            ++batchesDone;
            if (cb.onBatch) {
                TrainProgress pr;
                pr.epoch = e + 1;
                pr.epochs = p.epochs;
                pr.batch = batch.batchNumber + 1;
                pr.batches = loader.batchCount();
                pr.loss = lossSum / double(seen);
                pr.accuracy = double(hits) / double(seen);
                pr.lr = lr;
                const double epochSeconds = secondsSince(epochStart);
                pr.imagesPerSecond = epochSeconds > 0 ? double(seen) / epochSeconds : 0.0;
                const double perBatch = trainSeconds / double(batchesDone);
                const double evalEstimate = lastEvalSeconds >= 0 ? lastEvalSeconds : perBatch * testBatches / 3.0;
                const int epochsLeft = p.epochs - e - 1;
                pr.etaSeconds = perBatch * double(pr.batches - pr.batch + epochsLeft * epochBatches) +
                                evalEstimate * double(epochsLeft + 1);
                cb.onBatch(pr);
            }
        }
        if (stopped) {
            loader.cancel();
            break;
        }
        const double trainPart = secondsSince(epochStart);
        const auto evalStart = Clock::now();
        // BatchNorm statistics and ARM's running F_generic saw only this rank's shard: averaged, so the
        // test pass and the checkpoint use one model, the same on every rank.
        sync.averageBuffers(*model, "averaging BatchNorm statistics (epoch " + std::to_string(e + 1) + ")");
        std::vector<Problem> evalProblems;
        TestScore score = TestScore::measure(model, data, sync.shard(testIdx, false), p.batchSize, p.loaderThreads,
                                             dev, cancel, evalProblems);
        addProblems(evalProblems);
        if (sync.active()) {
            std::vector<double> counts = score.counts();
            counts.push_back(score.cancelled ? 1.0 : 0.0);
            counts = sync.sum(counts, "adding up the test pass (epoch " + std::to_string(e + 1) + ")");
            const bool anyCancelled = counts.back() > 0.0;
            counts.pop_back();
            score = TestScore::fromCounts(counts, cfg.numClasses);
            score.cancelled = anyCancelled;
        }
        if (score.cancelled) {
            stopped = true;
            break;
        }
        // The last step of the epoch can overflow the weights with a finite loss before it.
        if (const std::string bad = InitialModel::nonFiniteTensor(model); !bad.empty())
            throw diverged("the weights became NaN/Inf in epoch " + std::to_string(e + 1) + " (tensor '" + bad + "')");
        if (!std::isfinite(score.loss))
            throw diverged("the test loss became non-finite in epoch " + std::to_string(e + 1));
        sync.checkIdentical(*model, "epoch " + std::to_string(e + 1));
        lastEvalSeconds = secondsSince(evalStart);
        EpochMetrics m;
        m.epoch = e + 1;
        m.trainLoss = seen > 0 ? lossSum / double(seen) : 0.0;
        m.trainAccuracy = seen > 0 ? double(hits) / double(seen) : 0.0;
        m.testLoss = score.loss;
        m.testAccuracy = score.accuracy;
        m.testMeanClassAccuracy = score.meanClassAccuracy;
        m.lr = lr;
        m.seconds = secondsSince(epochStart);
        m.imagesPerSecond = trainPart > 0 ? double(seen) / trainPart : 0.0;
        m.syncSeconds = syncSeconds;
        history.push_back(m);
        const double measure = testIdx.empty() ? m.trainAccuracy : m.testAccuracy;
        const bool improved = measure > best;
        if (improved) {
            best = measure;
            bestEpoch = m.epoch;
        }
        if (writes) {
            if (improved) // no optimiser state: best.ckpt is for evaluation and fine-tuning
                Checkpoint::save(files.best(), model, m.epoch, metadata());
            Checkpoint::save(files.last(), model, m.epoch, metadata(), opt.get());
            files.writeMetrics(metadata(), "running");
        }
        if (cb.onEpoch)
            cb.onEpoch(m);
    }

    result.epochs = history;
    result.cancelled = stopped;
    result.bestEpoch = bestEpoch;
    result.bestTestAccuracy = std::max(0.0, best);
    if (writes) {
        if (bestEpoch > 0)
            result.bestCheckpoint = files.best();
        files.writeMetrics(metadata(), stopped ? "cancelled" : "finished");
    }
    if (!stopped) {
        model->eval();
        result.model = ModelHandle::wrap(model, model->config(), p.device.empty() ? std::string("cpu") : p.device,
                                         "trained " + toString(cfg.arch) + " (epoch " +
                                             std::to_string(history.empty() ? 0 : history.back().epoch) + ")");
    }
    // Cancelled: the in-memory network is mid-epoch, so none is handed back (reloading last.ckpt here
    // would delay the stop by seconds); callers open result.lastCheckpoint when they need it.
    return result;
}

} // namespace

TrainResult Trainer::run(const DatasetIndex& data, const TrainParams& params, const TrainCallbacks& callbacks,
                         const std::atomic<bool>* cancel, Collective* collective)
{
    const ReplicaSync sync(collective);
    try {
        try {
            return runImpl(data, params, callbacks, cancel, sync);
        } catch (const c10::Error& e) {
            throw std::runtime_error(std::string("training failed: ") + e.what_without_backtrace());
        }
    } catch (const std::exception& e) {
        // The other ranks name this one and its reason instead of waiting out their timeout.
        sync.reportFailure(e.what());
        throw;
    }
}

double Trainer::learningRate(const TrainParams& params, int epoch0)
{
    return params.lr * std::pow(params.gamma, epoch0);
}

TrainParams Trainer::storedParams(const std::string& outDir)
{
    const TrainerFiles files(outDir);
    if (!fs::exists(files.last()))
        throw std::runtime_error(files.last() + ": nothing to resume (no such file)");
    const CheckpointInfo info = Checkpoint::peek(files.last());
    return TrainerFiles::stateOf(files.last(), info.metadata).params;
}

} // namespace arm
