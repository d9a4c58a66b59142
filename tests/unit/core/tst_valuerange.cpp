#include "engine/core/ValueRange.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <vector>

using arm::ValueRange;
using arm::ValueRangePolicy;

class TstValueRange : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void autoIsMinMaxOfFiniteValues()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN(),
                    inf = std::numeric_limits<float>::infinity();
        const ValueRange r = ValueRange::compute(ValueRangePolicy::automatic(),
                                                 std::vector<float>{3.0f, nan, -1.0f, inf, 2.0f});
        QCOMPARE(r.minimum, -1.0);
        QCOMPARE(r.maximum, 3.0);
        QCOMPARE(r.normalized(1.0), 0.5);
    }
    void fixedIgnoresTheValuesAndAcceptsEitherOrder()
    {
        const ValueRange r =
            ValueRange::compute(ValueRangePolicy::fixed(10.0, -2.0), std::vector<double>{100.0});
        QCOMPARE(r.minimum, -2.0);
        QCOMPARE(r.maximum, 10.0);
    }
    void symmetricCentresZero()
    {
        ValueRangePolicy p;
        p.symmetric = true;
        ValueRange r = ValueRange::compute(p, std::vector<float>{-0.5f, 2.0f});
        QCOMPARE(r.minimum, -2.0);
        QCOMPARE(r.maximum, 2.0);
        QCOMPARE(r.normalized(0.0), 0.5); // white on the diverging map
        // Symmetric over a fixed range too (the GUI shares one range between linked views).
        p.mode = ValueRangePolicy::Mode::Fixed;
        p.fixedMinimum = -1.0;
        p.fixedMaximum = 3.0;
        r = ValueRange::compute(p, std::vector<float>{});
        QCOMPARE(r.minimum, -3.0);
        QCOMPARE(r.maximum, 3.0);
    }
    void fromZeroStartsNonNegativeMapsAtZero()
    {
        ValueRangePolicy p;
        p.fromZero = true;
        ValueRange r = ValueRange::compute(p, std::vector<float>{4.0f, 5.0f});
        QCOMPARE(r.minimum, 0.0);
        QCOMPARE(r.maximum, 5.0);
        // Negative values keep their minimum: fromZero never hides data.
        r = ValueRange::compute(p, std::vector<float>{-4.0f, 5.0f});
        QCOMPARE(r.minimum, -4.0);
    }
    void constantAndEmptyMapsGetAScaleOfNonZeroWidth()
    {
        // A constant map sits mid-scale: on a symmetric scale an all-zero map is white, not dark blue.
        ValueRangePolicy symmetric;
        symmetric.symmetric = true;
        ValueRange r = ValueRange::compute(symmetric, std::vector<float>{0.0f, 0.0f});
        QVERIFY(r.maximum > r.minimum);
        QCOMPARE(r.normalized(0.0), 0.5);
        r = ValueRange::compute(ValueRangePolicy::automatic(), std::vector<float>{7.0f});
        QCOMPARE(r.minimum, 6.5);
        QCOMPARE(r.maximum, 7.5);
        // An all-zero non-negative quantity: [0, 1], no negative ticks.
        ValueRangePolicy fromZero;
        fromZero.fromZero = true;
        r = ValueRange::compute(fromZero, std::vector<float>{0.0f});
        QCOMPARE(r.minimum, 0.0);
        QCOMPARE(r.maximum, 1.0);
        // Nothing finite, or non-finite fixed bounds: [0, 1].
        r = ValueRange::compute(ValueRangePolicy::automatic(), std::vector<float>{std::nanf("")});
        QCOMPARE(r.minimum, 0.0);
        QCOMPARE(r.maximum, 1.0);
        r = ValueRange::compute(ValueRangePolicy::fixed(0.0, std::numeric_limits<double>::infinity()),
                                std::vector<float>{});
        QCOMPARE(r.maximum, 1.0);
        // Magnitudes beyond the precision of +-0.5 still get a usable width.
        r = ValueRange::compute(ValueRangePolicy::automatic(), std::vector<double>{1e300});
        QVERIFY(r.maximum > r.minimum);
        QVERIFY(std::isfinite(r.normalized(1e300)));
    }
};

QTEST_GUILESS_MAIN(TstValueRange)
#include "tst_valuerange.moc"
