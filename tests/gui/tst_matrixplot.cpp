#include "widgets/MatrixPlot.h"

#include <QSignalSpy>
#include <QtTest>

class TstMatrixPlot : public QObject {
    Q_OBJECT

    static QVector<double> counts()
    {
        // 3 x 4, one row of zeros (a class never given) that must not divide by zero.
        return {5, 1, 0, 4, 0, 0, 0, 0, 2, 2, 3, 3};
    }
    static void prepare(arm::MatrixPlot& m)
    {
        m.setMatrix(3, 4, counts());
        m.setRowLabels({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        m.setColumnLabels({QStringLiteral("w"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")});
        m.resize(480, 400);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.replot(); // lays out the axis rect, so coordToPixel is final
    }

private Q_SLOTS:
    void clickCellCentre_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("col");
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; c += 3)
                QTest::addRow("r%d c%d", r, c) << r << c;
        QTest::addRow("r1 c2") << 1 << 2;
    }
    void clickCellCentre()
    {
        QFETCH(int, row);
        QFETCH(int, col);
        arm::MatrixPlot m;
        prepare(m);
        QSignalSpy clicked(&m, &arm::MatrixPlot::cellClicked);
        const QPoint pixel(int(m.xAxis->coordToPixel(col)), int(m.yAxis->coordToPixel(row)));
        QTest::mouseClick(&m, Qt::LeftButton, {}, pixel);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].toInt(), row);
        QCOMPARE(clicked[0][1].toInt(), col);
        // Outside the axis rect nothing is clicked.
        QTest::mouseClick(&m, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(clicked.count(), 1);
    }
    void rowZeroIsOnTop()
    {
        arm::MatrixPlot m;
        prepare(m);
        QVERIFY(m.cellCenter(0, 0).y() < m.cellCenter(2, 0).y());
        QVERIFY(m.cellCenter(0, 0).x() < m.cellCenter(0, 3).x());
    }
    void rowNormalisedSumsToOne()
    {
        const QVector<double> n = arm::MatrixPlot::rowNormalized(3, 4, counts());
        for (int r = 0; r < 3; ++r) {
            double sum = 0;
            for (int c = 0; c < 4; ++c)
                sum += n[r * 4 + c];
            if (r == 1)
                QCOMPARE(sum, 0.0);
            else
                QVERIFY(qFuzzyCompare(sum, 1.0));
        }
        QCOMPARE(n[0], 0.5);
        arm::MatrixPlot m;
        m.setMatrix(3, 4, counts());
        QCOMPARE(m.displayedValue(0, 0), 5.0);
        m.setNormalization(arm::MatrixPlot::Normalization::RowNormalized);
        QCOMPARE(m.displayedValue(0, 0), 0.5);
        QCOMPARE(m.displayedValue(2, 3), 0.3);
        QCOMPARE(m.displayedValues(), n);
        QCOMPARE(m.rawValue(0, 0), 5.0);
        // What is drawn is what is displayed.
        QCOMPARE(m.colorMapPlottable()->data()->cell(3, 2), 0.3);
        QCOMPARE(m.colorMapPlottable()->dataRange().upper, 1.0);
    }
    void hoverEmitsValueAndShowsThumbnails()
    {
        arm::MatrixPlot m;
        prepare(m);
        QSignalSpy hovered(&m, &arm::MatrixPlot::cellHovered);
        QTest::mouseMove(&m, m.cellCenter(2, 1).toPoint());
        QCOMPARE(hovered.count(), 1);
        QCOMPARE(hovered[0][0].toInt(), 2);
        QCOMPARE(hovered[0][1].toInt(), 1);
        QCOMPARE(hovered[0][2].toDouble(), 2.0);
        QVERIFY(m.hoverText().contains(QStringLiteral("c")) && m.hoverText().contains(QStringLiteral("x")));
        QVERIFY(!m.thumbnailPopupVisible());

        QImage face(16, 16, QImage::Format_RGB32);
        face.fill(Qt::red);
        m.setThumbnails({face, face, face});
        QTest::mouseMove(&m, m.cellCenter(0, 1).toPoint());
        QCOMPARE(hovered.count(), 2);
        QVERIFY(m.thumbnailPopupVisible());
    }
    void keyboardActivatesCell()
    {
        arm::MatrixPlot m;
        prepare(m);
        QSignalSpy clicked(&m, &arm::MatrixPlot::cellClicked);
        QTest::keyClick(&m, Qt::Key_Right); // selects (0, 0)
        QTest::keyClick(&m, Qt::Key_Right);
        QTest::keyClick(&m, Qt::Key_Down);
        QTest::keyClick(&m, Qt::Key_Enter);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].toInt(), 1);
        QCOMPARE(clicked[0][1].toInt(), 1);
    }
    void mismatchClears()
    {
        arm::MatrixPlot m;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("setMatrix")));
        m.setMatrix(2, 2, {1, 2, 3});
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.cellAt(QPointF(100, 100)), QPoint(-1, -1));
    }
};

QTEST_MAIN(TstMatrixPlot)
#include "tst_matrixplot.moc"
