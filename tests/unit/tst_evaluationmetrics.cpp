#include "engine/EvaluationMetrics.h"

#include <QtTest>

#include <cmath>

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
