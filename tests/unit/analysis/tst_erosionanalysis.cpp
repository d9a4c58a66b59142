#include "engine/analysis/ErosionAnalysis.h"
#include "engine/model/FerNet.h"
#include "engine/loading/ImageTensor.h"
#include "engine/analysis/ReceptiveField.h"
#include "engine/runtime/Runtime.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <QtTest>

using arm::Grid;
using arm::ReceptiveField;

namespace {

arm::ModelConfig config(arm::Arch arch, int input)
{
    arm::ModelConfig c;
    c.arch = arch;
    c.inputSize = input;
    return c;
}

} // namespace

class TstErosionAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { arm::Runtime::configureThreads(0); }

    // A single 3x3 convolution with padding 1 on 7x7: 4 of 9 taps valid at corners, 6 on edges, 9 inside.
    void validTaps3x3()
    {
        const Grid v = ReceptiveField::propagateValid(Grid(7, 7, 1.0f), 3, 1, 1);
        QCOMPARE(v.rows, 7);
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c) {
                const bool edgeR = r == 0 || r == 6, edgeC = c == 0 || c == 6;
                const float expected = edgeR && edgeC ? 4.0f / 9 : (edgeR || edgeC ? 6.0f / 9 : 1.0f);
                QVERIFY2(std::fabs(v.at(r, c) - expected) < 1e-6f, qPrintable(QStringLiteral("%1,%2").arg(r).arg(c)));
            }
        // Compounding: a second layer multiplies in the previous fractions (corner: (4/9 + 2*6/9 + 1)/9).
        const Grid v2 = ReceptiveField::propagateValid(v, 3, 1, 1);
        QVERIFY(std::fabs(v2.at(0, 0) - (4.0f / 9 + 2 * 6.0f / 9 + 1.0f) / 9) < 1e-6f);
        // Stride 2: output size floor((7 + 2 - 3) / 2) + 1 = 4.
        QCOMPARE(ReceptiveField::propagateValid(Grid(7, 7, 1.0f), 3, 2, 1).rows, 4);
    }

    // Through the real ResNet-18 backbone at 512 px: a cell has zero erosion exactly when its receptive
    // field lies inside the image, and the boxes have the ResNet-18 field (435 px) at stride 32.
    void zeroErosionWithoutPadding()
    {
        arm::FerNet net(config(arm::Arch::ResNet18, 512));
        const ReceptiveField rf = ReceptiveField::analyse(net->features, 512);
        QCOMPARE(rf.jump, 32);
        QCOMPARE(rf.size, 435);
        QCOMPARE(rf.erosion.rows, 16);
        int inside = 0;
        for (int r = 0; r < 16; ++r)
            for (int c = 0; c < 16; ++c) {
                const auto& b = rf.cells.boxes[static_cast<std::size_t>(r) * 16 + c];
                const bool noPadding = b[0] >= 0 && b[1] >= 0 && b[2] <= 512 && b[3] <= 512;
                inside += noPadding;
                if (noPadding)
                    QCOMPARE(rf.erosion.at(r, c), 0.0f);
                else
                    QVERIFY(rf.erosion.at(r, c) > 0.0f);
            }
        QCOMPARE(inside, 9); // cells 7..9 in each direction
        // Corners erode most; the map is symmetric under the transpose (square kernels everywhere).
        QVERIFY(rf.erosion.at(0, 0) > rf.erosion.at(0, 8));
        QCOMPARE(rf.erosion.at(2, 5), rf.erosion.at(5, 2));
    }

    void shapes_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("cells");
        QTest::newRow("resnet18-arm 224") << int(arm::Arch::ResNet18Arm) << 224 << 7;
        QTest::newRow("resnet18-arm 112") << int(arm::Arch::ResNet18Arm) << 112 << 4;
        QTest::newRow("resnet50-arm 112") << int(arm::Arch::ResNet50Arm) << 112 << 4;
    }
    void shapes()
    {
        QFETCH(int, arch);
        QFETCH(int, input);
        QFETCH(int, cells);
        arm::FerNet net(config(static_cast<arm::Arch>(arch), input));
        net->eval();
        const ReceptiveField rf = ReceptiveField::analyse(net->features, input);
        QCOMPARE(rf.erosion.rows, cells);
        QCOMPARE(rf.cells.boxes.size(), static_cast<std::size_t>(cells * cells));
        // The walk agrees with the real forward's grid size.
        QCOMPARE(rf.erosion.rows, net->geometry().backboneSize);
        for (float e : rf.erosion.values)
            QVERIFY(e > 0.0f && e < 1.0f); // at 224 and below every field reaches the padding
        // Cell centres sit at 32 * index (torchvision padding), the grid is not centred on the image.
        const auto& b = rf.cells.boxes[1];
        QCOMPARE(0.5f * (b[0] + b[2]), 32.0f + 0.5f);
        const Grid onImage = ReceptiveField::projectToImage(rf.erosion, rf.cells, input);
        QCOMPARE(onImage.rows, input);
        QCOMPARE(onImage.cols, input);
        if (arch == int(arm::Arch::ResNet50Arm))
            return; // the measured pass below is the same code; keep the test fast
        cv::Mat img(input, input, CV_8UC3);
        cv::randu(img, 0, 255);
        cv::GaussianBlur(img, img, cv::Size(9, 9), 3);
        torch::Tensor f;
        {
            torch::NoGradGuard g;
            f = net->features->forward(arm::ImageTensor::normalizeRgb(img).unsqueeze(0));
        }
        const auto m = arm::ErosionAnalysis::measure(*net, f, img, 32, rf.jump);
        QCOMPARE(m.erosion.rows, cells);
        for (float e : m.erosion.values)
            QVERIFY(std::isfinite(e) && e >= 0.0f);
        QVERIFY(m.border > 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::ErosionAnalysis::measure(*net, f, img, 20, rf.jump));
    }

    // A map whose values do not depend on the neighbourhood: the reflected pass changes nothing when
    // the backbone sees a constant image only if padding were not zero; with zero padding the border
    // differs, so the border ring erodes more than the centre for a constant image.
    void constantImageErodesAtTheBorder()
    {
        arm::FerNet net(config(arm::Arch::ResNet18, 224));
        net->eval();
        cv::Mat img(224, 224, CV_8UC3, cv::Scalar(120, 140, 160));
        torch::Tensor f;
        {
            torch::NoGradGuard g;
            f = net->features->forward(arm::ImageTensor::normalizeRgb(img).unsqueeze(0));
        }
        const auto m = arm::ErosionAnalysis::measure(*net, f, img, 64, 32);
        QVERIFY2(m.border > m.centre, qPrintable(QStringLiteral("border %1 centre %2").arg(m.border).arg(m.centre)));
    }
};

QTEST_GUILESS_MAIN(TstErosionAnalysis)
#include "tst_erosionanalysis.moc"
