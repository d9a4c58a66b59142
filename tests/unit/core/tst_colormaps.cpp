#include "engine/core/ColorMaps.h"

#include <QtTest>

#include <cmath>

using arm::ColorMapKind;
using arm::ColorMaps;
using arm::Rgb;

namespace {
QString str(const Rgb& c)
{
    return QStringLiteral("(%1, %2, %3)").arg(c.r).arg(c.g).arg(c.b);
}
} // namespace

class TstColorMaps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The published ColorBrewer RdBu 11-class scheme (colorbrewer2.org), low = blue. Each anchor is
    // checked in RGB order: a BGR-swapped entry such as (214, 96, 96) for #d6604d fails here.
    void divergingAnchorsAreColorBrewerRdBu()
    {
        const Rgb published[11] = {{0x05, 0x30, 0x61}, {0x21, 0x66, 0xac}, {0x43, 0x93, 0xc3},
                                   {0x92, 0xc5, 0xde}, {0xd1, 0xe5, 0xf0}, {0xf7, 0xf7, 0xf7},
                                   {0xfd, 0xdb, 0xc7}, {0xf4, 0xa5, 0x82}, {0xd6, 0x60, 0x4d},
                                   {0xb2, 0x18, 0x2b}, {0x67, 0x00, 0x1f}};
        QCOMPARE(ColorMaps::anchorCount(ColorMapKind::Diverging), 11);
        for (int i = 0; i < 11; ++i) {
            const Rgb a = ColorMaps::anchor(ColorMapKind::Diverging, i);
            QVERIFY2(a == published[i], qPrintable(QStringLiteral("anchor %1: %2").arg(i).arg(str(a))));
            // Anchors sit at t = i / 10: the interpolation returns them exactly there.
            QVERIFY2(ColorMaps::diverging(i / 10.0) == published[i], qPrintable(QString::number(i)));
        }
    }
    void zeroOnASymmetricScaleIsWhite()
    {
        const Rgb mid = ColorMaps::diverging(0.5);
        QVERIFY2((mid == Rgb{247, 247, 247}), qPrintable(str(mid)));
        // Blue below, red above.
        QVERIFY(ColorMaps::diverging(0.2).b > ColorMaps::diverging(0.2).r);
        QVERIFY(ColorMaps::diverging(0.8).r > ColorMaps::diverging(0.8).b);
    }
    void viridisEndsAndMonotonicLuminance()
    {
        QVERIFY((ColorMaps::viridis(0.0) == Rgb{68, 1, 84}));
        QVERIFY((ColorMaps::viridis(1.0) == Rgb{253, 231, 37}));
        // Relative luminance rises: strictly over steps of 1/64 (adjacent 1/255 steps may round to the
        // same bytes).
        double previous = -1.0;
        for (int i = 0; i <= 64; ++i) {
            const Rgb c = ColorMaps::viridis(i / 64.0);
            const double luminance = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
            QVERIFY2(luminance > previous, qPrintable(QStringLiteral("at %1/64").arg(i)));
            previous = luminance;
        }
    }
    // Reference: matplotlib's 256-entry viridis as OpenCV's COLORMAP_VIRIDIS ships it (what the CLI's PNGs
    // used): index 128 = (33, 145, 140), index 239 = (213, 226, 26). The GUI's former 9-anchor table was
    // not evenly spaced and gave (42, 120, 142) and (160, 211, 75) there.
    void viridisMatchesTheReferenceBetweenAnchors()
    {
        const auto near = [](const Rgb& c, int r, int g, int b) {
            return std::abs(c.r - r) <= 2 && std::abs(c.g - g) <= 2 && std::abs(c.b - b) <= 2;
        };
        const Rgb mid = ColorMaps::viridis(128 / 255.0);
        QVERIFY2(near(mid, 33, 145, 140), qPrintable(str(mid)));
        const Rgb high = ColorMaps::viridis(239 / 255.0);
        QVERIFY2(near(high, 213, 226, 26), qPrintable(str(high)));
    }
    void outOfRangeAndNaNAreClamped()
    {
        QVERIFY(ColorMaps::viridis(-3.0) == ColorMaps::viridis(0.0));
        QVERIFY(ColorMaps::viridis(7.0) == ColorMaps::viridis(1.0));
        QVERIFY(ColorMaps::viridis(std::nan("")) == ColorMaps::viridis(0.0));
        QVERIFY(ColorMaps::diverging(std::numeric_limits<double>::infinity()) == ColorMaps::diverging(0.0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, ColorMaps::anchor(ColorMapKind::Viridis, 33));
    }
};

QTEST_GUILESS_MAIN(TstColorMaps)
#include "tst_colormaps.moc"
