#include "tests/unit/DatasetFixtures.h"

#include "engine/loading/Augmenter.h"
#include "engine/loading/BatchLoader.h"
#include "engine/data/DatasetOpener.h"

#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace fixtures;

class TstBatchLoader : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    arm::DatasetIndex m_index;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::string root = m_dir.path().toStdString();
        std::string list;
        for (int i = 0; i < 23; ++i) {
            const std::string stem = "train_" + std::to_string(i);
            writeImage(root + "/Image/aligned/" + stem + "_aligned.jpg", 20, 20, i);
            list += stem + ".jpg " + std::to_string(1 + i % 7) + "\n";
        }
        // Samples 5 and 17 are broken on disk after indexing.
        writeText(root + "/Image/aligned/train_5_aligned.jpg", "not a jpeg");
        truncateFile(root + "/Image/aligned/train_17_aligned.jpg", 200);
        writeText(root + "/EmoLabel/list_patition_label.txt", list);
        m_index = arm::DatasetOpener::open(root);
        QCOMPARE(int(m_index.samples.size()), 23);
    }
    void batchesComeInOrderAndFailuresBecomeProblems_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("1 worker") << 1;
        QTest::newRow("3 workers") << 3;
    }
    void batchesComeInOrderAndFailuresBecomeProblems()
    {
        QFETCH(int, workers);
        std::vector<int> order(23);
        for (int i = 0; i < 23; ++i)
            order[static_cast<std::size_t>(i)] = 22 - i; // reversed: order must follow the list
        arm::BatchLoaderOptions opt;
        opt.batchSize = 4;
        opt.workers = workers;
        opt.prefetch = 2;
        arm::BatchLoader loader(m_index, order, arm::BatchLoader::evalTransform(24), opt);
        QCOMPARE(loader.batchCount(), 6);
        std::vector<int> seen;
        std::vector<arm::Problem> problems;
        arm::Batch b;
        int expectedBatch = 0;
        while (loader.next(b)) {
            QCOMPARE(b.batchNumber, expectedBatch++);
            QCOMPARE(b.images.size(0), int64_t(b.sampleIndices.size()));
            QCOMPARE(b.images.size(1), int64_t(3));
            QCOMPARE(b.images.size(3), int64_t(24));
            QCOMPARE(b.labels.size(0), int64_t(b.sampleIndices.size()));
            for (std::size_t k = 0; k < b.sampleIndices.size(); ++k)
                QCOMPARE(b.labels[static_cast<int64_t>(k)].item<int64_t>(),
                         int64_t(m_index.samples[static_cast<std::size_t>(b.sampleIndices[k])].label));
            seen.insert(seen.end(), b.sampleIndices.begin(), b.sampleIndices.end());
            problems.insert(problems.end(), b.problems.begin(), b.problems.end());
        }
        std::vector<int> expected;
        for (int i = 22; i >= 0; --i)
            if (i != 5 && i != 17)
                expected.push_back(i);
        QCOMPARE(seen, expected);
        QCOMPARE(int(problems.size()), 2);
        QVERIFY(hasProblem(problems, "train_5_aligned.jpg", "undecodable"));
        QVERIFY(hasProblem(problems, "train_17_aligned.jpg", "truncated"));
        QCOMPARE(int(loader.problems().size()), 2);
    }
    void augmentedBatchesAreDeterministicAcrossWorkerCounts()
    {
        std::vector<int> order{0, 1, 2, 3, 4, 6, 7, 8};
        arm::AugmentOptions o;
        o.size = 16;
        const arm::Augmenter aug(o, 99);
        auto collect = [&](int workers) {
            arm::BatchLoaderOptions opt;
            opt.batchSize = 3;
            opt.workers = workers;
            arm::BatchLoader loader(m_index, order, arm::BatchLoader::trainTransform(aug, 4), opt);
            std::vector<torch::Tensor> all;
            arm::Batch b;
            while (loader.next(b))
                all.push_back(b.images);
            return torch::cat(all);
        };
        const torch::Tensor a = collect(1);
        QCOMPARE(a.size(0), int64_t(8));
        QVERIFY(torch::equal(a, collect(3)));
    }
    void allFailingBatchIsSkippedAndEarlyDestructionIsSafe()
    {
        arm::BatchLoaderOptions opt;
        opt.batchSize = 2;
        arm::BatchLoader loader(m_index, {5, 17, 0, 1}, arm::BatchLoader::evalTransform(8), opt);
        arm::Batch b;
        QVERIFY(loader.next(b));
        QCOMPARE(b.batchNumber, 1);
        QCOMPARE(int(b.problems.size()), 2); // carried from the skipped batch
        QVERIFY(!loader.next(b));
        // Destroying a loader that still has work queued must not hang or crash.
        std::vector<int> many(200, 0);
        arm::BatchLoader early(m_index, many, arm::BatchLoader::evalTransform(8), opt);
        QVERIFY(early.next(b));
    }
};

QTEST_GUILESS_MAIN(TstBatchLoader)
#include "tst_batchloader.moc"
