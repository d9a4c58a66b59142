#include "widgets/ColorBar.h"
#include "widgets/ColorMap.h"
#include "widgets/HeatmapView.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>

namespace {
int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

QImage solid(int w, int h, QColor c)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(c);
    return img;
}

// 2 x 3 grid over a 100 x 60 image whose receptive fields overlap and are not evenly spaced:
// column centres x = 10, 30, 80 (tile edges 20 and 55), row centres y = 15, 45 (edge 30).
QVector<QRectF> irregularRects()
{
    QVector<QRectF> rects;
    for (double cy : {15.0, 45.0})
        for (double cx : {10.0, 30.0, 80.0})
            rects << QRectF(cx - 20, cy - 20, 40, 40);
    return rects;
}
} // namespace

class TstHeatmapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // In a narrow, tall view (a 460 px dock with four maps in a row) the colour bar spans the map, not
    // the whole height; and a long title breaks onto a second line instead of being cut.
    void narrowViewKeepsBarBesideMapAndTitleWhole()
    {
        arm::HeatmapView v;
        QVector<float> values(25, 0.f);
        for (int i = 0; i < 25; ++i)
            values[i] = float(i);
        v.setGrid(5, 5, values);
        v.setTitle(QStringLiteral("De-albino coverage: weight each backbone cell receives from the kernel"));
        v.resize(200, 420);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        auto* bar = v.findChild<arm::ColorBar*>();
        QVERIFY(bar && bar->isVisible());
        const QRectF image(v.imageToWidget({0, 0}), v.imageToWidget({5, 5}));
        QVERIFY2(image.height() < 200, "the map is limited by the view's width here");
        const int minimum = 6 * v.fontMetrics().height();
        QVERIFY2(bar->height() <= std::max(int(image.height()), minimum) + 1,
                 qPrintable(QStringLiteral("bar %1 px beside a %2 px map").arg(bar->height()).arg(image.height())));
        QVERIFY(bar->geometry().top() <= image.center().y() && bar->geometry().bottom() >= image.center().y());
        // Two title lines push the map down by one more line than a short title does.
        arm::HeatmapView shortTitle;
        shortTitle.setGrid(5, 5, values);
        shortTitle.setTitle(QStringLiteral("Map"));
        shortTitle.resize(200, 420);
        const double drop = image.top() - shortTitle.imageToWidget({0, 0}).y();
        QVERIFY2(drop > 0, qPrintable(QString::number(drop)));
    }

    void uniformCellUnderPoint()
    {
        arm::HeatmapView v;
        QVector<float> values;
        for (int i = 0; i < 4 * 5; ++i)
            values << float(i);
        v.setGrid(4, 5, values);
        v.resize(400, 300);
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 5; ++c) {
                const QPointF centre = v.imageToWidget(v.cellRect(r, c).center());
                QCOMPARE(v.cellAt(centre), QPoint(c, r));
            }
        QCOMPARE(v.cellAt(v.imageToWidget({-0.5, 1.0})), QPoint(-1, -1));
        QCOMPARE(v.cellAt(v.imageToWidget({5.5, 1.0})), QPoint(-1, -1));
        QCOMPARE(v.cellAt({1, 1}), QPoint(-1, -1)); // margin outside the image area
    }
    void irregularCellUnderPoint_data()
    {
        QTest::addColumn<QPointF>("imagePoint");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("col");
        QTest::newRow("first cell") << QPointF(2, 2) << 0 << 0;
        QTest::newRow("left of edge 20") << QPointF(19, 10) << 0 << 0;
        QTest::newRow("right of edge 20") << QPointF(21, 10) << 0 << 1;
        QTest::newRow("left of edge 55") << QPointF(54, 29) << 0 << 1;
        QTest::newRow("right of edge 55, below 30") << QPointF(56, 31) << 1 << 2;
        QTest::newRow("last cell") << QPointF(99, 59) << 1 << 2;
    }
    void irregularCellUnderPoint()
    {
        QFETCH(QPointF, imagePoint);
        QFETCH(int, row);
        QFETCH(int, col);
        arm::HeatmapView v;
        v.setBaseImage(solid(100, 60, Qt::gray));
        v.setGrid(2, 3, {1, 2, 3, 4, 5, 6}, irregularRects());
        v.resize(520, 400); // scale > 4 widget pixels per image pixel
        QCOMPARE(v.cellAt(v.imageToWidget(imagePoint)), QPoint(col, row));
        QCOMPARE(v.cellRect(row, col), irregularRects()[row * 3 + col]);
    }
    void mouseEmitsSignals()
    {
        arm::HeatmapView v;
        v.setBaseImage(solid(100, 60, Qt::gray));
        v.setGrid(2, 3, {1.5f, 2, 3, 4, 5, -6.25f}, irregularRects());
        v.resize(520, 400);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QSignalSpy hovered(&v, &arm::HeatmapView::cellHovered);
        QSignalSpy clicked(&v, &arm::HeatmapView::cellClicked);
        QTest::mouseMove(&v, v.imageToWidget({90, 50}).toPoint());
        QCOMPARE(hovered.count(), 1);
        QCOMPARE(hovered[0][0].toInt(), 1);
        QCOMPARE(hovered[0][1].toInt(), 2);
        QCOMPARE(hovered[0][2].toDouble(), -6.25);
        QCOMPARE(v.hoveredCell(), QPoint(2, 1));
        QVERIFY(v.hoverText().contains(QStringLiteral("-6.25")));
        QTest::mouseClick(&v, Qt::LeftButton, {}, v.imageToWidget({25, 5}).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].toInt(), 0);
        QCOMPARE(clicked[0][1].toInt(), 1);
        QCOMPARE(hovered.last()[2].toDouble(), 2.0);
    }
    void keyboardMovesAndActivates()
    {
        arm::HeatmapView v;
        v.setGrid(3, 3, {0, 1, 2, 3, 4, 5, 6, 7, 8});
        v.resize(300, 300);
        QSignalSpy hovered(&v, &arm::HeatmapView::cellHovered);
        QSignalSpy clicked(&v, &arm::HeatmapView::cellClicked);
        QTest::keyClick(&v, Qt::Key_Down); // first key selects the first cell
        QTest::keyClick(&v, Qt::Key_Right);
        QTest::keyClick(&v, Qt::Key_Down);
        QTest::keyClick(&v, Qt::Key_Return);
        QCOMPARE(hovered.count(), 3);
        QCOMPARE(hovered.last()[2].toDouble(), 4.0);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].toInt(), 1);
        QCOMPARE(clicked[0][1].toInt(), 1);
    }
    void opacityBlendsBaseAndMap()
    {
        const QColor base(200, 40, 40);
        arm::HeatmapView v;
        v.setBaseImage(solid(40, 40, base));
        v.setGrid(2, 2, {0.0f, 1.0f, 2.0f, 3.0f});
        v.setInterpolation(arm::HeatmapView::Interpolation::Nearest);
        v.resize(300, 260);
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c) {
                const QPoint centre = v.imageToWidget(v.cellRect(r, c).center()).toPoint();
                v.setOpacity(0.0);
                QImage img = v.grab().toImage();
                QVERIFY2(colourDistance(img.pixelColor(centre), base) <= 3, qPrintable(img.pixelColor(centre).name()));
                v.setOpacity(1.0);
                img = v.grab().toImage();
                const QColor expected = arm::ColorMap::viridisColor((r * 2 + c) / 3.0);
                QVERIFY2(colourDistance(img.pixelColor(centre), expected) <= 3,
                         qPrintable(img.pixelColor(centre).name() + QStringLiteral(" vs ") + expected.name()));
                v.setOpacity(0.5);
                img = v.grab().toImage();
                const QColor half = img.pixelColor(centre);
                QVERIFY(colourDistance(half, base) > 20 && colourDistance(half, expected) > 20);
            }
    }
    void smoothInterpolatesBetweenCentres()
    {
        arm::HeatmapView v;
        v.setGrid(1, 2, {0.0f, 1.0f});
        v.resize(400, 260);
        const QPointF mid = v.imageToWidget({1.0, 0.5}); // between the two centres (0.5 and 1.5)
        v.setInterpolation(arm::HeatmapView::Interpolation::Smooth);
        QImage img = v.grab().toImage();
        const QColor halfway = arm::ColorMap::viridisColor(0.5);
        QVERIFY2(colourDistance(img.pixelColor(mid.toPoint()), halfway) <= 12, qPrintable(img.pixelColor(mid.toPoint()).name()));
        v.setInterpolation(arm::HeatmapView::Interpolation::Nearest);
        img = v.grab().toImage();
        const QColor left = img.pixelColor((mid - QPointF(3, 0)).toPoint());
        QVERIFY(colourDistance(left, arm::ColorMap::viridisColor(0.0)) <= 3);
    }
    void rangeModes()
    {
        arm::HeatmapView v;
        v.setGrid(1, 3, {-0.5f, 0.25f, 2.0f});
        QCOMPARE(v.displayMinimum(), -0.5);
        QCOMPARE(v.displayMaximum(), 2.0);
        QCOMPARE(v.colorMapKind(), arm::ColorMap::Kind::Viridis);
        v.setSymmetric(true);
        QCOMPARE(v.displayMinimum(), -2.0);
        QCOMPARE(v.displayMaximum(), 2.0);
        QCOMPARE(v.colorMapKind(), arm::ColorMap::Kind::Diverging);
        QCOMPARE(v.colorBar()->colorMap(), arm::ColorMap::Kind::Diverging);
        v.setSymmetric(false);
        v.setFixedRange(0.0, 10.0);
        QCOMPARE(v.colorBar()->minimum(), 0.0);
        QCOMPARE(v.colorBar()->maximum(), 10.0);
        // White is zero on the diverging map.
        const QColor zero = arm::ColorMap::color(arm::ColorMap::Kind::Diverging, 0.5);
        QVERIFY(zero.lightness() > 240);
    }
    void badInputClears()
    {
        arm::HeatmapView v;
        v.setGrid(2, 2, {1, 2, 3, 4});
        QCOMPARE(v.rows(), 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("setGrid")));
        v.setGrid(2, 2, {1, 2, 3});
        QCOMPARE(v.rows(), 0);
        QVERIFY(!v.grab().isNull()); // paints "No data" instead of crashing
    }
};

QTEST_MAIN(TstHeatmapView)
#include "tst_heatmapview.moc"
