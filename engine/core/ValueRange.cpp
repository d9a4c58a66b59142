#include "engine/core/ValueRange.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace arm {

namespace {

template <typename T> ValueRange resolve(const ValueRangePolicy& policy, const T* values, std::size_t count)
{
    double lo = 0.0, hi = 1.0;
    if (policy.mode == ValueRangePolicy::Mode::Fixed) {
        lo = std::min(policy.fixedMinimum, policy.fixedMaximum);
        hi = std::max(policy.fixedMinimum, policy.fixedMaximum);
        if (!std::isfinite(lo) || !std::isfinite(hi)) {
            lo = 0.0;
            hi = 1.0;
        }
    } else {
        lo = std::numeric_limits<double>::infinity();
        hi = -lo;
        for (std::size_t i = 0; i < count; ++i) {
            const double v = static_cast<double>(values[i]);
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        if (!std::isfinite(lo)) {
            lo = 0.0;
            hi = 1.0;
        } else if (policy.fromZero && lo > 0.0) {
            lo = 0.0;
        }
    }
    if (policy.symmetric) {
        const double m = std::max(std::fabs(lo), std::fabs(hi));
        lo = -m;
        hi = m;
    }
    if (!(hi > lo)) { // a constant map still needs a scale of non-zero width to be drawn
        if (policy.fromZero && lo == 0.0) {
            hi = 1.0;
        } else {
            lo -= 0.5;
            hi += 0.5;
        }
        if (!(hi > lo)) { // |v| so large that 0.5 is below its precision
            lo -= std::fabs(lo) * 0.5;
            hi += std::fabs(hi) * 0.5;
        }
    }
    // Huge magnitudes (|v| near DBL_MAX) can overflow the width; fall back rather than divide by inf.
    if (!std::isfinite(hi - lo))
        return ValueRange{};
    return ValueRange{lo, hi};
}

} // namespace

ValueRange ValueRange::compute(const ValueRangePolicy& policy, const float* values, std::size_t count)
{
    return resolve(policy, values, count);
}

ValueRange ValueRange::compute(const ValueRangePolicy& policy, const double* values, std::size_t count)
{
    return resolve(policy, values, count);
}

} // namespace arm
