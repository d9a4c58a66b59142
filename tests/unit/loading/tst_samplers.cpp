#include "engine/loading/ClassWeightedSampler.h"
#include "engine/loading/MrrSampler.h"
#include "engine/loading/ShuffleSampler.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

namespace {

// Imbalanced labels: class c has sizes[c] members, interleaved.
std::vector<int> makeLabels(const std::vector<int>& sizes)
{
    std::vector<int> labels;
    for (std::size_t c = 0; c < sizes.size(); ++c)
        for (int i = 0; i < sizes[c]; ++i)
            labels.push_back(static_cast<int>(c));
    std::rotate(labels.begin(), labels.begin() + static_cast<long>(labels.size() / 3), labels.end());
    return labels;
}

std::map<int, std::map<int, int>> countsByClass(const std::vector<int>& labels, const std::vector<int>& picks)
{
    std::map<int, std::map<int, int>> out; // class -> position -> times
    for (int p : picks)
        ++out[labels[static_cast<std::size_t>(p)]][p];
    return out;
}

} // namespace

class TstSamplers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shuffleIsAPermutationAndDeterministic()
    {
        const std::vector<int> labels = makeLabels({10, 30, 5});
        const arm::ShuffleSampler s(labels, 42);
        std::vector<int> e0 = s.epochIndices(0);
        QCOMPARE(e0, s.epochIndices(0));
        QCOMPARE(e0, arm::ShuffleSampler(labels, 42).epochIndices(0));
        QVERIFY(e0 != s.epochIndices(1));
        QVERIFY(e0 != arm::ShuffleSampler(labels, 43).epochIndices(0));
        std::vector<int> sorted = e0;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < int(sorted.size()); ++i)
            QCOMPARE(sorted[static_cast<std::size_t>(i)], i);
    }
    void mrrDefaultIsSmallestClassWithoutDuplicates()
    {
        const std::vector<int> labels = makeLabels({40, 7, 100, 0, 12});
        const arm::MrrSampler s(labels, 1);
        QCOMPARE(s.perClass(), 7);
        const std::vector<int> e = s.epochIndices(3);
        QCOMPARE(int(e.size()), 4 * 7); // empty class 3 contributes nothing
        const auto counts = countsByClass(labels, e);
        QCOMPARE(int(counts.size()), 4);
        for (const auto& [cls, positions] : counts) {
            int total = 0;
            for (const auto& [pos, times] : positions) {
                QCOMPARE(times, 1); // without replacement everywhere
                total += times;
            }
            QCOMPARE(total, 7);
        }
        QCOMPARE(e, arm::MrrSampler(labels, 1).epochIndices(3));
        QVERIFY(e != s.epochIndices(4));
        // Different epochs pick different subsets of the big class.
        // The counts are named: a range-for over countsByClass(...)[2] would iterate a map inside a
        // temporary destroyed before the loop body runs (C++17 extends only the outer temporary's life;
        // AddressSanitizer found it).
        const auto first = countsByClass(labels, s.epochIndices(0));
        const auto second = countsByClass(labels, s.epochIndices(1));
        std::set<int> a, b;
        for (const auto& [pos, t] : first.at(2))
            a.insert(pos);
        for (const auto& [pos, t] : second.at(2))
            b.insert(pos);
        QVERIFY(a != b);
    }
    void mrrConfigurableMixesReplacement()
    {
        const std::vector<int> labels = makeLabels({40, 7, 100});
        const arm::MrrSampler s(labels, 9, 20);
        const std::vector<int> e = s.epochIndices(0);
        QCOMPARE(int(e.size()), 60);
        const auto counts = countsByClass(labels, e);
        for (const auto& [cls, positions] : counts) {
            int total = 0, maxTimes = 0;
            for (const auto& [pos, times] : positions) {
                total += times;
                maxTimes = std::max(maxTimes, times);
            }
            QCOMPARE(total, 20);
            if (cls == 1)
                QVERIFY(maxTimes > 1); // 20 draws from 7: duplicates are certain
            else
                QCOMPARE(maxTimes, 1); // larger classes: without replacement
        }
        // Shuffled across classes: not grouped by class.
        int changes = 0;
        for (std::size_t i = 1; i < e.size(); ++i)
            changes += labels[static_cast<std::size_t>(e[i])] != labels[static_cast<std::size_t>(e[i - 1])];
        QVERIFY(changes > 10);
    }
    void classWeightedIsRoughlyBalanced()
    {
        const std::vector<int> labels = makeLabels({1000, 50, 200});
        const arm::ClassWeightedSampler s(labels, 5, 30000);
        const std::vector<int> e = s.epochIndices(0);
        QCOMPARE(int(e.size()), 30000);
        QCOMPARE(e, arm::ClassWeightedSampler(labels, 5, 30000).epochIndices(0));
        std::vector<int> perClass(3, 0);
        for (int p : e)
            ++perClass[static_cast<std::size_t>(labels[static_cast<std::size_t>(p)])];
        for (int c = 0; c < 3; ++c)
            QVERIFY2(std::abs(perClass[static_cast<std::size_t>(c)] - 10000) < 600,
                     qPrintable(QString::number(perClass[static_cast<std::size_t>(c)])));
        QCOMPARE(arm::ClassWeightedSampler(labels, 5).epochSize(), 1250);
    }
};

QTEST_GUILESS_MAIN(TstSamplers)
#include "tst_samplers.moc"
