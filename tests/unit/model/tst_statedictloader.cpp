#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"
#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <QtTest>

using arm::FerNet;
using arm::StateDictError;
using arm::StateDictLoader;
using StateDict = std::map<std::string, torch::Tensor>;

namespace {

arm::ModelConfig smallConfig()
{
    arm::ModelConfig c;
    c.arch = arm::Arch::ResNet18Arm;
    c.inputSize = 112;
    return c;
}

bool sameWeights(const FerNet& a, const FerNet& b, bool authorsNames)
{
    const StateDict sa = StateDictLoader::stateDict(a, authorsNames), sb = StateDictLoader::stateDict(b, authorsNames);
    if (sa.size() != sb.size())
        return false;
    for (const auto& [k, t] : sa)
        if (!sb.count(k) || !torch::equal(t, sb.at(k)))
            return false;
    return true;
}

bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

class TstStateDictLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        arm::Runtime::configureThreads(0);
        torch::manual_seed(11);
        m_source = FerNet(smallConfig());
        torch::NoGradGuard g;
        m_source->arm->alpha.fill_(0.42f);
        m_source->arm->bn->running_mean.fill_(0.3f);
        m_source->arm->bn->num_batches_tracked.fill_(1234);
    }

    void strictRoundTrip()
    {
        FerNet target(smallConfig());
        QVERIFY(!sameWeights(m_source, target, true));
        const arm::LoadReport r = StateDictLoader::load(target, StateDictLoader::stateDict(m_source, true));
        QVERIFY(sameWeights(m_source, target, true));
        QCOMPARE(target->alphaValue(), 0.42f);
        QCOMPARE(target->arm->bn->num_batches_tracked.scalar_type(), torch::kInt64);
        QCOMPARE(target->arm->bn->num_batches_tracked.item<int64_t>(), int64_t{1234});
        QVERIFY(r.missing.empty() && r.unexpected.empty());
        QVERIFY(!r.runningGenericLoaded);
        QVERIFY(!target->hasRunningGeneric()); // authors' dicts carry none
    }

    void runningGenericTravelsInOurNames()
    {
        FerNet withFeature(smallConfig());
        withFeature->setRunningGeneric(torch::full({5, 5}, 0.25f));
        FerNet target(smallConfig());
        const arm::LoadReport r = StateDictLoader::load(target, StateDictLoader::stateDict(withFeature, false));
        QVERIFY(r.runningGenericLoaded);
        QVERIFY(target->hasRunningGeneric());
        QVERIFY(torch::equal(target->runningGeneric(), torch::full({5, 5}, 0.25f)));
    }

    void modulePrefixIsStripped()
    {
        StateDict sd;
        for (const auto& [k, t] : StateDictLoader::stateDict(m_source, true))
            sd["module." + k] = t;
        FerNet target(smallConfig());
        StateDictLoader::load(target, sd);
        QVERIFY(sameWeights(m_source, target, true));
    }

    void dtypesAreConverted()
    {
        StateDict sd = StateDictLoader::stateDict(m_source, true);
        sd["arm.bn.num_batches_tracked"] = torch::tensor(77, torch::kInt32);
        sd["fc.bias"] = sd["fc.bias"].to(torch::kFloat64);
        FerNet target(smallConfig());
        StateDictLoader::load(target, sd);
        QCOMPARE(target->arm->bn->num_batches_tracked.scalar_type(), torch::kInt64);
        QCOMPARE(target->arm->bn->num_batches_tracked.item<int64_t>(), int64_t{77});
        QCOMPARE(target->fc->bias.scalar_type(), torch::kFloat32);
    }

    void everyProblemIsNamed()
    {
        StateDict sd = StateDictLoader::stateDict(m_source, true);
        sd.erase("fc.bias");
        sd.erase("features.5.0.downsample.1.running_var");
        sd["arm.extra_thing"] = torch::zeros({3});
        sd["arm.bn.weight"] = torch::ones({3});
        sd["fc.weight"] = torch::zeros({7, 25 + 1});
        FerNet target(smallConfig());
        const StateDict before = StateDictLoader::stateDict(target, false);
        try {
            StateDictLoader::load(target, sd, {true, false, "/tmp/some.pth"});
            QFAIL("a broken state dict was accepted");
        } catch (const StateDictError& e) {
            const std::string msg = e.what();
            QVERIFY(contains(e.missing(), "fc.bias"));
            QVERIFY(contains(e.missing(), "features.5.0.downsample.1.running_var"));
            QCOMPARE(e.missing().size(), std::size_t{2});
            QVERIFY(contains(e.unexpected(), "arm.extra_thing"));
            QCOMPARE(e.unexpected().size(), std::size_t{1});
            QCOMPARE(e.misshaped().size(), std::size_t{2});
            for (const char* s : {"/tmp/some.pth", "fc.bias", "features.5.0.downsample.1.running_var", "arm.extra_thing",
                                  "arm.bn.weight (model [2], file [3])", "fc.weight (model [7, 25], file [7, 26])"})
                QVERIFY2(msg.find(s) != std::string::npos, (std::string("missing '") + s + "' in: " + msg).c_str());
        }
        // Nothing was half-loaded.
        const StateDict after = StateDictLoader::stateDict(target, false);
        for (const auto& [k, t] : before)
            QVERIFY2(torch::equal(t, after.at(k)), k.c_str());
    }

    void nonStrictReportsAndLoadsTheRest()
    {
        StateDict sd = StateDictLoader::stateDict(m_source, true);
        sd.erase("fc.bias");
        sd["stray"] = torch::zeros({1});
        FerNet target(smallConfig());
        const arm::LoadReport r = StateDictLoader::load(target, sd, {false, false, "x"});
        QVERIFY(contains(r.missing, "fc.bias"));
        QVERIFY(contains(r.unexpected, "stray"));
        QCOMPARE(target->alphaValue(), 0.42f);
        // Shapes stay fatal even when not strict.
        sd["arm.alpha"] = torch::ones({2});
        QVERIFY_THROWS_EXCEPTION(StateDictError, StateDictLoader::load(target, sd, {false, false, "x"}));
    }

    // NaN/Inf weights gave label "Surprise" with null logits (and crashed eval/audit); a negative BN
    // variance gave NaN after the square root. Both are load errors naming the key, .pth and .ckpt alike.
    void unusableValuesAreNamed()
    {
        StateDict sd = StateDictLoader::stateDict(m_source, true);
        sd["fc.weight"][0][1] = std::numeric_limits<float>::quiet_NaN();
        sd["arm.alpha"].fill_(std::numeric_limits<float>::infinity());
        sd["features.1.running_var"][2] = -0.5f;
        sd["features.4.0.bn1.running_mean"][0] = -3.0f; // negative means are fine
        FerNet target(smallConfig());
        const StateDict before = StateDictLoader::stateDict(target, false);
        try {
            StateDictLoader::load(target, sd, {true, false, "/tmp/nan.pth"});
            QFAIL("non-finite weights were accepted");
        } catch (const StateDictError& e) {
            const std::string msg = e.what();
            QCOMPARE(e.invalid().size(), std::size_t{3});
            QVERIFY(e.missing().empty() && e.unexpected().empty() && e.misshaped().empty());
            for (const char* s : {"/tmp/nan.pth: state dict holds unusable values", "fc.weight (holds NaN or infinite values)",
                                  "arm.alpha (holds NaN or infinite values)",
                                  "features.1.running_var (has a negative running variance)"})
                QVERIFY2(msg.find(s) != std::string::npos, (std::string("missing '") + s + "' in: " + msg).c_str());
        }
        const StateDict after = StateDictLoader::stateDict(target, false);
        for (const auto& [k, t] : before)
            QVERIFY2(torch::equal(t, after.at(k)), k.c_str());
    }

    void torchvisionBackbone()
    {
        // A torchvision ResNet-18 state dict: conv1/bn1/layerK names and an ImageNet fc.
        StateDict tv;
        for (const auto& [k, t] : StateDictLoader::stateDict(m_source, true)) {
            if (k.rfind("features.", 0) != 0)
                continue;
            const std::size_t dot = k.find('.', 9);
            const int index = std::stoi(k.substr(9, dot - 9));
            const std::string rest = k.substr(dot + 1);
            const std::string name = index == 0 ? "conv1" : index == 1 ? "bn1" : "layer" + std::to_string(index - 3);
            tv[name + "." + rest] = t;
        }
        tv["fc.weight"] = torch::zeros({1000, 512});
        tv["fc.bias"] = torch::zeros({1000});
        QVERIFY(tv.count("layer2.0.downsample.0.weight"));
        QCOMPARE(StateDictLoader::torchvisionToFeatures("layer2.0.downsample.0.weight"),
                 std::string("features.5.0.downsample.0.weight"));

        FerNet target(smallConfig());
        const torch::Tensor fcBefore = target->fc->weight.clone();
        const float alphaBefore = target->alphaValue();
        arm::LoadOptions opts;
        opts.backboneOnly = true;
        const arm::LoadReport r = StateDictLoader::load(target, tv, opts);
        QVERIFY(contains(r.skipped, "fc.weight"));
        QVERIFY(torch::equal(target->features[0]->as<torch::nn::Conv2d>()->weight,
                             m_source->features[0]->as<torch::nn::Conv2d>()->weight));
        const StateDict got = StateDictLoader::stateDict(target, true), want = StateDictLoader::stateDict(m_source, true);
        for (const auto& [k, t] : want)
            if (k.rfind("features.", 0) == 0)
                QVERIFY2(torch::equal(t, got.at(k)), k.c_str());
        QVERIFY(torch::equal(target->fc->weight, fcBefore));
        QCOMPARE(target->alphaValue(), alphaBefore);

        // Without the mapping flag the same dict is all unexpected/missing, by name.
        try {
            StateDictLoader::load(target, tv);
            QFAIL("torchvision names accepted without backboneOnly");
        } catch (const StateDictError& e) {
            QVERIFY(contains(e.unexpected(), "layer4.1.bn2.running_var"));
            QVERIFY(contains(e.missing(), "features.7.1.bn2.running_var"));
        }
        // A truncated backbone is still caught in backbone mode.
        tv.erase("layer3.1.conv2.weight");
        try {
            StateDictLoader::load(target, tv, opts);
            QFAIL("incomplete backbone accepted");
        } catch (const StateDictError& e) {
            QVERIFY(contains(e.missing(), "features.6.1.conv2.weight"));
        }
    }

    void inferConfig_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("classes");
        QTest::addColumn<bool>("torchvisionNames");
        QTest::newRow("r18-arm@224") << "resnet18-arm" << 224 << 7 << false;
        QTest::newRow("r34-arm@112") << "resnet34-arm" << 112 << 7 << false;
        QTest::newRow("r50-arm@112, 3 classes") << "resnet50-arm" << 112 << 3 << false;
        QTest::newRow("r18 baseline, torchvision names") << "resnet18" << 224 << 1000 << true;
    }
    void inferConfig()
    {
        QFETCH(QString, arch);
        QFETCH(int, input);
        QFETCH(int, classes);
        QFETCH(bool, torchvisionNames);
        arm::ModelConfig c;
        c.arch = arm::archFromString(arch.toStdString());
        c.inputSize = input;
        c.numClasses = classes;
        StateDict sd;
        for (const auto& [k, t] : StateDictLoader::stateDict(FerNet(c), true)) {
            std::string name = "module." + k;
            if (torchvisionNames && k.rfind("features.", 0) == 0) {
                const std::size_t dot = k.find('.', 9);
                const int index = std::stoi(k.substr(9, dot - 9));
                name = (index == 0 ? "conv1" : index == 1 ? "bn1" : "layer" + std::to_string(index - 3)) +
                       k.substr(dot);
            }
            sd[name] = t;
        }
        const arm::ModelConfig got = StateDictLoader::inferConfig(sd);
        QCOMPARE(arm::toString(got.arch), arch.toStdString());
        QCOMPARE(got.inputSize, input);
        QCOMPARE(got.numClasses, classes);
        // And the inferred config builds a model the dict loads into strictly (names mapped back).
        if (!torchvisionNames) {
            FerNet rebuilt(got);
            StateDictLoader::load(rebuilt, sd);
        }
    }

    void inferConfigRefusals()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StateDictLoader::inferConfig({}));
        StateDict sd = StateDictLoader::stateDict(m_source, true);
        sd["fc.weight"] = torch::zeros({7, 26}); // 26 is no square
        try {
            StateDictLoader::inferConfig(sd);
            QFAIL("impossible fc width accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("26") != std::string::npos, e.what());
        }
    }

private:
    FerNet m_source{nullptr};
};

QTEST_GUILESS_MAIN(TstStateDictLoader)
#include "tst_statedictloader.moc"
