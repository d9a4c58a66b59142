// The GUI (widgets/ColorMap) and the CLI's PNG overlays (engine/analysis/OverlayWriter) must draw a value
// in the same colour. They used to keep separate tables: the GUI a 9-anchor viridis, the CLI OpenCV's
// 256-entry one, and the CLI's diverging map had #d6604d stored as RGB in a BGR table.
#include "engine/analysis/OverlayWriter.h"
#include "widgets/ColorMap.h"

#include <QtTest>

class TstColorMapsAgree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guiAndCliDrawTheSameColours_data()
    {
        QTest::addColumn<bool>("diverging");
        QTest::newRow("viridis") << false;
        QTest::newRow("diverging") << true;
    }
    void guiAndCliDrawTheSameColours()
    {
        QFETCH(bool, diverging);
        const arm::ColorMap::Kind kind =
            diverging ? arm::ColorMap::Kind::Diverging : arm::ColorMap::Kind::Viridis;
        for (int i = 0; i <= 1000; ++i) {
            const float t = static_cast<float>(i) / 1000.0f;
            const QRgb gui = arm::ColorMap::map(kind, t);
            const cv::Vec3b bgr = arm::OverlayWriter::colour(t, diverging);
            QVERIFY2(qRed(gui) == bgr[2] && qGreen(gui) == bgr[1] && qBlue(gui) == bgr[0],
                     qPrintable(QStringLiteral("t = %1: GUI (%2, %3, %4), CLI RGB (%5, %6, %7)")
                                    .arg(t)
                                    .arg(qRed(gui))
                                    .arg(qGreen(gui))
                                    .arg(qBlue(gui))
                                    .arg(bgr[2])
                                    .arg(bgr[1])
                                    .arg(bgr[0])));
        }
    }
    // The PNG's pixels are BGR (OpenCV): the red end of the diverging map must land in channel 2.
    void overlayPixelsAreBgr()
    {
        const cv::Vec3b red = arm::OverlayWriter::colour(0.8f, true); // #d6604d, between #f4a582 and #b2182b
        QCOMPARE(int(red[2]), 214);
        QCOMPARE(int(red[1]), 96);
        QCOMPARE(int(red[0]), 77);
    }
};

QTEST_MAIN(TstColorMapsAgree)
#include "tst_colormapsagree.moc"
