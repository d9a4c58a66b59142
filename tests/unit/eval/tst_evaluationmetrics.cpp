#include "engine/eval/EvaluationMetrics.h"

#include <QtTest>

#include <cmath>
#include <limits>

using arm::EvaluationMetrics;
using arm::EvalRecord;

namespace {
EvalRecord record(int label, std::vector<float> p)
{
    EvalRecord r;
    r.label = label;
    r.probabilities = std::move(p);
    EvaluationMetrics::completeRecord(r);
    return r;
}
} // namespace

class TstEvaluationMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordIsCompleted()
    {
        const EvalRecord r = record(1, {0.6f, 0.3f, 0.1f});
        QCOMPARE(r.predicted, 0);
        QCOMPARE(r.confidence, 0.6f);
        QVERIFY(std::abs(r.margin - (0.3f - 0.6f)) < 1e-6f);
        QVERIFY(std::abs(r.loss - -std::log(0.3f)) < 1e-6f);
    }
    void zeroProbabilityGivesFiniteLoss()
    {
        const EvalRecord r = record(2, {1.0f, 0.0f, 0.0f});
        QVERIFY(std::isfinite(r.loss));
        QVERIFY(r.loss > 20.0f);
    }
    // Before: a NaN confidence was cast to a calibration bin index (undefined behaviour: SIGSEGV in
    // `eval` and `audit` with NaN weights), and NaN probabilities were given class 0.
    void nonFiniteValuesNeverCrash()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        const EvalRecord allNan = record(1, {nan, nan, nan});
        QCOMPARE(allNan.predicted, -1);
        const EvalRecord someInf = record(1, {0.2f, inf, 0.1f});
        QCOMPARE(someInf.predicted, -1);
        EvalRecord handMade; // a record from elsewhere (a project cache) with a NaN confidence
        handMade.label = 0;
        handMade.predicted = 0;
        handMade.probabilities = {nan, 0.0f, 0.0f};
        handMade.confidence = nan;
        EvalRecord hugeConfidence = record(0, {0.9f, 0.05f, 0.05f});
        hugeConfidence.confidence = 1e30f;
        const std::vector<EvalRecord> rs{record(0, {0.9f, 0.05f, 0.05f}), allNan, someInf, handMade, hugeConfidence};
        const EvaluationMetrics m = EvaluationMetrics::fromRecords(rs, 3);
        QCOMPARE(m.samples, 2);
        QCOMPARE(m.accuracy, 1.0);
        QVERIFY(std::isfinite(m.expectedCalibrationError));
        QVERIFY(std::isfinite(m.negativeLogLikelihood));
    }
    void confusionAndPerClass()
    {
        // 3 classes: true 0 -> predicted 0,0,1 ; true 1 -> 1 ; true 2 -> 0
        const std::vector<EvalRecord> rs{
            record(0, {0.9f, 0.05f, 0.05f}), record(0, {0.8f, 0.1f, 0.1f}), record(0, {0.2f, 0.7f, 0.1f}),
            record(1, {0.1f, 0.8f, 0.1f}),   record(2, {0.5f, 0.2f, 0.3f}),
        };
        const EvaluationMetrics m = EvaluationMetrics::fromRecords(rs, 3);
        QCOMPARE(m.samples, 5);
        QCOMPARE(m.confusion[0][0], 2);
        QCOMPARE(m.confusion[0][1], 1);
        QCOMPARE(m.confusion[2][0], 1);
        QCOMPARE(m.accuracy, 3.0 / 5.0);
        QCOMPARE(m.perClass[0].support, 3);
        QCOMPARE(m.perClass[0].precision, 2.0 / 3.0); // predicted 0 three times, two right
        QCOMPARE(m.perClass[0].recall, 2.0 / 3.0);
        QCOMPARE(m.perClass[1].precision, 0.5);
        QCOMPARE(m.perClass[2].recall, 0.0);
        QCOMPARE(m.meanClassAccuracy, (2.0 / 3.0 + 1.0 + 0.0) / 3.0);
        const auto norm = EvaluationMetrics::rowNormalized(m.confusion);
        for (const auto& row : norm) {
            double s = 0;
            for (double v : row)
                s += v;
            QVERIFY(std::abs(s - 1.0) < 1e-12);
        }
    }
    void calibrationOfPerfectlyCalibratedBins()
    {
        // Confidence 0.75 and right 3 times out of 4: ECE is 0. Overconfident: ECE equals the gap.
        std::vector<EvalRecord> rs;
        for (int i = 0; i < 4; ++i)
            rs.push_back(record(i < 3 ? 0 : 1, {0.75f, 0.25f}));
        QVERIFY(EvaluationMetrics::fromRecords(rs, 2).expectedCalibrationError < 1e-6);
        rs[0] = record(1, {0.75f, 0.25f});
        QVERIFY(std::abs(EvaluationMetrics::fromRecords(rs, 2).expectedCalibrationError - 0.25) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TstEvaluationMetrics)
#include "tst_evaluationmetrics.moc"
