#include "engine/audit/LabelAudit.h"

#include <QtTest>

#include <random>

using arm::LabelAudit;

class TstLabelAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scnRuleUsesMargin_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<int>("expected");
        QTest::newRow("strict") << 0.5 << 1;
        QTest::newRow("default") << 0.2 << 2;
        QTest::newRow("loose") << 0.0 << 3;
    }
    void scnRuleUsesMargin()
    {
        QFETCH(double, delta);
        QFETCH(int, expected);
        const std::vector<std::vector<float>> p{{0.9f, 0.1f}, {0.35f, 0.65f}, {0.45f, 0.55f}, {0.1f, 0.9f}};
        const std::vector<int> given{1, 0, 0, 1};
        const auto s = LabelAudit::scnRule(p, given, delta);
        QCOMPARE(static_cast<int>(s.size()), expected);
        QCOMPARE(s.front().sampleIndex, 0); // largest gap first
        QCOMPARE(s.front().suggested, 0);
        for (std::size_t i = 1; i < s.size(); ++i)
            QVERIFY(s[i - 1].score >= s[i].score);
    }
    void thresholdsAreMeanSelfConfidence()
    {
        const std::vector<std::vector<float>> p{{0.8f, 0.2f}, {0.6f, 0.4f}, {0.3f, 0.7f}};
        const auto t = LabelAudit::perClassThresholds(p, {0, 0, 1}, 2);
        QVERIFY(std::abs(t[0] - 0.7) < 1e-6);
        QVERIFY(std::abs(t[1] - 0.7) < 1e-6);
    }
    void confidentLearningFindsPlantedFlips()
    {
        // Simulated out-of-sample probabilities: a model that is right about the TRUE class most of the
        // time (95%). Flip 20% of the labels; confident learning should find most flips and few clean
        // samples.
        std::mt19937 rng(7);
        const int n = 2000, k = 4;
        std::vector<int> truth(n), given(n);
        std::vector<std::vector<float>> p(n, std::vector<float>(k));
        std::uniform_real_distribution<float> u(0.f, 1.f);
        for (int i = 0; i < n; ++i) {
            truth[i] = i % k;
            given[i] = truth[i];
            if (u(rng) < 0.2f)
                given[i] = (truth[i] + 1 + static_cast<int>(u(rng) * (k - 1))) % k;
            const int believed = u(rng) < 0.95f ? truth[i] : static_cast<int>(u(rng) * k) % k;
            float sum = 0;
            for (int c = 0; c < k; ++c)
                sum += p[i][c] = (c == believed ? 3.0f : 0.0f) + u(rng);
            for (int c = 0; c < k; ++c)
                p[i][c] /= sum;
        }
        const auto s = LabelAudit::confidentLearning(p, given);
        const auto score = LabelAudit::score(s, given, truth);
        QVERIFY(score.noisySamples > 300);
        QVERIFY2(score.precision > 0.8, qPrintable(QString::number(score.precision)));
        QVERIFY2(score.recall > 0.75, qPrintable(QString::number(score.recall)));
        QVERIFY(score.correctSuggestedLabel > score.truePositives * 8 / 10);
    }
    void scoreCountsAgainstTruth()
    {
        std::vector<arm::LabelSuggestion> s{{0, 1, 0, 1.0, {}}, {2, 0, 1, 0.5, {}}};
        const auto sc = LabelAudit::score(s, {1, 1, 0, 1}, {0, 1, 0, 0});
        QCOMPARE(sc.noisySamples, 2);
        QCOMPARE(sc.truePositives, 1);
        QCOMPARE(sc.precision, 0.5);
        QCOMPARE(sc.recall, 0.5);
    }
    // Ranked precision: 5 noisy samples (0..4), 60% recall needs 3 hits; the list, best first, is
    // hit, miss, hit, miss, hit, hit -> the shortest prefix with 3 hits has 5 entries, precision 3/5.
    void precisionAtRankedRecall()
    {
        const std::vector<int> given{1, 1, 1, 1, 1, 0, 0, 0};
        const std::vector<int> truth{0, 0, 0, 0, 0, 0, 0, 0};
        // Deliberately given out of rank order: score() ranks by score itself.
        std::vector<arm::LabelSuggestion> s{{3, 1, 0, 0.2, {}}, {0, 1, 0, 0.9, {}}, {5, 0, 1, 0.8, {}},
                                            {1, 1, 0, 0.7, {}}, {6, 0, 1, 0.6, {}}, {2, 1, 0, 0.5, {}}};
        const auto sc = LabelAudit::score(s, given, truth);
        QCOMPARE(sc.noisySamples, 5);
        QCOMPARE(sc.suggestionsAtRankedRecall, 5);
        QCOMPARE(sc.precisionAtRankedRecall, 3.0 / 5.0);
        // Only 2 of 5 noisy samples suggested: 60% recall is never reached.
        const auto low = LabelAudit::score({{0, 1, 0, 0.9, {}}, {1, 1, 0, 0.8, {}}}, given, truth);
        QCOMPARE(low.suggestionsAtRankedRecall, -1);
        QCOMPARE(low.precisionAtRankedRecall, -1.0);
    }
    void rejectsMismatchedSizes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LabelAudit::scnRule({{0.5f, 0.5f}}, {0, 1}));
    }
};

QTEST_GUILESS_MAIN(TstLabelAudit)
#include "tst_labelaudit.moc"
