#include "engine/analysis/ImageInspector.h"
#include "engine/loading/ImageTensor.h"
#include "engine/model/ModelHandle.h"
#include "engine/model/FerNet.h"
#include "engine/io/PthWriter.h"
#include "engine/runtime/Runtime.h"
#include "engine/model/StateDictLoader.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

namespace {

cv::Mat face(int size, int seed)
{
    cv::Mat img(size, size, CV_8UC3, cv::Scalar(90, 110, 150));
    cv::RNG rng(seed);
    cv::ellipse(img, cv::Point(size / 2, size / 2), cv::Size(size / 3, size * 2 / 5), 0, 0, 360,
                cv::Scalar(rng.uniform(100, 200), rng.uniform(120, 220), 200), cv::FILLED);
    cv::circle(img, cv::Point(size / 3, size * 2 / 5), size / 16, cv::Scalar(30, 30, 30), cv::FILLED);
    cv::circle(img, cv::Point(size * 2 / 3, size * 2 / 5), size / 16, cv::Scalar(30, 30, 30), cv::FILLED);
    return img;
}

void checkGrid(const arm::Grid& g, int n, const char* what)
{
    QVERIFY2(g.rows == n && g.cols == n && g.values.size() == static_cast<std::size_t>(n * n),
             qPrintable(QStringLiteral("%1: %2x%3, expected %4").arg(QLatin1String(what)).arg(g.rows).arg(g.cols).arg(n)));
    for (float v : g.values)
        QVERIFY2(std::isfinite(v), what);
}

} // namespace

class TstImageInspector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        arm::Runtime::configureThreads(0);
        torch::manual_seed(2);
    }

    // An authors'-format .pth (written with PthWriter, exactly the authors' keys) opened through
    // ModelHandle and inspected: every map has its geometry's shape, at 224 and 112.
    void allShapesFromAuthorsPth_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("S");
        QTest::addColumn<int>("A");
        QTest::addColumn<int>("o");
        QTest::newRow("224") << 224 << 7 << 112 << 11;
        QTest::newRow("112") << 112 << 4 << 64 << 5;
    }
    void allShapesFromAuthorsPth()
    {
        QFETCH(int, input);
        QFETCH(int, S);
        QFETCH(int, A);
        QFETCH(int, o);
        arm::ModelConfig cfg;
        cfg.arch = arm::Arch::ResNet18Arm;
        cfg.inputSize = input;
        arm::FerNet net(cfg);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("authors.pth")).toStdString();
        const auto sd = arm::StateDictLoader::stateDict(net, /*authorsNames=*/true);
        arm::writePth(sd, path);
        auto model = arm::ModelHandle::open(path);
        QCOMPARE(model->config().inputSize, input);

        const cv::Mat img = face(input + 30, 1); // not the input size: the eval transform resizes
        const arm::ImageAnalysis a = arm::ImageInspector::inspect(*model, img);
        QCOMPARE(a.inputSize, input);
        QCOMPARE(a.logits.size(), std::size_t(7));
        QCOMPARE(a.classNames.size(), std::size_t(7));
        double psum = 0;
        for (float p : a.probabilities)
            psum += p;
        QVERIFY(std::fabs(psum - 1.0) < 1e-5);
        QVERIFY(a.predicted >= 0 && a.predicted < 7);
        checkGrid(a.kernel, 32, "kernel");
        checkGrid(a.coverageArranged, A, "coverageArranged");
        checkGrid(a.coverageBackbone, S, "coverageBackbone");
        checkGrid(a.coverageImage, input, "coverageImage");
        for (int c = 0; c < 2; ++c) {
            checkGrid(a.arranged[c], A, "arranged");
            checkGrid(a.dealbinoRaw[c], o, "dealbinoRaw");
            checkGrid(a.dealbinoBn[c], o, "dealbinoBn");
        }
        checkGrid(a.fUnique, o, "fUnique");
        checkGrid(a.fGenericScaled, o, "fGenericScaled");
        checkGrid(a.fExpression, o, "fExpression");
        checkGrid(a.cellContribution, o, "cellContribution");
        checkGrid(a.cellContributionImage, input, "cellContributionImage");
        QCOMPARE(a.dealbinoCells.rows, o);
        QCOMPARE(a.dealbinoCells.boxes.size(), std::size_t(o * o));
        QCOMPARE(a.backboneCells.rows, S);
        QCOMPARE(a.backboneCells.boxes.size(), std::size_t(S * S));
        checkGrid(a.erosionAnalytic, S, "erosionAnalytic");
        checkGrid(a.erosionMeasured, S, "erosionMeasured");
        checkGrid(a.gradCam, input, "gradCam");
        checkGrid(a.gradCamCells, S, "gradCamCells");
        QCOMPARE(a.gradCamClass, a.predicted);
        QVERIFY(a.milliseconds > 0);

        // The numbers are the model's: F_expression = F_unique + alpha F_generic, and the logits equal a
        // plain batch-of-1 forward of the same transform.
        for (int i = 0; i < o * o; ++i)
            QVERIFY(std::fabs(a.fExpression.values[i] - a.fUnique.values[i] - a.fGenericScaled.values[i]) < 1e-5f);
        torch::NoGradGuard g;
        const torch::Tensor x = arm::ImageTensor::fromMat(img, input).unsqueeze(0);
        const torch::Tensor logits = model->network()->forward(x)[0];
        for (int k = 0; k < 7; ++k)
            QVERIFY(std::fabs(logits[k].item<float>() - a.logits[k]) < 1e-4f);
        // Coverage on the backbone: the corner cell gets less de-albino weight than the centre.
        QVERIFY(a.coverageBackbone.at(0, 0) < a.coverageBackbone.at(S / 2, S / 2));
    }

    // Baselines: what applies is filled, the ARM fields stay empty.
    void baselineFillsWhatApplies()
    {
        arm::ModelConfig cfg;
        cfg.arch = arm::Arch::ResNet18;
        cfg.inputSize = 112;
        auto model = arm::ModelHandle::create(cfg);
        const arm::ImageAnalysis a = arm::ImageInspector::inspect(*model, face(112, 3));
        checkGrid(a.gradCam, 112, "gradCam");
        checkGrid(a.erosionAnalytic, 4, "erosionAnalytic");
        checkGrid(a.erosionMeasured, 4, "erosionMeasured");
        QVERIFY(a.kernel.empty() && a.fUnique.empty() && a.cellContribution.empty() && a.coverageImage.empty());
        QCOMPARE(a.dealbinoCells.rows, 0);
        const arm::AffinityResult r = arm::ImageInspector::affinity(*model, {face(112, 1), face(112, 2)});
        QCOMPARE(r.predictedAlone, r.predictedInBatch);
        QVERIFY(r.uniqueCosine.empty());
    }

    void badInput()
    {
        arm::ModelConfig cfg;
        cfg.arch = arm::Arch::ResNet18Arm;
        cfg.inputSize = 112;
        auto model = arm::ModelHandle::create(cfg);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::ImageInspector::inspect(*model, cv::Mat()));
        arm::InspectOptions o;
        o.gradCamClass = 9;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::ImageInspector::inspect(*model, face(112, 1), o));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::ImageInspector::affinity(*model, {}));
    }
};

QTEST_GUILESS_MAIN(TstImageInspector)
#include "tst_imageinspector.moc"
