#include "engine/analysis/AffinityAnalysis.h"
#include "engine/model/ArmHeadPass.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"

#include <torch/torch.h>

#include <QtTest>

using arm::AffinityAnalysis;
using arm::Grid;

namespace {

arm::FerNet makeNet(arm::GenericMode mode)
{
    arm::ModelConfig c;
    c.arch = arm::Arch::ResNet18Arm;
    c.inputSize = 112;
    c.generic = mode;
    arm::FerNet net(c);
    torch::NoGradGuard g;
    for (auto& m : net->modules())
        if (auto* b = m->as<torch::nn::BatchNorm2d>()) {
            b->running_mean.uniform_(-0.3, 0.3);
            b->running_var.uniform_(0.5, 1.5);
        }
    net->arm->alpha.fill_(0.8);
    net->eval();
    return net;
}

std::vector<int> classesOf(const torch::Tensor& logits)
{
    std::vector<int> out;
    for (int64_t i = 0; i < logits.size(0); ++i)
        out.push_back(static_cast<int>(logits[i].argmax().item<int64_t>()));
    return out;
}

} // namespace

class TstAffinityAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        arm::Runtime::configureThreads(0);
        torch::manual_seed(5);
    }

    void cosineSymmetricUnitDiagonal()
    {
        const torch::Tensor x = torch::randn({6, 5, 5});
        const Grid s = AffinityAnalysis::cosineMatrix(x);
        QCOMPARE(s.rows, 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(s.at(i, i), 1.0f);
            for (int j = 0; j < 6; ++j) {
                QCOMPARE(s.at(i, j), s.at(j, i));
                QVERIFY(s.at(i, j) >= -1.0001f && s.at(i, j) <= 1.0001f);
            }
        }
        // A row and its scaled copy are perfectly similar, its negation perfectly opposite.
        const torch::Tensor y = torch::stack({x[0], x[0] * 3.0, -x[0]});
        const Grid t = AffinityAnalysis::cosineMatrix(y);
        QVERIFY(std::fabs(t.at(0, 1) - 1.0f) < 1e-5f);
        QVERIFY(std::fabs(t.at(0, 2) + 1.0f) < 1e-5f);
    }

    void classMeans()
    {
        Grid sim(4, 4, 0.0f);
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                sim.at(i, j) = i == j ? 1.0f : 0.1f * (i + j);
        Grid counts;
        const Grid m = AffinityAnalysis::classMeans(sim, {0, 0, 1, -1}, 3, &counts);
        QCOMPARE(m.at(0, 0), sim.at(0, 1));              // the one pair (0,1), self pairs excluded
        QCOMPARE(m.at(0, 1), 0.5f * (sim.at(0, 2) + sim.at(1, 2)));
        QVERIFY(std::isnan(m.at(1, 1)) && std::isnan(m.at(2, 2))); // no pair: NaN, not 0
        QCOMPARE(counts.at(0, 1), 2.0f);
    }

    // Alone = each image in a batch of one: equal to a real batch-of-1 forward; in-batch equal to the
    // batched forward; the shift is what separates them.
    void aloneEqualsBatchOfOne()
    {
        arm::FerNet net = makeNet(arm::GenericMode::Batch);
        const torch::Tensor x = torch::randn({5, 3, 112, 112});
        torch::NoGradGuard g;
        const arm::ArmInternals parts = arm::ArmHeadPass::run(*net, net->features->forward(x), arm::GenericMode::Batch);
        const torch::Tensor alone = arm::ArmHeadPass::aloneLogits(*net, parts);
        for (int i = 0; i < 5; ++i) {
            const torch::Tensor real = net->forward(x.narrow(0, i, 1))[0];
            QVERIFY2(torch::allclose(alone[i], real, 1e-4, 1e-4),
                     qPrintable(QString::fromStdString(c10::str((alone[i] - real).abs().max()))));
        }
        QVERIFY(torch::allclose(parts.logits, net->forward(x), 1e-4, 1e-4));

        const arm::AffinityResult r = AffinityAnalysis::compute(*net, x, {0, 1, 1, 6, -1});
        QCOMPARE(r.predictedAlone, classesOf(alone));
        QCOMPARE(r.predictedInBatch, classesOf(net->forward(x)));
        QVERIFY(r.predictedRunning.empty()); // the model has no running feature
        QCOMPARE(r.uniqueCosine.rows, 5);
        QCOMPARE(r.expressionCosine.rows, 5);
        QCOMPARE(r.classAffinity.rows, 7);
        QCOMPARE(r.sharedShare.size(), std::size_t(5));
        const torch::Tensor shift =
            (torch::softmax(alone, 1) - torch::softmax(parts.logits, 1)).abs().amax(1);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(std::fabs(r.maxProbabilityShift[i] - shift[i].item<float>()) < 1e-5f);
            QVERIFY(r.sharedShare[i] > 0.0f);
            QCOMPARE(r.expressionCosine.at(i, i), 1.0f);
            for (int j = 0; j < 5; ++j)
                QCOMPARE(r.uniqueCosine.at(i, j), r.uniqueCosine.at(j, i));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AffinityAnalysis::compute(*net, x, {1, 2}));
    }

    // Running mode: predictions do not depend on the other images, and match the model's own running
    // forward image by image.
    void runningIsBatchIndependent()
    {
        arm::FerNet net = makeNet(arm::GenericMode::Running);
        net->setRunningGeneric(torch::randn({5, 5}) * 0.5);
        const torch::Tensor x = torch::randn({6, 3, 112, 112});
        const arm::AffinityResult all = AffinityAnalysis::compute(*net, x, {});
        const arm::AffinityResult part = AffinityAnalysis::compute(*net, x.narrow(0, 2, 3), {});
        QCOMPARE(all.predictedRunning.size(), std::size_t(6));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(part.predictedRunning[i], all.predictedRunning[i + 2]);
        torch::NoGradGuard g;
        QCOMPARE(all.predictedRunning, classesOf(net->forward(x)));
        QCOMPARE(all.labels, std::vector<int>(6, -1));
    }
};

QTEST_GUILESS_MAIN(TstAffinityAnalysis)
#include "tst_affinityanalysis.moc"
