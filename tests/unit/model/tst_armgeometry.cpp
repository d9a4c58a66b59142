#include "engine/model/ArmGeometry.h"
#include "engine/core/ModelConfig.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using arm::Arch;
using arm::ArmGeometry;

class TstArmGeometry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("arranged");
        QTest::addColumn<int>("dealbino");
        QTest::addColumn<int>("fc");
        // The reference geometry and the sizes the brief asks about.
        QTest::newRow("r18-arm@224") << "resnet18-arm" << 224 << 512 << 7 << 16 << 112 << 11 << 121;
        QTest::newRow("r34-arm@224") << "resnet34-arm" << 224 << 512 << 7 << 16 << 112 << 11 << 121;
        QTest::newRow("r18-arm@112") << "resnet18-arm" << 112 << 512 << 4 << 16 << 64 << 5 << 25;
        QTest::newRow("r50-arm@224") << "resnet50-arm" << 224 << 2048 << 7 << 32 << 224 << 25 << 625;
        QTest::newRow("r50-arm@112") << "resnet50-arm" << 112 << 2048 << 4 << 32 << 128 << 13 << 169;
        // 100: conv1 50, maxpool 25, layer2 13, layer3 7, layer4 4 (odd sizes round up through p=1).
        QTest::newRow("r18-arm@100") << "resnet18-arm" << 100 << 512 << 4 << 16 << 64 << 5 << 25;
        QTest::newRow("r18-arm@64") << "resnet18-arm" << 64 << 512 << 2 << 16 << 32 << 1 << 1;
        QTest::newRow("r18@224 baseline") << "resnet18" << 224 << 512 << 7 << 0 << 0 << 0 << 512;
        // r = 32 makes even a 1x1 backbone arrange to 32x32: ResNet-50-ARM takes tiny inputs.
        QTest::newRow("r50-arm@8") << "resnet50-arm" << 8 << 2048 << 1 << 32 << 32 << 1 << 1;
        QTest::newRow("r50@224 baseline") << "resnet50" << 224 << 2048 << 7 << 0 << 0 << 0 << 2048;
        QTest::newRow("r18@32 baseline") << "resnet18" << 32 << 512 << 1 << 0 << 0 << 0 << 512;
    }
    void table()
    {
        QFETCH(QString, arch);
        QFETCH(int, input);
        const ArmGeometry g = ArmGeometry::compute(arm::archFromString(arch.toStdString()), input);
        QTEST(g.backboneChannels, "channels");
        QTEST(g.backboneSize, "size");
        QTEST(g.arrangeFactor, "r");
        QTEST(g.arrangedSize, "arranged");
        QTEST(g.dealbinoSize, "dealbino");
        QTEST(g.fcWidth, "fc");
        QCOMPARE(g.inputSize, input);
        const std::string text = g.describe();
        QVERIFY2(text.find(arch.toStdString()) != std::string::npos, text.c_str());
        QVERIFY2(text.find("fc " + std::to_string(g.fcWidth)) != std::string::npos, text.c_str());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("input");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("too small for de-albino") << "resnet18-arm" << 32 << "32x32 de-albino kernel";
        QTest::newRow("r34 too small") << "resnet34-arm" << 20 << "de-albino";
        QTest::newRow("zero") << "resnet18-arm" << 0 << "between 1 and 4096";
        QTest::newRow("negative baseline") << "resnet18" << -5 << "between 1 and 4096";
        QTest::newRow("huge") << "resnet34-arm" << 5000 << "between 1 and 4096";
    }
    void refusals()
    {
        QFETCH(QString, arch);
        QFETCH(int, input);
        QFETCH(QString, mustMention);
        try {
            ArmGeometry::compute(arm::archFromString(arch.toStdString()), input);
            QFAIL("impossible geometry accepted");
        } catch (const std::invalid_argument& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find(arch.toStdString()) != std::string::npos, e.what());
            QVERIFY2(msg.find("input size " + std::to_string(input)) != std::string::npos, e.what());
            QVERIFY2(msg.find(mustMention.toStdString()) != std::string::npos, e.what());
        }
    }

    void smallestArmInput()
    {
        // The smallest input whose arranged maps hold one de-albino window: 2x2 backbone at r=16.
        int smallest = 0;
        for (int n = 1; n <= 256 && smallest == 0; ++n) {
            try {
                ArmGeometry::compute(Arch::ResNet18Arm, n);
                smallest = n;
            } catch (const std::invalid_argument&) {
            }
        }
        QCOMPARE(ArmGeometry::compute(Arch::ResNet18Arm, smallest).arrangedSize, 32);
        QCOMPARE(ArmGeometry::compute(Arch::ResNet18Arm, smallest).dealbinoSize, 1);
        QVERIFY(smallest > 32 && smallest <= 64);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ArmGeometry::compute(Arch::ResNet18Arm, smallest - 1));
    }

    void names()
    {
        for (const auto& n : arm::archNames())
            QCOMPARE(arm::toString(arm::archFromString(n)), n);
        for (const auto& n : arm::genericModeNames())
            QCOMPARE(arm::toString(arm::genericModeFromString(n)), n);
        try {
            arm::archFromString("resnet101");
            QFAIL("unknown arch accepted");
        } catch (const std::invalid_argument& e) {
            const std::string msg = e.what();
            QVERIFY(msg.find("resnet101") != std::string::npos);
            QVERIFY(msg.find("resnet50-arm") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::genericModeFromString("ema"));
    }

    void configJson()
    {
        arm::ModelConfig c;
        c.arch = Arch::ResNet50Arm;
        c.inputSize = 112;
        c.generic = arm::GenericMode::Running;
        c.numClasses = 3;
        c.classNames = {"a", "b", "c"};
        c.norm.mean = {0.5f, 0.25f, 0.125f};
        c.norm.std = {0.1f, 0.2f, 0.3f};
        c.runningMomentum = 0.05;
        const arm::ModelConfig back = arm::ModelConfig::fromJson(nlohmann::json::parse(c.toJson().dump()));
        QVERIFY(back.arch == c.arch);
        QCOMPARE(back.inputSize, 112);
        QVERIFY(back.generic == arm::GenericMode::Running);
        QCOMPARE(back.numClasses, 3);
        QVERIFY(back.classNames == c.classNames);
        QVERIFY(back.norm.mean == c.norm.mean);
        QVERIFY(back.norm.std == c.norm.std);
        QCOMPARE(back.runningMomentum, 0.05);

        nlohmann::json bad = c.toJson();
        bad["input_size"] = "big";
        try {
            arm::ModelConfig::fromJson(bad);
            QFAIL("string input_size accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("input_size") != std::string::npos, e.what());
        }
        bad = c.toJson();
        bad["class_names"] = {"only one"};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::ModelConfig::fromJson(bad));
        QCOMPARE(arm::ModelConfig{}.effectiveClassNames().size(), std::size_t{7});
    }
};

QTEST_GUILESS_MAIN(TstArmGeometry)
#include "tst_armgeometry.moc"
