// The trainer and non-finite numbers, on a tiny model (ResNet-18 baseline at 32 px, 24 images): corrupt
// initial weights are refused before anything is written, and a run whose loss or weights stop being
// finite ends with an error, metrics.json "failed", and never a checkpoint of NaN weights.
// (tst_trainer covers the normal runs; it is slow, this one takes seconds.)
#include "engine/data/DatasetOpener.h"
#include "engine/model/Checkpoint.h"
#include "engine/model/FerNet.h"
#include "engine/model/StateDictLoader.h"
#include "engine/synth/SynthDatasetWriter.h"
#include "engine/train/Trainer.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <limits>

namespace fs = std::filesystem;

class TstTrainerNonFinite : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    arm::DatasetIndex m_data;

    std::string dir(const std::string& name) const { return (fs::path(m_tmp.path().toStdString()) / name).string(); }

    arm::TrainParams params(const std::string& out) const
    {
        arm::TrainParams p;
        p.model.arch = arm::Arch::ResNet18;
        p.model.inputSize = 32;
        p.model.generic = arm::GenericMode::None;
        p.outDir = dir(out);
        p.epochs = 2;
        p.batchSize = 4;
        p.seed = 3;
        p.threads = 1;
        p.loaderThreads = 1;
        p.augment = false;
        return p;
    }

    static bool allFinite(const std::string& ckpt)
    {
        for (const auto& [name, t] : arm::StateDictLoader::stateDict(arm::Checkpoint::load(ckpt).model, false))
            if (t.is_floating_point() && !torch::isfinite(t).all().item<bool>())
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        arm::SynthOptions o;
        o.outDir = dir("data");
        o.count = 24;
        o.size = 32;
        o.seed = 5;
        arm::SynthDatasetWriter::write(o);
        m_data = arm::DatasetOpener::open(o.outDir);
        QVERIFY(!m_data.indicesOf(arm::Split::Train).empty());
    }

    // Before: the run "trained" NaN weights, exited normally and wrote a best.ckpt that crashed `eval`.
    void corruptInitialWeightsAreRefused()
    {
        arm::TrainParams p = params("from-nan");
        arm::ModelConfig c = p.model;
        c.numClasses = m_data.numClasses();
        c.classNames = m_data.classNames;
        arm::FerNet net(c);
        {
            torch::NoGradGuard noGrad;
            net->named_parameters()["fc.weight"].fill_(std::numeric_limits<float>::quiet_NaN());
        }
        const std::string init = dir("nan-init.ckpt");
        arm::Checkpoint::save(init, net);
        p.initWeights = init;
        try {
            arm::Trainer::run(m_data, p);
            QFAIL("training started from NaN weights");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find(init) != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("NaN") != std::string::npos, e.what());
        }
        QVERIFY(!fs::exists(dir("from-nan/best.ckpt")));
        QVERIFY(!fs::exists(dir("from-nan/last.ckpt")));
    }

    // A learning rate of 1e38 overflows the weights within a few SGD steps.
    void divergenceStopsWithAClearError()
    {
        arm::TrainParams p = params("diverged");
        p.optimizer = "sgd";
        p.momentum = 0.0;
        p.weightDecay = 0.0;
        p.lr = 1e38;
        try {
            arm::Trainer::run(m_data, p);
            QFAIL("a diverging run finished without an error");
        } catch (const std::runtime_error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(p.outDir + ": training stopped, ", 0) == 0, e.what());
            QVERIFY2(msg.find("NaN") != std::string::npos || msg.find("infinite") != std::string::npos ||
                         msg.find("non-finite") != std::string::npos,
                     e.what());
            QVERIFY2(msg.find("learning rate 1e+38") != std::string::npos, e.what());
        }
        // Checkpoints that exist hold the last finite weights; none holds NaN.
        for (const char* name : {"best.ckpt", "last.ckpt"})
            if (fs::exists(dir(std::string("diverged/") + name)))
                QVERIFY2(allFinite(dir(std::string("diverged/") + name)), name);
        std::ifstream in(dir("diverged/metrics.json"));
        QCOMPARE(QString::fromStdString(nlohmann::json::parse(in).value("status", std::string())),
                 QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TstTrainerNonFinite)
#include "tst_trainer_nonfinite.moc"
