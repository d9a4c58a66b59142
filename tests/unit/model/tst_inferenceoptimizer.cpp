// The inference fast path (engine/FastFerNet): BN folded into the convolutions, the ARM head folded into
// one 2->1 convolution, oneDNN / channels-last layouts. It must give the plain model's logits.
#include "engine/model/FastFerNet.h"
#include "engine/model/FerNet.h"
#include "engine/model/ResNet.h"
#include "engine/runtime/Runtime.h"

#include <torch/torch.h>

#include <QtTest>

using arm::FastFerNet;
using arm::FerNet;
using arm::GenericMode;
using arm::InferenceLayout;
using arm::ModelConfig;

namespace {

ModelConfig config(const std::string& arch, int input, GenericMode mode)
{
    ModelConfig c;
    c.arch = arm::archFromString(arch);
    c.inputSize = input;
    c.generic = mode;
    return c;
}

// Non-trivial BN statistics, alpha and running feature: with the default (identity) statistics
// folding would be exact by construction and the test would prove nothing.
FerNet randomNet(const ModelConfig& c, unsigned seed)
{
    torch::manual_seed(seed);
    FerNet net(c);
    torch::NoGradGuard g;
    for (auto& m : net->modules()) {
        if (auto* b = m->as<torch::nn::BatchNorm2d>()) {
            b->running_mean.uniform_(-0.3, 0.3);
            b->running_var.uniform_(0.5, 1.5);
            b->weight.uniform_(0.7, 1.3);
            b->bias.uniform_(-0.2, 0.2);
        }
    }
    // A random ResNet-50 without zero-init residuals grows its activations ~x2 per block; damp the
    // residual branches so logits stay O(1) and the absolute 1e-4 bound means float rounding.
    for (auto& m : net->modules())
        if (auto* bt = m->as<arm::BottleneckImpl>())
            bt->bn3->weight.uniform_(0.1, 0.3);
    if (net->arm) {
        net->arm->alpha.fill_(0.7);
        const int o = net->geometry().dealbinoSize;
        net->setRunningGeneric(torch::randn({o, o}) * 0.5);
    }
    return net;
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a - b).abs().max().item<double>();
}

} // namespace

class TstInferenceOptimizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { arm::Runtime::configureThreads(1); } // numerics, not threading: robust on a loaded machine

    void sameLogitsAsPlainModel_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("input");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("batch");
        QTest::newRow("r18-arm@96 batch") << "resnet18-arm" << 96 << "batch" << 3;
        QTest::newRow("r18-arm@96 running") << "resnet18-arm" << 96 << "running" << 3;
        QTest::newRow("r18-arm@96 none") << "resnet18-arm" << 96 << "none" << 3;
        QTest::newRow("r18-arm@96 batch of 1") << "resnet18-arm" << 96 << "batch" << 1;
        QTest::newRow("r50-arm@64 batch (bottleneck)") << "resnet50-arm" << 64 << "batch" << 2;
        QTest::newRow("r18@64 baseline") << "resnet18" << 64 << "batch" << 2;
    }
    // Every layout against the one plain forward (the network is built once per row: it dominates the time).
    void sameLogitsAsPlainModel()
    {
        QFETCH(QString, arch);
        QFETCH(int, input);
        QFETCH(QString, mode);
        QFETCH(int, batch);
        FerNet net = randomNet(config(arch.toStdString(), input, arm::genericModeFromString(mode.toStdString())), 7);
        net->eval();
        const torch::Tensor x = torch::randn({batch, 3, input, input});
        torch::Tensor want, features;
        {
            torch::NoGradGuard g;
            want = net->forward(x);
            features = net->features->forward(x);
        }
        // The logits must vary (a degenerate network would agree trivially).
        QVERIFY2(want.std().item<double>() > 1e-3, "reference logits are constant");
        const double featureScale = features.abs().max().item<double>();
        for (InferenceLayout layout : {InferenceLayout::Mkldnn, InferenceLayout::ChannelsLast, InferenceLayout::Contiguous,
                                       InferenceLayout::Auto}) {
            FastFerNet fast = arm::fuseForInference(net, layout);
            const torch::Tensor got = fast->forward(x);
            QCOMPARE(got.sizes().vec(), want.sizes().vec());
            const double diff = maxAbsDiff(got, want);
            QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("%1: max |fast - plain| = %2, logits scale %3")
                                                  .arg(QString::fromStdString(arm::toString(layout)))
                                                  .arg(diff)
                                                  .arg(want.abs().max().item<double>())));
            // Backbone agrees with the plain features too (relative: deep random features grow large).
            const double fdiff = maxAbsDiff(fast->backbone(x), features);
            QVERIFY2(fdiff <= 1e-5 * featureScale,
                     qPrintable(QStringLiteral("%1: features differ by %2 (scale %3)")
                                    .arg(QString::fromStdString(arm::toString(layout)))
                                    .arg(fdiff)
                                    .arg(featureScale)));
        }
    }

    void trainingStateOfSourceIsIgnoredAndKept()
    {
        FerNet net = randomNet(config("resnet18-arm", 96, GenericMode::Batch), 3);
        net->train();
        FastFerNet fast = arm::fuseForInference(net, InferenceLayout::Auto);
        QVERIFY(net->is_training());
        const torch::Tensor x = torch::randn({2, 3, 96, 96});
        net->eval();
        torch::NoGradGuard g;
        QVERIFY(maxAbsDiff(fast->forward(x), net->forward(x)) <= 1e-4);
    }

    void snapshotDoesNotFollowSource()
    {
        FerNet net = randomNet(config("resnet18-arm", 96, GenericMode::None), 4);
        net->eval();
        FastFerNet fast = arm::fuseForInference(net, InferenceLayout::Contiguous);
        const torch::Tensor x = torch::randn({2, 3, 96, 96});
        const torch::Tensor before = fast->forward(x).clone();
        {
            torch::NoGradGuard g;
            net->fc->bias.add_(1.0);
        }
        QVERIFY(maxAbsDiff(fast->forward(x), before) == 0.0);
    }

    void modeSwitchMatchesSource()
    {
        FerNet net = randomNet(config("resnet18-arm", 96, GenericMode::Batch), 5);
        net->eval();
        FastFerNet fast = arm::fuseForInference(net);
        const torch::Tensor x = torch::randn({3, 3, 96, 96});
        for (GenericMode m : {GenericMode::Running, GenericMode::None, GenericMode::Batch}) {
            net->setGenericMode(m);
            fast->setGenericMode(m);
            torch::NoGradGuard g;
            QVERIFY(maxAbsDiff(fast->forward(x), net->forward(x)) <= 1e-4);
        }
        // Batch mode: an image's logits depend on its batch mates, as in the authors' code.
        const torch::Tensor alone = fast->forward(x.slice(0, 0, 1));
        QVERIFY(maxAbsDiff(alone, fast->forward(x).slice(0, 0, 1)) > 1e-4);
    }

    void runningWithoutFeatureIsRefused()
    {
        torch::manual_seed(1);
        FerNet net(config("resnet18-arm", 96, GenericMode::Running));
        net->eval();
        FastFerNet fast = arm::fuseForInference(net);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, fast->forward(torch::randn({1, 3, 96, 96})));
        fast->setGenericMode(GenericMode::Batch);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, fast->setGenericMode(GenericMode::Running));
        QCOMPARE(fast->forward(torch::randn({1, 3, 96, 96})).size(1), 7);
    }

    void badInputIsRefused()
    {
        FerNet net = randomNet(config("resnet18-arm", 96, GenericMode::Batch), 6);
        FastFerNet fast = arm::fuseForInference(net);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fast->forward(torch::randn({1, 3, 112, 112})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fast->forward(torch::randn({1, 1, 96, 96})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fast->forward(torch::Tensor()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::inferenceLayoutFromString("nhwc"));
    }

    void layoutNames()
    {
        for (InferenceLayout l : {InferenceLayout::Auto, InferenceLayout::Mkldnn, InferenceLayout::ChannelsLast,
                                  InferenceLayout::Contiguous})
            QVERIFY(arm::inferenceLayoutFromString(arm::toString(l)) == l);
        QVERIFY(arm::resolveInferenceLayout(InferenceLayout::Auto, "cpu") != InferenceLayout::Auto);
        QVERIFY(arm::resolveInferenceLayout(InferenceLayout::Auto, "cuda:0") == InferenceLayout::ChannelsLast);
    }

    void channelsLastInputAccepted()
    {
        FerNet net = randomNet(config("resnet18-arm", 96, GenericMode::Batch), 8);
        net->eval();
        FastFerNet fast = arm::fuseForInference(net);
        const torch::Tensor x = torch::randn({2, 3, 96, 96});
        const torch::Tensor xcl = x.contiguous(at::MemoryFormat::ChannelsLast);
        QVERIFY(maxAbsDiff(fast->forward(xcl), fast->forward(x)) <= 1e-6);
    }

    // bf16: the backbone in bfloat16 (every layout that can run it), logits fp32. bf16 keeps 8 bits of
    // mantissa, so the bound is relative to the logits' spread, and the probabilities must stay close.
    void bf16AgreesWithFp32WithinBf16Rounding_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("auto") << "auto";
        QTest::newRow("channels-last") << "channels-last";
        QTest::newRow("mkldnn") << "mkldnn";
        QTest::newRow("contiguous") << "contiguous";
    }
    void bf16AgreesWithFp32WithinBf16Rounding()
    {
        QFETCH(QString, layout);
        FerNet net = randomNet(config("resnet18-arm", 112, GenericMode::Batch), 5);
        net->eval();
        const torch::Tensor x = torch::randn({8, 3, 112, 112});
        FastFerNet fp32 = arm::fuseForInference(net, arm::inferenceLayoutFromString(layout.toStdString()));
        FastFerNet bf16 = arm::fuseForInference(net, arm::inferenceLayoutFromString(layout.toStdString()),
                                                arm::Precision::Bf16);
        QVERIFY(fp32->precision() == arm::Precision::Fp32);
        QVERIFY(bf16->precision() == arm::Precision::Bf16);
        if (layout == QStringLiteral("auto")) // bf16 runs channels-last when left to choose
            QVERIFY(bf16->layout() == InferenceLayout::ChannelsLast);
        const torch::Tensor want = fp32->forward(x);
        const torch::Tensor got = bf16->forward(x);
        QVERIFY(got.scalar_type() == torch::kFloat32);
        QCOMPARE(got.sizes().vec(), want.sizes().vec());
        const double spread = (want.max() - want.min()).item<double>();
        const double diff = maxAbsDiff(got, want);
        QVERIFY2(diff > 0.0, "bf16 gave exactly the fp32 logits: it did not run in bf16");
        QVERIFY2(diff <= 0.05 * spread, qPrintable(QStringLiteral("max |bf16 - fp32| = %1, spread %2").arg(diff).arg(spread)));
        const double dp = maxAbsDiff(got.softmax(1), want.softmax(1));
        QVERIFY2(dp <= 0.03, qPrintable(QStringLiteral("max |dp| = %1").arg(dp)));
    }
};

QTEST_GUILESS_MAIN(TstInferenceOptimizer)
#include "tst_inferenceoptimizer.moc"
