#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"
#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <QtTest>

#include <set>

using arm::FerNet;
using arm::GenericMode;
using arm::ModelConfig;

namespace {

ModelConfig config(arm::Arch arch, int input, GenericMode mode = GenericMode::Batch)
{
    ModelConfig c;
    c.arch = arch;
    c.inputSize = input;
    c.generic = mode;
    return c;
}

// The authors' resnet18-arm keys, written out from the spec (features = conv1, bn1, relu,
// maxpool, layer1..4 with torchvision block names; arm.*; fc.*).
std::set<std::string> authorsResNet18ArmKeys()
{
    std::set<std::string> keys;
    auto bn = [&keys](const std::string& p) {
        for (const char* s : {"weight", "bias", "running_mean", "running_var", "num_batches_tracked"})
            keys.insert(p + "." + s);
    };
    keys.insert("features.0.weight");
    bn("features.1");
    for (int layer = 4; layer <= 7; ++layer) {
        for (int block = 0; block < 2; ++block) {
            const std::string p = "features." + std::to_string(layer) + "." + std::to_string(block);
            keys.insert(p + ".conv1.weight");
            bn(p + ".bn1");
            keys.insert(p + ".conv2.weight");
            bn(p + ".bn2");
            if (block == 0 && layer > 4) {
                keys.insert(p + ".downsample.0.weight");
                bn(p + ".downsample.1");
            }
        }
    }
    keys.insert("arm.de_albino.weight");
    bn("arm.bn");
    keys.insert("arm.alpha");
    keys.insert("fc.weight");
    keys.insert("fc.bias");
    return keys;
}

// Non-trivial BN statistics and alpha so eval-mode formulas are really exercised.
void randomizeStats(FerNet& net, float alpha)
{
    torch::NoGradGuard g;
    for (auto& m : net->modules()) {
        if (auto* b = m->as<torch::nn::BatchNorm2d>()) {
            b->running_mean.uniform_(-0.3, 0.3);
            b->running_var.uniform_(0.5, 1.5);
            b->weight.uniform_(0.7, 1.3);
            b->bias.uniform_(-0.2, 0.2);
        }
    }
    if (net->arm)
        net->arm->alpha.fill_(alpha);
}

} // namespace

class TstFerNet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { arm::Runtime::configureThreads(0); }

    void parameterNamesAreTheAuthors()
    {
        FerNet net(config(arm::Arch::ResNet18Arm, 224));
        const auto authors = arm::StateDictLoader::stateDict(net, true);
        std::set<std::string> got;
        for (const auto& kv : authors)
            got.insert(kv.first);
        const std::set<std::string> want = authorsResNet18ArmKeys();
        for (const auto& k : want)
            QVERIFY2(got.count(k), ("missing " + k).c_str());
        for (const auto& k : got)
            QVERIFY2(want.count(k), ("unexpected " + k).c_str());
        const auto all = arm::StateDictLoader::stateDict(net, false);
        QCOMPARE(all.size(), authors.size() + 1);
        QVERIFY(all.count("arm.running_generic"));

        auto shape = [&authors](const std::string& k) { return authors.at(k).sizes().vec(); };
        QVERIFY(shape("features.0.weight") == std::vector<int64_t>({64, 3, 7, 7}));
        QVERIFY(shape("features.5.0.downsample.0.weight") == std::vector<int64_t>({128, 64, 1, 1}));
        QVERIFY(shape("features.7.1.conv2.weight") == std::vector<int64_t>({512, 512, 3, 3}));
        QVERIFY(shape("arm.de_albino.weight") == std::vector<int64_t>({1, 1, 32, 32}));
        QVERIFY(shape("arm.bn.running_mean") == std::vector<int64_t>({2}));
        QVERIFY(shape("arm.alpha") == std::vector<int64_t>({1}));
        QVERIFY(shape("fc.weight") == std::vector<int64_t>({7, 121}));
        QVERIFY(all.at("arm.running_generic").sizes().vec() == std::vector<int64_t>({11, 11}));
        QCOMPARE(authors.at("arm.alpha").item<float>(), 1.0f);
        QCOMPARE(authors.at("arm.bn.num_batches_tracked").scalar_type(), torch::kInt64);
        QCOMPARE(authors.at("features.1.num_batches_tracked").scalar_type(), torch::kInt64);
    }

    void resnet50Names()
    {
        FerNet net(config(arm::Arch::ResNet50Arm, 112));
        const auto sd = arm::StateDictLoader::stateDict(net, true);
        QVERIFY(sd.count("features.4.0.conv3.weight"));
        QVERIFY(sd.count("features.4.0.downsample.0.weight")); // 64 -> 256 needs a projection
        QVERIFY(sd.at("features.7.2.bn3.weight").sizes().vec() == std::vector<int64_t>({2048}));
        QVERIFY(sd.at("fc.weight").sizes().vec() == std::vector<int64_t>({7, 169}));
    }

    void forwardShapes_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("batch");
        QTest::newRow("r18-arm@224") << "resnet18-arm" << 224 << 2;
        QTest::newRow("r18-arm@112") << "resnet18-arm" << 112 << 3;
        QTest::newRow("r50-arm@64") << "resnet50-arm" << 64 << 2;
        QTest::newRow("r18@64 baseline") << "resnet18" << 64 << 2;
    }
    void forwardShapes()
    {
        QFETCH(QString, arch);
        QFETCH(int, input);
        QFETCH(int, batch);
        torch::manual_seed(1);
        FerNet net(config(arm::archFromString(arch.toStdString()), input));
        net->eval();
        const auto& g = net->geometry();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({batch, 3, input, input});
        const arm::ArmInternals in = net->forwardWithInternals(x);
        QVERIFY(in.features.sizes().vec() ==
                std::vector<int64_t>({batch, g.backboneChannels, g.backboneSize, g.backboneSize}));
        QVERIFY(in.logits.sizes().vec() == std::vector<int64_t>({batch, 7}));
        QVERIFY(torch::allclose(net->forward(x), in.logits, 1e-6, 1e-6));
        if (!net->isArm()) {
            QVERIFY(!in.arranged.defined());
            return;
        }
        const int64_t A = g.arrangedSize, o = g.dealbinoSize;
        QVERIFY(in.arranged.sizes().vec() == std::vector<int64_t>({batch, 2, A, A}));
        QVERIFY(in.dealbinoRaw.sizes().vec() == std::vector<int64_t>({batch, 2, o, o}));
        QVERIFY(in.dealbinoBn.sizes().vec() == std::vector<int64_t>({batch, 2, o, o}));
        QVERIFY(in.fUnique.sizes().vec() == std::vector<int64_t>({batch, o, o}));
        QVERIFY(in.fGeneric.sizes().vec() == std::vector<int64_t>({o, o}));
        QVERIFY(in.fExpression.sizes().vec() == std::vector<int64_t>({batch, o, o}));
        QCOMPARE(in.alpha, 1.0f);
        // The arrangement is PixelShuffle(r): out[c, r*h+i, r*w+j] = in[r*r*c + r*i + j, h, w].
        const int r = g.arrangeFactor;
        const int c = 1, h = g.backboneSize - 1, w = 0, i = 3, j = r - 1;
        QCOMPARE(in.arranged[0][c][r * h + i][r * w + j].item<float>(),
                 in.features[0][r * r * c + r * i + j][h][w].item<float>());
    }

    void wrongInputSizeIsNamed()
    {
        FerNet net(config(arm::Arch::ResNet18Arm, 112));
        try {
            net->forward(torch::zeros({1, 3, 96, 96}));
            QFAIL("wrong input size accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("112x112") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net->forward(torch::zeros({1, 1, 112, 112})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FerNet(config(arm::Arch::ResNet18Arm, 32)));
    }

    void oneConvEqualsPerChannelLoop()
    {
        torch::manual_seed(2);
        FerNet net(config(arm::Arch::ResNet18Arm, 112));
        torch::NoGradGuard noGrad;
        const torch::Tensor arranged = torch::randn({3, 2, 64, 64});
        const torch::Tensor folded = net->arm->dealbino(arranged);
        // The authors' loop: the same single-channel conv on each map, concatenated on dim 1.
        std::vector<torch::Tensor> maps;
        for (int ch = 0; ch < 2; ++ch)
            maps.push_back(net->arm->de_albino->forward(arranged.select(1, ch).unsqueeze(1)));
        const torch::Tensor looped = torch::cat(maps, 1);
        QVERIFY(folded.sizes() == looped.sizes());
        QVERIFY(torch::allclose(folded, looped, 1e-5, 1e-6));
    }

    void batchModeIsTheAuthorsFormula()
    {
        torch::manual_seed(3);
        FerNet net(config(arm::Arch::ResNet18Arm, 112, GenericMode::Batch));
        randomizeStats(net, 0.7f);
        net->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({5, 3, 112, 112});
        const arm::ArmInternals in = net->forwardWithInternals(x);
        // Recompute the head by hand from the backbone features.
        const torch::Tensor arranged = torch::pixel_shuffle(in.features, 16);
        const torch::Tensor w = net->arm->de_albino->weight;
        const torch::Tensor raw = torch::cat({torch::conv2d(arranged.narrow(1, 0, 1), w, {}, 8),
                                              torch::conv2d(arranged.narrow(1, 1, 1), w, {}, 8)},
                                             1);
        auto& bn = net->arm->bn;
        const torch::Tensor bnOut = (raw - bn->running_mean.view({1, 2, 1, 1})) /
                                        torch::sqrt(bn->running_var.view({1, 2, 1, 1}) + 1e-5) *
                                        bn->weight.view({1, 2, 1, 1}) +
                                    bn->bias.view({1, 2, 1, 1});
        const torch::Tensor xmean = bnOut.mean(1, true);
        const torch::Tensor globalMean = bnOut.mean(std::vector<int64_t>{0, 1});
        const torch::Tensor expr = xmean + 0.7 * globalMean;
        const torch::Tensor logits = torch::matmul(expr.flatten(1), net->fc->weight.t()) + net->fc->bias;
        QVERIFY(torch::allclose(in.dealbinoRaw, raw, 1e-4, 1e-5));
        QVERIFY(torch::allclose(in.dealbinoBn, bnOut, 1e-4, 1e-5));
        QVERIFY(torch::allclose(in.fGeneric, globalMean, 1e-4, 1e-5));
        QVERIFY(torch::allclose(in.fExpression, expr.squeeze(1), 1e-4, 1e-5));
        QVERIFY(torch::allclose(in.logits, logits, 1e-4, 1e-5));
        QCOMPARE(in.alpha, 0.7f);
        // In batch mode the other images matter, also in eval (the authors' flaw): image 0 alone differs.
        const torch::Tensor alone = net->forward(x.narrow(0, 0, 1));
        QVERIFY(!torch::allclose(alone, in.logits.narrow(0, 0, 1), 1e-4, 1e-4));
    }

    void runningModeIsBatchIndependent()
    {
        torch::manual_seed(4);
        ModelConfig c = config(arm::Arch::ResNet18Arm, 112, GenericMode::Running);
        c.runningMomentum = 0.25;
        FerNet net(c);
        randomizeStats(net, 0.9f);
        QVERIFY(!net->hasRunningGeneric());
        net->eval();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, net->forward(torch::randn({1, 3, 112, 112})));

        net->train();
        torch::Tensor expected;
        {
            torch::NoGradGuard noGrad;
            for (int step = 0; step < 3; ++step) {
                const arm::ArmInternals in = net->forwardWithInternals(torch::randn({4, 3, 112, 112}) * 0.5 + step);
                const torch::Tensor batchMean = in.dealbinoBn.mean(std::vector<int64_t>{0, 1});
                QVERIFY(torch::allclose(in.fGeneric, batchMean)); // training uses the batch, as the authors
                expected = step == 0 ? batchMean.clone() : expected * 0.75 + batchMean * 0.25;
            }
        }
        QVERIFY(net->hasRunningGeneric());
        QVERIFY(torch::allclose(net->runningGeneric(), expected, 1e-5, 1e-6));
        QVERIFY(net->runningGeneric().abs().sum().item<float>() > 0.0f);

        net->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor batch = torch::randn({64, 3, 112, 112});
        const arm::ArmInternals all = net->forwardWithInternals(batch);
        QVERIFY(torch::allclose(all.fGeneric, net->runningGeneric()));
        for (int i : {0, 17, 63}) {
            const torch::Tensor alone = net->forward(batch.narrow(0, i, 1));
            const float diff = (alone - all.logits.narrow(0, i, 1)).abs().max().item<float>();
            QVERIFY2(diff <= 1e-4f, QByteArray::number(diff).constData());
        }
        // The same images in batch mode do depend on the batch: the test above can fail.
        net->setGenericMode(GenericMode::Batch);
        const torch::Tensor small = batch.narrow(0, 16, 8);
        const torch::Tensor batchAll = net->forward(small);
        const torch::Tensor batchAlone = net->forward(small.narrow(0, 1, 1));
        QVERIFY((batchAlone - batchAll.narrow(0, 1, 1)).abs().max().item<float>() > 1e-3f);
    }

    void noneModeDropsTheGenericFeature()
    {
        torch::manual_seed(5);
        FerNet net(config(arm::Arch::ResNet18Arm, 112, GenericMode::None));
        randomizeStats(net, 0.5f);
        net->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({3, 3, 112, 112});
        const arm::ArmInternals in = net->forwardWithInternals(x);
        QCOMPARE(in.fGeneric.abs().sum().item<float>(), 0.0f);
        QVERIFY(torch::equal(in.fExpression, in.fUnique));
        const torch::Tensor alone = net->forward(x.narrow(0, 2, 1));
        QVERIFY(torch::allclose(alone, in.logits.narrow(0, 2, 1), 1e-4, 1e-5));
    }

    void runningFeatureFromADataset()
    {
        torch::manual_seed(6);
        FerNet net(config(arm::Arch::ResNet18Arm, 112, GenericMode::Batch));
        randomizeStats(net, 1.0f);
        net->train(); // computeRunningGeneric must use eval statistics and restore this
        const torch::Tensor data = torch::randn({10, 3, 112, 112});
        int next = 0;
        const int64_t n = net->computeRunningGeneric([&]() -> torch::Tensor {
            if (next >= 10)
                return {};
            const torch::Tensor b = data.narrow(0, next, std::min(4, 10 - next));
            next += 4;
            return b;
        });
        QCOMPARE(n, int64_t{10});
        QVERIFY(net->is_training());
        QVERIFY(net->hasRunningGeneric());
        net->eval();
        torch::NoGradGuard noGrad;
        const arm::ArmInternals in = net->forwardWithInternals(data);
        QVERIFY(torch::allclose(net->runningGeneric(), in.fUnique.mean(0), 1e-4, 1e-5));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, net->computeRunningGeneric([] { return torch::Tensor(); }));
    }

    void gradientsReachAlphaAndBackbone()
    {
        torch::manual_seed(7);
        FerNet net(config(arm::Arch::ResNet18Arm, 64, GenericMode::Batch));
        net->train();
        const torch::Tensor loss = net->forward(torch::randn({2, 3, 64, 64})).pow(2).sum();
        loss.backward();
        QVERIFY(net->arm->alpha.grad().defined());
        QVERIFY(net->arm->de_albino->weight.grad().abs().sum().item<float>() > 0.0f);
        QVERIFY(net->features[0]->as<torch::nn::Conv2d>()->weight.grad().abs().sum().item<float>() > 0.0f);
    }
};

QTEST_GUILESS_MAIN(TstFerNet)
#include "tst_fernet.moc"
