#include "engine/runtime/TensorConvert.h"
#include "engine/runtime/Runtime.h"

#include <torch/torch.h>

#include <QtTest>

class TstTensorConvert : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::newRow("square") << 7 << 7;
        QTest::newRow("wide") << 2 << 11;
        QTest::newRow("single") << 1 << 1;
    }
    void roundTrip()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        torch::manual_seed(3);
        const torch::Tensor t = torch::randn({rows, cols});
        const arm::Grid g = arm::TensorConvert::toGrid(t);
        QCOMPARE(g.rows, rows);
        QCOMPARE(g.cols, cols);
        QCOMPARE(g.at(rows - 1, cols - 1), t[rows - 1][cols - 1].item<float>());
        QVERIFY(torch::equal(arm::TensorConvert::toTensor(g), t));
    }
    void leadingUnitDimsAreSqueezed()
    {
        const torch::Tensor t = torch::arange(6, torch::kFloat32).reshape({1, 1, 2, 3});
        const arm::Grid g = arm::TensorConvert::toGrid(t);
        QCOMPARE(g.rows, 2);
        QCOMPARE(g.at(1, 2), 5.0f);
        QCOMPARE(g.maxValue(), 5.0f);
        QCOMPARE(g.minValue(), 0.0f);
    }
    void rejectsThreeDimensions()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::TensorConvert::toGrid(torch::zeros({2, 2, 2})));
    }
    void threadsAreConfigured()
    {
        QCOMPARE(arm::Runtime::configureThreads(2), 2);
        QCOMPARE(arm::Runtime::threads(), 2);
    }
    void deviceSpecsAreValidated()
    {
        QCOMPARE(QString::fromStdString(arm::Runtime::resolveDevice("cpu")), QStringLiteral("cpu"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::Runtime::resolveDevice("gpu"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::Runtime::resolveDevice("cuda:x"));
        if (!arm::Runtime::cudaAvailable())
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::Runtime::resolveDevice("cuda"));
    }
};

QTEST_GUILESS_MAIN(TstTensorConvert)
#include "tst_tensorconvert.moc"
