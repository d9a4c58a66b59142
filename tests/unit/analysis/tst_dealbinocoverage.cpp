#include "engine/model/ArmGeometry.h"
#include "engine/analysis/DeAlbinoCoverage.h"
#include "engine/analysis/ReceptiveField.h"

#include <QtTest>

#include <random>

using arm::DeAlbinoCoverage;
using arm::Grid;

class TstDeAlbinoCoverage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The paper's perception count: a uniform 3x3 window, stride 1, no padding, over 7x7.
    void perceptionCount()
    {
        const Grid cov = DeAlbinoCoverage::coverage(Grid(3, 3, 1.0f), 7, 1, 0);
        const int expected[7][7] = {{1, 2, 3, 3, 3, 2, 1}, {2, 4, 6, 6, 6, 4, 2}, {3, 6, 9, 9, 9, 6, 3},
                                    {3, 6, 9, 9, 9, 6, 3}, {3, 6, 9, 9, 9, 6, 3}, {2, 4, 6, 6, 6, 4, 2},
                                    {1, 2, 3, 3, 3, 2, 1}};
        QCOMPARE(cov.rows, 7);
        QCOMPARE(cov.cols, 7);
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c)
                QCOMPARE(cov.at(r, c), static_cast<float>(expected[r][c]));
    }

    // Coverage takes |kernel|: a sign-flipped kernel gives the same map; and the total equals
    // sum|k| times the number of windows.
    void absoluteAndTotal()
    {
        Grid k(4, 4);
        std::mt19937 rng(3);
        std::uniform_real_distribution<float> u(-1, 1);
        for (float& v : k.values)
            v = u(rng);
        Grid neg = k;
        for (float& v : neg.values)
            v = -v;
        const Grid a = DeAlbinoCoverage::coverage(k, 20, 2, 0), b = DeAlbinoCoverage::coverage(neg, 20, 2, 0);
        QCOMPARE(a.values, b.values);
        double total = 0, ksum = 0;
        for (float v : a.values)
            total += v;
        for (float v : k.values)
            ksum += std::fabs(v);
        const int windows = (20 - 4) / 2 + 1;
        QVERIFY(std::fabs(total - ksum * windows * windows) < 1e-3 * total);
    }

    // A kernel symmetric under both flips and the transpose gives a coverage with the same symmetries,
    // at the real de-albino geometry (k32 s8 over 112).
    void symmetricKernelSymmetricCoverage()
    {
        const int K = arm::ArmGeometry::kDealbinoKernel;
        Grid k(K, K);
        for (int r = 0; r < K; ++r)
            for (int c = 0; c < K; ++c) {
                const float dr = r - (K - 1) / 2.0f, dc = c - (K - 1) / 2.0f;
                k.at(r, c) = std::exp(-(dr * dr + dc * dc) / 80.0f) - 0.3f;
            }
        const Grid cov = DeAlbinoCoverage::coverage(k, 112, arm::ArmGeometry::kDealbinoStride, 0);
        for (int r = 0; r < 112; ++r)
            for (int c = 0; c < 112; ++c) {
                QVERIFY(std::fabs(cov.at(r, c) - cov.at(111 - r, c)) < 1e-4f);
                QVERIFY(std::fabs(cov.at(r, c) - cov.at(r, 111 - c)) < 1e-4f);
                QVERIFY(std::fabs(cov.at(r, c) - cov.at(c, r)) < 1e-4f);
            }
        // Borders are covered less than the centre: what the paper's de-albino does to border features.
        QVERIFY(cov.at(0, 0) < cov.at(56, 56));
    }

    void foldBackShapesAndMeans_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("backbone");
        QTest::addColumn<int>("arranged");
        QTest::newRow("224") << 224 << 7 << 112;
        QTest::newRow("112") << 112 << 4 << 64;
    }
    void foldBackShapesAndMeans()
    {
        QFETCH(int, input);
        QFETCH(int, backbone);
        QFETCH(int, arranged);
        const auto g = arm::ArmGeometry::compute(arm::Arch::ResNet18Arm, input);
        QCOMPARE(g.arrangedSize, arranged);
        const Grid cov = DeAlbinoCoverage::coverage(Grid(32, 32, 1.0f), g.arrangedSize, 8, 0);
        const Grid folded = DeAlbinoCoverage::foldToBackbone(cov, g.backboneSize);
        QCOMPARE(folded.rows, backbone);
        QCOMPARE(folded.cols, backbone);
        // Mean over each r x r block, checked by hand for cell (0, 1).
        const int r = g.arrangeFactor;
        double sum = 0;
        for (int i = 0; i < r; ++i)
            for (int j = 0; j < r; ++j)
                sum += cov.at(i, r + j);
        QVERIFY(std::fabs(folded.at(0, 1) - sum / (r * r)) < 1e-3);
        // De-albino cells on the image: o x o boxes, each the union of backbone boxes (contains them).
        arm::CellGeometry bb;
        bb.rows = bb.cols = backbone;
        for (int i = 0; i < backbone; ++i)
            for (int j = 0; j < backbone; ++j)
                bb.boxes.push_back({32.0f * j, 32.0f * i, 32.0f * j + 40, 32.0f * i + 40});
        const auto cells = DeAlbinoCoverage::dealbinoCells(bb, g.arrangedSize, 32, 8);
        QCOMPARE(cells.rows, g.dealbinoSize);
        QCOMPARE(cells.boxes.size(), static_cast<std::size_t>(g.dealbinoSize * g.dealbinoSize));
        // De-albino cell 0 reads arranged rows 0..31 = backbone rows 0..31/r.
        QCOMPARE(cells.boxes[0][3], bb.boxes[static_cast<std::size_t>(31 / r) * backbone][3]);
        const Grid onImage = arm::ReceptiveField::projectToImage(folded, bb, input);
        QCOMPARE(onImage.rows, input);
    }

    void badArguments()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DeAlbinoCoverage::coverage(Grid(9, 9, 1.0f), 5, 1, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DeAlbinoCoverage::foldToBackbone(Grid(10, 10), 3));
    }
};

QTEST_GUILESS_MAIN(TstDeAlbinoCoverage)
#include "tst_dealbinocoverage.moc"
