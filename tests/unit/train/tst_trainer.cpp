// The trainer on a tiny synthetic dataset (ResNet-18+ARM at 64 px, batch 16): determinism, exact
// resume, cancel, files, samplers, freezing and every way of initialising a model.
#include "engine/model/Checkpoint.h"
#include "engine/data/DatasetOpener.h"
#include "engine/eval/Evaluator.h"
#include "engine/model/FerNet.h"
#include "engine/model/ModelExport.h"
#include "engine/model/FerNet.h"
#include "engine/loading/MrrSampler.h"
#include "engine/io/PthWriter.h"
#include "engine/runtime/Runtime.h"
#include "engine/model/StateDictLoader.h"
#include "engine/synth/SynthDatasetWriter.h"
#include "engine/train/Trainer.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QtTest>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using arm::TrainParams;
using arm::TrainResult;
using arm::Trainer;

namespace {

// Largest absolute difference over the tensors whose names start with `prefix` ("" = all).
double maxDiff(const std::map<std::string, torch::Tensor>& a, const std::map<std::string, torch::Tensor>& b,
               const std::string& prefix = "")
{
    double worst = 0.0;
    int compared = 0;
    for (const auto& [k, t] : a) {
        if (k.rfind(prefix, 0) != 0)
            continue;
        const auto it = b.find(k);
        if (it == b.end())
            return 1e30;
        worst = std::max(worst, (t.to(torch::kDouble) - it->second.to(torch::kDouble)).abs().max().item<double>());
        ++compared;
    }
    return compared > 0 ? worst : 1e30;
}

std::map<std::string, torch::Tensor> weightsOf(const TrainResult& r)
{
    return arm::StateDictLoader::stateDict(r.model->network(), false);
}

std::map<std::string, torch::Tensor> weightsOf(const std::string& ckpt)
{
    return arm::StateDictLoader::stateDict(arm::Checkpoint::load(ckpt).model, false);
}

nlohmann::json readJson(const std::string& path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

} // namespace

class TstTrainer : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    arm::DatasetIndex m_data;
    TrainResult m_a; // the reference run: 2 epochs, seed 7

    std::string dir(const char* name) const { return (fs::path(m_tmp.path().toStdString()) / name).string(); }

    TrainParams params(const char* out, int epochs = 2, unsigned long long seed = 7) const
    {
        TrainParams p;
        p.model.arch = arm::Arch::ResNet18Arm;
        p.model.inputSize = 64;
        p.model.generic = arm::GenericMode::Running;
        p.outDir = out ? dir(out) : std::string();
        p.epochs = epochs;
        p.batchSize = 16;
        p.seed = seed;
        // One thread: OpenMP workers spin badly when the (shared, 2-core) machine is oversubscribed.
        p.threads = 1;
        p.loaderThreads = 1;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        arm::SynthOptions o;
        o.outDir = dir("data");
        o.count = 64;
        o.size = 48;
        o.seed = 11;
        arm::SynthDatasetWriter::write(o);
        m_data = arm::DatasetOpener::open(o.outDir);
        QVERIFY(m_data.indicesOf(arm::Split::Test).size() >= 7);
        m_a = Trainer::run(m_data, params("a"));
        QCOMPARE(int(m_a.epochs.size()), 2);
        QVERIFY(!m_a.cancelled);
    }

    void seededRunsRepeatExactly()
    {
        const TrainResult b = Trainer::run(m_data, params("b"));
        QCOMPARE(int(b.epochs.size()), 2);
        for (int e = 0; e < 2; ++e) {
            QCOMPARE(b.epochs[e].trainLoss, m_a.epochs[e].trainLoss);
            QCOMPARE(b.epochs[e].testLoss, m_a.epochs[e].testLoss);
            QCOMPARE(b.epochs[e].testAccuracy, m_a.epochs[e].testAccuracy);
        }
        QCOMPARE(maxDiff(weightsOf(b), weightsOf(m_a)), 0.0);
        // Another seed is another run (init, order, augmentation).
        const TrainResult c = Trainer::run(m_data, params("c", 1, 8));
        QVERIFY(c.epochs[0].trainLoss != m_a.epochs[0].trainLoss);
    }

    void resumeEqualsUninterrupted()
    {
        TrainParams p = params("resume", 1);
        const TrainResult first = Trainer::run(m_data, p);
        QCOMPARE(first.epochs[0].trainLoss, m_a.epochs[0].trainLoss);
        QCOMPARE(arm::Checkpoint::peek(dir("resume") + "/last.ckpt").epoch, 1);
        p.epochs = 2;
        p.resume = true;
        p.seed = 999;  // stored settings win on resume
        p.lr = 0.5;
        const TrainResult second = Trainer::run(m_data, p);
        QCOMPARE(int(second.epochs.size()), 2); // history carried over
        QCOMPARE(second.epochs[0].trainLoss, m_a.epochs[0].trainLoss);
        QVERIFY(std::abs(second.epochs[1].trainLoss - m_a.epochs[1].trainLoss) < 1e-6);
        QVERIFY(std::abs(second.epochs[1].testLoss - m_a.epochs[1].testLoss) < 1e-6);
        QCOMPARE(second.epochs[1].lr, m_a.epochs[1].lr);
        QVERIFY(maxDiff(weightsOf(second), weightsOf(m_a)) < 1e-6);
        QVERIFY(maxDiff(weightsOf(dir("resume") + "/last.ckpt"), weightsOf(dir("a") + "/last.ckpt")) < 1e-6);
        QCOMPARE(int(readJson(dir("resume") + "/metrics.json").at("epochs").size()), 2);
        QCOMPARE(Trainer::storedParams(dir("resume")).seed, 7ull);
    }

    void cancelStopsQuicklyAndResumes()
    {
        std::atomic<bool> cancel{false};
        std::chrono::steady_clock::time_point flagged;
        arm::TrainCallbacks cb;
        cb.onBatch = [&](const arm::TrainProgress& pr) {
            if (pr.epoch == 2 && pr.batch == 2 && !cancel) {
                flagged = std::chrono::steady_clock::now();
                cancel = true;
            }
        };
        TrainParams p = params("cancel");
        const TrainResult r = Trainer::run(m_data, p, cb, &cancel);
        const double latency = std::chrono::duration<double>(std::chrono::steady_clock::now() - flagged).count();
        QVERIFY(cancel.load());
        QVERIFY(r.cancelled);
        QVERIFY2(latency < 1.0, qPrintable(QStringLiteral("cancel took %1 s").arg(latency)));
        QCOMPARE(int(r.epochs.size()), 1);
        const arm::CheckpointData d = arm::Checkpoint::load(dir("cancel") + "/last.ckpt");
        QCOMPARE(d.epoch, 1); // the last completed epoch, not the half-done one
        QVERIFY(!d.optimizerState.empty());
        QCOMPARE(readJson(dir("cancel") + "/metrics.json").at("status").get<std::string>(), std::string("cancelled"));
        QVERIFY(!r.model); // mid-epoch weights are not handed out
        p.resume = true;
        const TrainResult resumed = Trainer::run(m_data, p);
        QVERIFY(!resumed.cancelled);
        QVERIFY(std::abs(resumed.epochs[1].trainLoss - m_a.epochs[1].trainLoss) < 1e-6);
    }

    void metricsFileHasEveryEpoch()
    {
        const nlohmann::json j = readJson(dir("a") + "/metrics.json");
        QCOMPARE(j.at("status").get<std::string>(), std::string("finished"));
        QCOMPARE(j.at("completed_epochs").get<int>(), 2);
        const auto& epochs = j.at("epochs");
        QCOMPARE(int(epochs.size()), 2);
        for (int e = 0; e < 2; ++e) {
            const auto& m = epochs[static_cast<std::size_t>(e)];
            QCOMPARE(m.at("epoch").get<int>(), e + 1);
            QCOMPARE(m.at("train_loss").get<double>(), m_a.epochs[e].trainLoss);
            QCOMPARE(m.at("test_accuracy").get<double>(), m_a.epochs[e].testAccuracy);
            QVERIFY(std::abs(m.at("lr").get<double>() - 1e-3 * std::pow(0.9, e)) < 1e-12);
            QVERIFY(m.at("seconds").get<double>() > 0.0);
            QVERIFY(m.at("images_per_second").get<double>() > 0.0);
        }
        QCOMPARE(j.at("params").at("batch_size").get<int>(), 16);
        QVERIFY(!fs::exists(dir("a") + "/.write-probe"));
    }

    // bf16 training: the forward under autocast, everything stored stays fp32 (master weights), the run
    // learns like the fp32 one (same seed: close, not equal) and says its precision in metrics.json.
    void bf16TrainingKeepsFp32WeightsAndLearns()
    {
        TrainParams p = params("bf16", 2);
        p.precision = arm::Precision::Bf16;
        const TrainResult r = Trainer::run(m_data, p);
        QCOMPARE(int(r.epochs.size()), 2);
        for (const auto& e : r.epochs)
            QVERIFY(std::isfinite(e.trainLoss) && std::isfinite(e.testLoss));
        const auto w = weightsOf(dir("bf16") + "/last.ckpt");
        for (const auto& [k, t] : w)
            if (t.is_floating_point())
                QVERIFY2(t.scalar_type() == torch::kFloat32, k.c_str());
        const double d = maxDiff(w, weightsOf(m_a));
        QVERIFY2(d > 0.0, "bf16 gave the fp32 weights bit for bit: autocast did not run");
        QVERIFY2(std::abs(r.epochs[1].trainLoss - m_a.epochs[1].trainLoss) < 0.25 * m_a.epochs[1].trainLoss,
                 qPrintable(QStringLiteral("bf16 loss %1, fp32 %2").arg(r.epochs[1].trainLoss).arg(m_a.epochs[1].trainLoss)));
        const nlohmann::json j = readJson(dir("bf16") + "/metrics.json");
        QCOMPARE(j.at("params").at("precision").get<std::string>(), std::string("bf16"));
        QCOMPARE(readJson(dir("a") + "/metrics.json").at("params").at("precision").get<std::string>(), std::string("fp32"));
    }

    void bestCheckpointTracksBestEpoch()
    {
        int bestEpoch = 0;
        double best = -1;
        for (const auto& m : m_a.epochs)
            if (m.testAccuracy > best) {
                best = m.testAccuracy;
                bestEpoch = m.epoch;
            }
        QCOMPARE(m_a.bestEpoch, bestEpoch);
        QCOMPARE(m_a.bestTestAccuracy, best);
        const arm::CheckpointInfo info = arm::Checkpoint::peek(m_a.bestCheckpoint);
        QCOMPARE(info.epoch, bestEpoch);
        QVERIFY(!info.hasOptimizer);
        QCOMPARE(info.metadata.at("epoch_metrics").at("test_accuracy").get<double>(), best);
        QVERIFY(arm::Checkpoint::peek(m_a.lastCheckpoint).hasOptimizer);
    }

    // The test pass and `arm-cli eval` share one batched inference (engine/eval/BatchedInference): the
    // score metrics.json records for an epoch is what the evaluator gives the same weights.
    void testScoreIsTheEvaluatorsScore()
    {
        QVERIFY(m_a.model);
        arm::EvalOptions eo;
        eo.batchSize = 16;
        eo.loaderThreads = 1;
        const arm::EvalResult r =
            arm::Evaluator::evaluate(*m_a.model, m_data, m_data.indicesOf(arm::Split::Test), eo);
        const arm::EpochMetrics& last = m_a.epochs.back();
        QCOMPARE(r.metrics.samples, int(m_data.indicesOf(arm::Split::Test).size()));
        QCOMPARE(r.metrics.accuracy, last.testAccuracy);
        QCOMPARE(r.metrics.meanClassAccuracy, last.testMeanClassAccuracy);
        // The loss is the same cross-entropy, summed in another order (float vs double).
        QVERIFY2(std::abs(r.metrics.negativeLogLikelihood - last.testLoss) < 1e-5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.metrics.negativeLogLikelihood).arg(last.testLoss)));
    }

    void unwritableOutDirIsNamed()
    {
        const std::string blocker = dir("blocker");
        std::ofstream(blocker) << "a file, not a directory";
        TrainParams p = params(nullptr, 1);
        p.outDir = blocker + "/run";
        try {
            Trainer::run(m_data, p);
            QFAIL("training into an impossible directory did not throw");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find(p.outDir) != std::string::npos, e.what());
        }
        TrainParams r = params("nothing-here", 1);
        r.resume = true;
        QVERIFY_EXCEPTION_THROWN(Trainer::run(m_data, r), std::runtime_error);
    }

    void mrrSamplerEpochSize()
    {
        TrainParams p = params(nullptr, 1);
        p.writeCheckpoints = false;
        p.sampler = "mrr";
        const std::vector<int> train = m_data.indicesOf(arm::Split::Train);
        const arm::MrrSampler mrr(m_data.labelsOf(train), p.seed);
        int batches = 0;
        arm::TrainCallbacks cb;
        cb.onBatch = [&](const arm::TrainProgress& pr) { batches = pr.batches; };
        const TrainResult r = Trainer::run(m_data, p, cb);
        QVERIFY(mrr.epochSize() < int(train.size()));
        QCOMPARE(batches, (mrr.epochSize() + 15) / 16);
        QCOMPARE(int(r.epochs.size()), 1);
        QVERIFY(r.lastCheckpoint.empty());
        QVERIFY(std::isfinite(r.epochs[0].trainLoss));
    }

    void freezeBackboneKeepsFeatures()
    {
        TrainParams p = params(nullptr, 1);
        p.writeCheckpoints = false;
        p.initWeights = m_a.lastCheckpoint;
        p.freezeBackbone = true;
        const TrainResult r = Trainer::run(m_data, p);
        const auto before = weightsOf(m_a.lastCheckpoint), after = weightsOf(r);
        QCOMPARE(maxDiff(after, before, "features."), 0.0); // BN statistics included
        QVERIFY(maxDiff(after, before, "fc.") > 0.0);
        QVERIFY(maxDiff(after, before, "arm.de_albino") > 0.0);
    }

    void initialisesFromEveryFormat()
    {
        const auto reference = weightsOf(m_a.lastCheckpoint);
        // Own checkpoint: epochs 0 returns the initial model untouched.
        TrainParams own = params(nullptr, 0);
        own.writeCheckpoints = false;
        own.initWeights = m_a.lastCheckpoint;
        QCOMPARE(maxDiff(weightsOf(Trainer::run(m_data, own)), reference), 0.0);

        // The authors' .pth (inferred architecture, no running feature), then one epoch of fine-tuning.
        const std::string pth = dir("authors.pth");
        arm::ModelExport::writeAuthorsPth(arm::Checkpoint::load(m_a.lastCheckpoint).model, pth);
        TrainParams fromPth = params("from-pth", 0);
        fromPth.initWeights = pth;
        fromPth.model.inputSize = 112; // the file decides: its fc width means 64 px
        const TrainResult loaded = Trainer::run(m_data, fromPth);
        QCOMPARE(loaded.model->config().inputSize, 64);
        const auto got = weightsOf(loaded);
        QCOMPARE(maxDiff(got, reference, "features."), 0.0);
        QCOMPARE(maxDiff(got, reference, "fc."), 0.0);
        QVERIFY(!loaded.model->hasRunningFeature());
        fromPth.epochs = 1;
        fromPth.resume = true;
        const TrainResult tuned = Trainer::run(m_data, fromPth);
        QCOMPARE(int(tuned.epochs.size()), 1);
        QVERIFY(tuned.model->hasRunningFeature()); // running mode: training forwards set it

        // torchvision backbone: features taken, the head freshly initialised.
        std::vector<std::pair<std::string, torch::Tensor>> tv;
        for (const auto& [k, t] : reference) {
            const std::string names[] = {"conv1.", "bn1.", "", "", "layer1.", "layer2.", "layer3.", "layer4."};
            if (k.rfind("features.", 0) != 0)
                continue;
            const std::size_t dot = k.find('.', 9);
            tv.emplace_back(names[std::stoi(k.substr(9, dot - 9))] + k.substr(dot + 1), t);
        }
        tv.emplace_back("fc.weight", torch::zeros({1000, 512}));
        tv.emplace_back("fc.bias", torch::zeros({1000}));
        const std::string tvPath = dir("resnet18-imagenet.pth");
        arm::writePthOrdered(tv, tvPath);
        TrainParams bb = params(nullptr, 0);
        bb.writeCheckpoints = false;
        bb.backboneWeights = tvPath;
        const auto withBackbone = weightsOf(Trainer::run(m_data, bb));
        QCOMPARE(maxDiff(withBackbone, reference, "features."), 0.0);
        QVERIFY(maxDiff(withBackbone, reference, "fc.") > 0.0);
    }
};

QTEST_GUILESS_MAIN(TstTrainer)
#include "tst_trainer.moc"
