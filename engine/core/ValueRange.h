#pragma once

#include <cstddef>
#include <vector>

namespace arm {

// How a map's values are put on its colour scale. One policy for the GUI's heat maps and matrix plots
// and the CLI's PNG overlays, so the same data gets the same scale (and so the same colours) everywhere.
struct ValueRangePolicy {
    enum class Mode {
        Auto,  // min..max of the finite values
        Fixed, // [fixedMinimum, fixedMaximum] whatever the values (bounds in either order)
    };
    Mode mode = Mode::Auto;
    double fixedMinimum = 0.0;
    double fixedMaximum = 1.0;
    // [-m, m] with m the largest magnitude of the range above: zero sits in the middle, which the
    // diverging map draws white, so signed maps read "more / less than nothing" at a glance.
    bool symmetric = false;
    // Auto ranges of non-negative quantities start at 0: a map whose values are all large would
    // otherwise show its smallest value as "nothing".
    bool fromZero = false;

    static ValueRangePolicy automatic() { return {}; }
    static ValueRangePolicy fixed(double minimum, double maximum)
    {
        ValueRangePolicy p;
        p.mode = Mode::Fixed;
        p.fixedMinimum = minimum;
        p.fixedMaximum = maximum;
        return p;
    }
};

// The resolved range: always finite with maximum > minimum, so normalized() never divides by zero.
struct ValueRange {
    double minimum = 0.0;
    double maximum = 1.0;

    // Non-finite values are ignored. No finite value (or non-finite fixed bounds) gives [0, 1]. A range
    // of zero width (a constant map) is widened by 0.5 on each side so the value sits mid-scale, except
    // that an all-zero map with fromZero gives [0, 1].
    static ValueRange compute(const ValueRangePolicy& policy, const float* values, std::size_t count);
    static ValueRange compute(const ValueRangePolicy& policy, const double* values, std::size_t count);
    static ValueRange compute(const ValueRangePolicy& policy, const std::vector<float>& values)
    {
        return compute(policy, values.data(), values.size());
    }
    static ValueRange compute(const ValueRangePolicy& policy, const std::vector<double>& values)
    {
        return compute(policy, values.data(), values.size());
    }

    // Where v falls on the scale: 0 at minimum, 1 at maximum (not clamped; NaN stays NaN).
    double normalized(double v) const { return (v - minimum) / (maximum - minimum); }
};

} // namespace arm
