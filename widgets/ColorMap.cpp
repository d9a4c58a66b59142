#include "widgets/ColorMap.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace arm {

namespace {
using Anchors = std::array<std::array<double, 3>, 9>;

// Viridis at t = 0, 0.125, ..., 1 (matplotlib's _viridis_data at those positions).
constexpr Anchors kViridis{{
    {0.267004, 0.004874, 0.329415},
    {0.282327, 0.140926, 0.457517},
    {0.253935, 0.265254, 0.529983},
    {0.206756, 0.371758, 0.553117},
    {0.163625, 0.471133, 0.558148},
    {0.127568, 0.566949, 0.550556},
    {0.134692, 0.658636, 0.517649},
    {0.266941, 0.748751, 0.440573},
    {0.993248, 0.906157, 0.143936},
}};

// ColorBrewer 9-class RdBu, reversed so that low values are blue and high values red.
constexpr Anchors kDiverging{{
    {5 / 255.0, 48 / 255.0, 97 / 255.0},
    {33 / 255.0, 102 / 255.0, 172 / 255.0},
    {67 / 255.0, 147 / 255.0, 195 / 255.0},
    {146 / 255.0, 197 / 255.0, 222 / 255.0},
    {247 / 255.0, 247 / 255.0, 247 / 255.0},
    {244 / 255.0, 165 / 255.0, 130 / 255.0},
    {214 / 255.0, 96 / 255.0, 77 / 255.0},
    {178 / 255.0, 24 / 255.0, 43 / 255.0},
    {103 / 255.0, 0 / 255.0, 31 / 255.0},
}};

QRgb interpolate(const Anchors& anchors, double t)
{
    if (!std::isfinite(t))
        t = 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double pos = t * (anchors.size() - 1);
    const auto i = std::min<std::size_t>(static_cast<std::size_t>(pos), anchors.size() - 2);
    const double f = pos - static_cast<double>(i);
    auto channel = [&](int c) {
        const double v = anchors[i][c] * (1.0 - f) + anchors[i + 1][c] * f;
        return static_cast<int>(std::lround(v * 255.0));
    };
    return qRgb(channel(0), channel(1), channel(2));
}
} // namespace

QRgb ColorMap::viridis(double t)
{
    return interpolate(kViridis, t);
}

QRgb ColorMap::diverging(double t)
{
    return interpolate(kDiverging, t);
}

} // namespace arm
