#include "engine/synth/ActionUnits.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/synth/FaceParams.h"
#include "engine/synth/SynthFaceRenderer.h"
#include "engine/synth/SynthRng.h"

#include <opencv2/imgproc.hpp>

#include <QtTest>

using arm::AU;
using arm::ActionUnits;
using arm::ExpressionClasses;

namespace {

// A plain face without nuisances at a known place: face unit = 32 px, centre (50, 52).
arm::FaceParams plainFace()
{
    arm::FaceParams p;
    p.centerX = 0.5f;
    p.centerY = 0.52f;
    p.scale = 0.32f;
    p.background = {128, 128, 128};
    p.hairStyle = 4; // bald: no hairline near the brows
    return p;
}

cv::Mat gray(const arm::FaceParams& p)
{
    cv::Mat g;
    cv::cvtColor(arm::SynthFaceRenderer(100).render(p), g, cv::COLOR_BGR2GRAY);
    return g;
}

// Row centroid of "darker than skin" mass inside a rectangle.
double darkCentroidY(const cv::Mat& g, const cv::Rect& r, double skin)
{
    double sw = 0, sy = 0;
    for (int y = r.y; y < r.y + r.height; ++y)
        for (int x = r.x; x < r.x + r.width; ++x) {
            const double w = std::max(0.0, skin - g.at<uchar>(y, x));
            sw += w;
            sy += w * y;
        }
    return sw > 0 ? sy / sw : -1.0;
}

bool hasUnit(int cls, AU u) { return ActionUnits::prototype(cls)[u] >= 0.25f; }

} // namespace

class TstActionUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void prototypesShareUnitsLikeRealData()
    {
        // Fear shares surprise's brows and eyes ...
        for (AU u : {AU::InnerBrowRaise, AU::OuterBrowRaise, AU::UpperLidRaise}) {
            QVERIFY(hasUnit(ExpressionClasses::Fear, u));
            QVERIFY(hasUnit(ExpressionClasses::Surprise, u));
        }
        // ... but adds brow lowerer and lip stretch, which surprise lacks.
        QVERIFY(hasUnit(ExpressionClasses::Fear, AU::BrowLowerer) && !hasUnit(ExpressionClasses::Surprise, AU::BrowLowerer));
        QVERIFY(hasUnit(ExpressionClasses::Fear, AU::LipStretch) && !hasUnit(ExpressionClasses::Surprise, AU::LipStretch));
        // Anger and disgust share the brow lowerer.
        QVERIFY(ActionUnits::prototype(ExpressionClasses::Anger)[AU::BrowLowerer] > 0.0f);
        QVERIFY(ActionUnits::prototype(ExpressionClasses::Disgust)[AU::BrowLowerer] > 0.0f);
        QVERIFY(hasUnit(ExpressionClasses::Anger, AU::LipPress));
        QVERIFY(hasUnit(ExpressionClasses::Disgust, AU::NoseWrinkle) && hasUnit(ExpressionClasses::Disgust, AU::UpperLipRaise));
        const auto happy = ActionUnits::prototypeUnits(ExpressionClasses::Happiness);
        QCOMPARE(happy.size(), std::size_t(2));
        QVERIFY(happy[0] == AU::CheekRaise && happy[1] == AU::LipCornerPull);
        const auto sad = ActionUnits::prototypeUnits(ExpressionClasses::Sadness);
        QCOMPARE(sad.size(), std::size_t(3));
        QVERIFY(hasUnit(ExpressionClasses::Sadness, AU::LipCornerDepress));
        QCOMPARE(ActionUnits::prototype(ExpressionClasses::Neutral).total(), 0.0f);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, ActionUnits::prototype(7));
        QCOMPARE(QString::fromStdString(ActionUnits::code(AU::LipCornerPull)), QStringLiteral("AU12"));
        QCOMPARE(QString::fromStdString(ActionUnits::code(AU::JawDrop)), QStringLiteral("AU26"));
    }
    void scaledClamps()
    {
        ActionUnits a = ActionUnits::prototype(ExpressionClasses::Surprise).scaled(3.0f);
        QCOMPARE(a[AU::JawDrop], 1.0f);
        QCOMPARE(ActionUnits::prototype(ExpressionClasses::Surprise).scaled(0.5f)[AU::JawDrop], 0.5f);
    }
    void sampledFacesFollowTheirClass()
    {
        arm::SynthRng rng(11);
        double happy12 = 0, happy15 = 0, neutralTotal = 0, fearTotal = 0;
        const int n = 200;
        for (int i = 0; i < n; ++i) {
            const auto h = arm::FaceParams::sample(rng, ExpressionClasses::Happiness, 0.5);
            happy12 += h.au[AU::LipCornerPull];
            happy15 += h.au[AU::LipCornerDepress];
            neutralTotal += arm::FaceParams::sample(rng, ExpressionClasses::Neutral, 0.5).au.total();
            fearTotal += arm::FaceParams::sample(rng, ExpressionClasses::Fear, 0.5).au.total();
        }
        QVERIFY2(happy12 / n > 0.5, qPrintable(QString::number(happy12 / n)));
        QVERIFY(happy15 / n < 0.1);
        QVERIFY(neutralTotal / n < 0.5);           // leakage only
        QVERIFY(fearTotal / n > 4 * neutralTotal / n);
    }
    void subtleShareGrowsWithDifficulty()
    {
        const auto subtle = [](double d) {
            arm::SynthRng rng(5);
            int k = 0;
            for (int i = 0; i < 400; ++i)
                k += arm::FaceParams::sample(rng, ExpressionClasses::Sadness, d).intensity < 0.58f ? 1 : 0;
            return k;
        };
        QVERIFY2(subtle(1.0) > subtle(0.0) + 60, qPrintable(QStringLiteral("%1 vs %2").arg(subtle(1.0)).arg(subtle(0.0))));
    }
    void lipCornersFollowAU12AndAU15()
    {
        arm::FaceParams smile = plainFace(), frown = plainFace();
        smile.au[AU::LipCornerPull] = 1.0f;
        frown.au[AU::LipCornerDepress] = 1.0f;
        const cv::Mat gs = gray(smile), gf = gray(frown);
        const double skin = gs.at<uchar>(60, 68); // cheek
        // Right and left mouth-corner regions.
        for (const cv::Rect r : {cv::Rect(57, 62, 8, 22), cv::Rect(35, 62, 8, 22)}) {
            const double ys = darkCentroidY(gs, r, skin), yf = darkCentroidY(gf, r, skin);
            QVERIFY2(ys > 0 && yf > 0, "no lip pixels in the corner region");
            QVERIFY2(ys + 1.5 < yf, qPrintable(QStringLiteral("smile corner y %1, frown corner y %2").arg(ys).arg(yf)));
        }
    }
    void jawDropDarkensTheMouth()
    {
        arm::FaceParams open = plainFace();
        open.au[AU::JawDrop] = 1.0f;
        const cv::Rect mouth(45, 72, 10, 10);
        const double closed = cv::mean(gray(plainFace())(mouth))[0];
        const double opened = cv::mean(gray(open)(mouth))[0];
        QVERIFY2(opened + 20 < closed, qPrintable(QStringLiteral("open %1 vs closed %2").arg(opened).arg(closed)));
    }
    void browRaiseMovesBrowsUp()
    {
        arm::FaceParams raised = plainFace(), lowered = plainFace();
        raised.au[AU::InnerBrowRaise] = raised.au[AU::OuterBrowRaise] = 1.0f;
        lowered.au[AU::BrowLowerer] = 1.0f;
        const cv::Mat gr = gray(raised), gn = gray(plainFace()), gl = gray(lowered);
        const double skin = gn.at<uchar>(60, 68);
        const cv::Rect brow(54, 22, 14, 21); // above the right eye (eye centre ~ (62, 48))
        const double yr = darkCentroidY(gr, brow, skin), yn = darkCentroidY(gn, brow, skin), yl = darkCentroidY(gl, brow, skin);
        QVERIFY2(yr + 1.0 < yn && yn + 0.5 < yl, qPrintable(QStringLiteral("%1 %2 %3").arg(yr).arg(yn).arg(yl)));
    }
    void renderIsAPureFunction()
    {
        arm::SynthRng rng(3);
        arm::FaceParams p = arm::FaceParams::sample(rng, ExpressionClasses::Fear, 1.0);
        p.noiseSigma = 5.0f;
        const cv::Mat a = arm::SynthFaceRenderer(100).render(p), b = arm::SynthFaceRenderer(100).render(p);
        QCOMPARE(a.size(), cv::Size(100, 100));
        QCOMPARE(a.type(), CV_8UC3);
        QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
        p.detailSeed += 1; // other noise and clutter
        QVERIFY(cv::norm(a, arm::SynthFaceRenderer(100).render(p), cv::NORM_INF) > 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::SynthFaceRenderer(8));
    }
};

QTEST_GUILESS_MAIN(TstActionUnits)
#include "tst_actionunits.moc"
