#include "widgets/ColorBar.h"
#include "widgets/ColorMap.h"

#include <QImage>
#include <QtTest>

class TstColorBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapEndsAreViridis()
    {
        QCOMPARE(arm::ColorMap::viridis(0.0), qRgb(68, 1, 84));
        QCOMPARE(arm::ColorMap::viridis(1.0), qRgb(253, 231, 37));
        QCOMPARE(arm::ColorMap::viridis(-5.0), arm::ColorMap::viridis(0.0));
        QCOMPARE(arm::ColorMap::viridis(std::nan("")), arm::ColorMap::viridis(0.0));
    }
    void lightnessIncreases()
    {
        // Relative luminance (not HSL lightness) is what a perceptually uniform map keeps monotonic.
        double previous = -1.0;
        for (int i = 0; i <= 40; ++i) {
            const QRgb c = arm::ColorMap::viridis(i / 40.0);
            const double luminance = 0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c);
            QVERIFY2(luminance > previous, qPrintable(QStringLiteral("at step %1").arg(i)));
            previous = luminance;
        }
    }
    void paintsGradient()
    {
        arm::ColorBar bar;
        bar.setRange(-1.0, 2.0);
        bar.setTitle(QStringLiteral("weight"));
        bar.resize(bar.sizeHint());
        const QImage img = bar.grab().toImage();
        QVERIFY(!img.isNull());
        // The top of the bar shows the maximum colour, the bottom the minimum one.
        const int x = 8;
        const QColor top = img.pixelColor(x, bar.fontMetrics().height() + 8);
        const QColor bottom = img.pixelColor(x, img.height() - bar.fontMetrics().height());
        QVERIFY2(top.lightness() > bottom.lightness() + 50,
                 qPrintable(QStringLiteral("%1 vs %2").arg(top.name(), bottom.name())));
    }
};

QTEST_MAIN(TstColorBar)
#include "tst_colorbar.moc"
