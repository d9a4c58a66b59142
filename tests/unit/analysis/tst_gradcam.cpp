#include "engine/analysis/GradCam.h"
#include "engine/analysis/ImageInspector.h"
#include "engine/model/ModelHandle.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <QtTest>

using arm::GradCam;
using arm::Grid;

class TstGradCam : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        arm::Runtime::configureThreads(0);
        torch::manual_seed(11);
    }

    // A hand-built features -> logit function whose evidence is one cell: the logit reads channels
    // 0..3 at (row, col) only, and those channels are strong there. Grad-CAM must peak at that cell,
    // wherever it is placed, while channels the logit ignores are loud everywhere.
    void peaksAtTheEvidence_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("col");
        QTest::newRow("2,3") << 2 << 3;
        QTest::newRow("5,1") << 5 << 1;
        QTest::newRow("0,6") << 0 << 6;
    }
    void peaksAtTheEvidence()
    {
        QFETCH(int, row);
        QFETCH(int, col);
        const int C = 16, S = 7;
        torch::Tensor a = torch::rand({1, C, S, S}) * 0.2;
        a.narrow(1, 4, C - 4).mul_(20.0); // distractors: large, but not read by the logit
        a.index_put_({0, torch::indexing::Slice(0, 4), row, col}, 3.0);
        a.requires_grad_(true);
        const torch::Tensor logit = a.index({0, torch::indexing::Slice(0, 4), row, col}).sum() * 2.0;
        const Grid cam = GradCam::cells(a, logit);
        QCOMPARE(cam.rows, S);
        int best = 0;
        for (int i = 1; i < S * S; ++i)
            if (cam.values[i] > cam.values[best])
                best = i;
        QCOMPARE(best, row * S + col);
        const Grid n = GradCam::normalised(cam);
        QCOMPARE(n.maxValue(), 1.0f);
        QVERIFY(n.minValue() >= 0.0f);
    }

    // Negative evidence everywhere: relu gives an all-zero map, which normalising keeps at zero.
    void negativeEvidenceIsZero()
    {
        torch::Tensor a = (torch::rand({1, 4, 3, 3}) + 0.1).requires_grad_(true);
        Grid signedCam;
        const Grid cam = GradCam::cells(a, -a.sum(), &signedCam);
        for (float v : GradCam::normalised(cam).values)
            QCOMPARE(v, 0.0f);
        for (float v : signedCam.values)
            QVERIFY(v < 0.0f); // the signed map keeps what the relu hides
        torch::Tensor noGrad = torch::rand({1, 4, 3, 3});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GradCam::cells(noGrad, noGrad.sum()));
    }

    // The ARM-aware evidence: cells sum to logit - bias for any class, from the real model; and the
    // backward touched no parameter's .grad (several jobs share a model).
    void cellContributionsSumToLogit()
    {
        arm::ModelConfig cfg;
        cfg.arch = arm::Arch::ResNet18Arm;
        cfg.inputSize = 112;
        auto model = arm::ModelHandle::create(cfg);
        {
            torch::NoGradGuard g;
            model->network()->arm->alpha.fill_(0.6);
            model->network()->fc->bias.uniform_(-0.5, 0.5);
        }
        cv::Mat img(112, 112, CV_8UC3);
        cv::randu(img, 0, 255);
        for (int cls : {-1, 0, 4}) {
            arm::InspectOptions o;
            o.gradCamClass = cls;
            o.measuredErosion = false;
            const arm::ImageAnalysis a = arm::ImageInspector::inspect(*model, img, o);
            const int c = cls < 0 ? a.predicted : cls;
            QCOMPARE(a.gradCamClass, c);
            double sum = 0;
            for (float v : a.cellContribution.values)
                sum += v;
            const double logit = a.logits[static_cast<std::size_t>(c)];
            QVERIFY2(std::fabs(sum + a.evidenceBias - logit) < 1e-4 * std::max(1.0, std::fabs(logit)),
                     qPrintable(QStringLiteral("sum %1 + bias %2 vs logit %3").arg(sum).arg(a.evidenceBias).arg(logit)));
            QCOMPARE(a.gradCam.rows, 112);
            QVERIFY(a.gradCam.maxValue() <= 1.0f);
        }
        for (const auto& p : model->network()->parameters())
            QVERIFY(!p.grad().defined());
    }
};

QTEST_GUILESS_MAIN(TstGradCam)
#include "tst_gradcam.moc"
