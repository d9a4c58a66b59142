#include "widgets/CurvePlot.h"

#include <QtTest>

class TstCurvePlot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendedPointsAreInTheGraph()
    {
        arm::CurvePlot c;
        c.addSeries(QStringLiteral("train loss"));
        c.addSeries(QStringLiteral("test acc"), arm::CurvePlot::Axis::Right);
        const QVector<QPointF> loss{{1, 2.0}, {2, 1.5}, {3, 0.9}};
        for (const QPointF& p : loss)
            c.addPoint(QStringLiteral("train loss"), p.x(), p.y());
        c.addPoint(QStringLiteral("test acc"), 1, 0.4);
        c.addPoint(QStringLiteral("test acc"), 2, 0.55);
        QCOMPARE(c.points(QStringLiteral("train loss")), loss);
        QCOMPARE(c.graphFor(QStringLiteral("train loss"))->data()->size(), 3);
        QCOMPARE(c.graphFor(QStringLiteral("test acc"))->valueAxis(), c.yAxis2);
        QCOMPARE(c.graphFor(QStringLiteral("train loss"))->valueAxis(), c.yAxis);
        // Live rescale: every point is inside the visible ranges.
        for (const QPointF& p : loss) {
            QVERIFY(c.xAxis->range().contains(p.x()));
            QVERIFY(c.yAxis->range().contains(p.y()));
        }
        QVERIFY(c.yAxis2->range().contains(0.55));
        c.addPoint(QStringLiteral("train loss"), 10, 7.5);
        QVERIFY(c.xAxis->range().contains(10));
        QVERIFY(c.yAxis->range().contains(7.5));
        // An unknown series is created on demand and shows up in the legend.
        c.addPoint(QStringLiteral("lr"), 1, 0.01);
        QCOMPARE(c.seriesNames(), (QStringList{QStringLiteral("train loss"), QStringLiteral("test acc"), QStringLiteral("lr")}));
        int entries = 0; // the legend wraps two to a row: a grid cell may be empty
        for (int i = 0; i < c.legend->itemCount(); ++i)
            entries += c.legend->item(i) ? 1 : 0;
        QCOMPARE(entries, 3);
        QVERIFY(c.legend->hasItemWithPlottable(c.graphFor(QStringLiteral("lr"))));
    }
    void clearKeepsSeries()
    {
        arm::CurvePlot c;
        c.addPoint(QStringLiteral("a"), 1, 1);
        c.addPoint(QStringLiteral("b"), 1, 2);
        c.clear();
        QCOMPARE(c.seriesNames().size(), 2);
        QVERIFY(c.points(QStringLiteral("a")).isEmpty());
        c.addPoint(QStringLiteral("a"), 5, 3);
        QCOMPARE(c.points(QStringLiteral("a")), (QVector<QPointF>{{5, 3}}));
        c.removeAllSeries();
        QVERIFY(c.seriesNames().isEmpty());
        QCOMPARE(c.graphCount(), 0);
    }
    void movingSeriesToOtherAxisKeepsData()
    {
        arm::CurvePlot c;
        c.addPoint(QStringLiteral("acc"), 1, 0.5);
        c.addSeries(QStringLiteral("acc"), arm::CurvePlot::Axis::Right);
        QCOMPARE(c.graphFor(QStringLiteral("acc"))->valueAxis(), c.yAxis2);
        QCOMPARE(c.points(QStringLiteral("acc")), (QVector<QPointF>{{1, 0.5}}));
        QCOMPARE(c.graphCount(), 1);
    }
};

QTEST_MAIN(TstCurvePlot)
#include "tst_curveplot.moc"
