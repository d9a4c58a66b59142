#include "engine/train/Trainer.h"

#include "engine/loading/Augmenter.h"
#include "engine/loading/BatchLoader.h"
#include "engine/model/AutocastScope.h"
#include "engine/model/Checkpoint.h"
#include "engine/loading/ClassWeightedSampler.h"
#include "engine/model/FerNet.h"
#include "engine/loading/MrrSampler.h"
#include "engine/runtime/Runtime.h"
#include "engine/loading/ShuffleSampler.h"
#include "engine/train/InitialModel.h"
#include "engine/train/TestScore.h"
#include "engine/train/TrainerFiles.h"

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

std::unique_ptr<Sampler> makeSampler(const std::string& name, std::vector<int> labels, unsigned long long seed,
                                     int mrrPerClass)
{
    if (name == "shuffle")
        return std::make_unique<ShuffleSampler>(std::move(labels), seed);
    if (name == "weighted")
        return std::make_unique<ClassWeightedSampler>(std::move(labels), seed);
    if (name == "mrr")
        return std::make_unique<MrrSampler>(std::move(labels), seed, mrrPerClass);
    throw std::invalid_argument("sampler '" + name + "': expected shuffle, weighted or mrr");
}

void validate(const TrainParams& p)
{
    if (p.epochs < 0)
        throw std::invalid_argument("epochs must be >= 0, got " + std::to_string(p.epochs));
    if (p.batchSize < 1)
        throw std::invalid_argument("batch size must be >= 1, got " + std::to_string(p.batchSize));
    if (!(p.lr > 0.0) || !std::isfinite(p.lr))
        throw std::invalid_argument("learning rate must be > 0, got " + std::to_string(p.lr));
    if (!(p.gamma > 0.0) || p.gamma > 1.0)
        throw std::invalid_argument("gamma must be in (0, 1], got " + std::to_string(p.gamma));
    if (p.weightDecay < 0.0)
        throw std::invalid_argument("weight decay must be >= 0, got " + std::to_string(p.weightDecay));
    if (p.optimizer != "adam" && p.optimizer != "sgd")
        throw std::invalid_argument("optimizer '" + p.optimizer + "': expected adam or sgd");
    if (p.sampler != "shuffle" && p.sampler != "weighted" && p.sampler != "mrr")
        throw std::invalid_argument("sampler '" + p.sampler + "': expected shuffle, weighted or mrr");
    if (!p.initWeights.empty() && !p.backboneWeights.empty())
        throw std::invalid_argument("give either initial weights (" + p.initWeights + ") or backbone weights (" +
                                    p.backboneWeights + "), not both");
    if (p.writeCheckpoints && p.outDir.empty())
        throw std::invalid_argument("no output directory given");
}

std::vector<int> checkedIndices(const DatasetIndex& data, const std::vector<int>& indices, const char* what)
{
    for (int i : indices) {
        if (i < 0 || i >= static_cast<int>(data.samples.size()))
            throw std::invalid_argument(std::string(what) + " index " + std::to_string(i) + " is outside the dataset (" +
                                        std::to_string(data.samples.size()) + " samples)");
        const int label = data.samples[static_cast<std::size_t>(i)].label;
        if (label < 0 || label >= data.numClasses())
            throw std::invalid_argument(data.samples[static_cast<std::size_t>(i)].name + ": label " +
                                        std::to_string(label) + " is not one of the " +
                                        std::to_string(data.numClasses()) + " classes");
    }
    return indices;
}

TrainResult runImpl(const DatasetIndex& data, const TrainParams& given, const TrainCallbacks& cb,
                    const std::atomic<bool>* cancel)
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
    validate(p);
    torch::Device dev(torch::kCPU);
    try {
        dev = torch::Device(p.device.empty() ? std::string("cpu") : p.device);
    } catch (const c10::Error&) {
        throw std::invalid_argument("device '" + p.device + "': expected cpu, cuda or cuda:N");
    }
    if (p.writeCheckpoints)
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
    const ModelConfig cfg = model->config();
    p.model = cfg; // what actually runs (a loaded file decides arch and input size): stored for resume

    std::vector<int> trainIdx = checkedIndices(
        data, p.trainIndices.empty() ? data.indicesOf(Split::Train) : p.trainIndices, "training");
    std::vector<int> testIdx = p.testIndices;
    if (testIdx.empty()) {
        testIdx = data.indicesOf(Split::Test);
        if (testIdx.empty())
            testIdx = data.indicesOf(Split::Validation);
    }
    testIdx = checkedIndices(data, testIdx, "test");
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

    const std::unique_ptr<Sampler> sampler = makeSampler(p.sampler, data.labelsOf(trainIdx), p.seed, p.mrrPerClass);
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
    if (p.writeCheckpoints) {
        result.lastCheckpoint = files.last();
        result.metricsFile = files.metrics();
        if (!p.resume) // epoch 0 = the initial model: resumable even when epoch 1 is cancelled
            Checkpoint::save(files.last(), model, 0, metadata(), opt.get());
        files.writeMetrics(metadata(), "running");
    }

    // Divergence stops the run with an error: metrics.json says "failed" and no checkpoint is written
    // from the non-finite weights (last.ckpt and best.ckpt keep the last finite epoch).
    auto diverged = [&](const std::string& what) {
        if (p.writeCheckpoints) {
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
    const int epochBatches = (sampler->epochSize() + p.batchSize - 1) / p.batchSize;
    const int testBatches = (static_cast<int>(testIdx.size()) + p.batchSize - 1) / p.batchSize;
    double trainSeconds = 0.0, lastEvalSeconds = -1.0;
    int64_t batchesDone = 0;
    bool stopped = false;
    for (int e = completed; e < p.epochs && !stopped; ++e) {
        if (cancelled()) {
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
        const auto epochStart = Clock::now();
        double lossSum = 0.0;
        int64_t hits = 0, seen = 0;
        Batch batch;
        while (loader.next(batch)) {
            addProblems(batch.problems);
            if (cancelled()) {
                stopped = true;
                break;
            }
            const auto batchStart = Clock::now();
            const torch::Tensor x = batch.images.to(dev), y = batch.labels.to(dev);
            torch::Tensor logits, loss;
            {
                AutocastScope scope(amp, dev);
                logits = model->forward(x);
                loss = torch::nn::functional::cross_entropy(logits.to(torch::kFloat), y);
            }
            if (cancelled()) { // checked again before the backward pass: half a step is dropped
                stopped = true;
                break;
            }
            // Before the step: a non-finite loss would write NaN gradients into every weight.
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue)) {
                loader.cancel();
                throw diverged("the loss became " + std::string(std::isnan(lossValue) ? "NaN" : "infinite") +
                               " in epoch " + std::to_string(e + 1) + ", batch " +
                               std::to_string(batch.batchNumber + 1));
            }
            opt->zero_grad();
            loss.backward();
            opt->step();
            const int64_t n = x.size(0);
            lossSum += lossValue * double(n);
            hits += (logits.argmax(1) == y).sum().item<int64_t>();
            seen += n;
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
        std::vector<Problem> evalProblems;
        const TestScore score =
            TestScore::measure(model, data, testIdx, p.batchSize, p.loaderThreads, dev, cancel, evalProblems);
        addProblems(evalProblems);
        if (score.cancelled) {
            stopped = true;
            break;
        }
        // The last step of the epoch can overflow the weights with a finite loss before it.
        if (const std::string bad = InitialModel::nonFiniteTensor(model); !bad.empty())
            throw diverged("the weights became NaN/Inf in epoch " + std::to_string(e + 1) + " (tensor '" + bad + "')");
        if (!std::isfinite(score.loss))
            throw diverged("the test loss became non-finite in epoch " + std::to_string(e + 1));
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
        history.push_back(m);
        const double measure = testIdx.empty() ? m.trainAccuracy : m.testAccuracy;
        const bool improved = measure > best;
        if (improved) {
            best = measure;
            bestEpoch = m.epoch;
        }
        if (p.writeCheckpoints) {
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
    if (p.writeCheckpoints) {
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
                         const std::atomic<bool>* cancel)
{
    try {
        return runImpl(data, params, callbacks, cancel);
    } catch (const c10::Error& e) {
        throw std::runtime_error(std::string("training failed: ") + e.what_without_backtrace());
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
