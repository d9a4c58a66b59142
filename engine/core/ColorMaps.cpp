#include "engine/core/ColorMaps.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace arm {

namespace {

// Viridis at t = 0, 1/32, ..., 1: matplotlib's 256-entry table (as OpenCV's COLORMAP_VIRIDIS ships it)
// sampled every 1/32. 33 anchors keep linear interpolation within 2/255 of the full table. (The GUI's
// former 9-anchor table was not evenly spaced: it differed from the CLI's colours by up to 102/255.)
constexpr std::array<Rgb, 33> kViridis{{
    {68, 1, 84},    {71, 13, 96},   {72, 24, 106},  {72, 35, 116},  {71, 45, 123},  {69, 55, 129},
    {66, 64, 134},  {62, 73, 137},  {59, 82, 139},  {55, 91, 141},  {51, 99, 141},  {47, 107, 142},
    {44, 114, 142}, {41, 122, 142}, {38, 130, 142}, {35, 137, 142}, {33, 145, 141}, {31, 151, 139},
    {31, 159, 136}, {33, 166, 133}, {39, 173, 129}, {49, 181, 123}, {62, 188, 116}, {77, 194, 108},
    {93, 200, 99},  {110, 206, 88}, {130, 211, 77}, {149, 216, 64}, {170, 220, 50}, {192, 223, 37},
    {213, 226, 26}, {234, 229, 26}, {253, 231, 37},
}};

// ColorBrewer RdBu, 11 classes (Brewer, colorbrewer2.org), reversed so that low values are blue:
// #053061 #2166ac #4393c3 #92c5de #d1e5f0 #f7f7f7 #fddbc7 #f4a582 #d6604d #b2182b #67001f.
// The odd count puts #f7f7f7 exactly at t = 0.5, i.e. at zero on a symmetric range.
constexpr std::array<Rgb, 11> kDiverging{{
    {5, 48, 97},
    {33, 102, 172},
    {67, 147, 195},
    {146, 197, 222},
    {209, 229, 240},
    {247, 247, 247},
    {253, 219, 199},
    {244, 165, 130},
    {214, 96, 77},
    {178, 24, 43},
    {103, 0, 31},
}};

template <std::size_t N> Rgb interpolate(const std::array<Rgb, N>& anchors, double t)
{
    if (!std::isfinite(t))
        t = 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double pos = t * static_cast<double>(N - 1);
    const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(pos), N - 2);
    const double f = pos - static_cast<double>(i);
    auto channel = [f](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(a * (1.0 - f) + b * f));
    };
    const Rgb& a = anchors[i];
    const Rgb& b = anchors[i + 1];
    return Rgb{channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b)};
}

} // namespace

Rgb ColorMaps::viridis(double t)
{
    return interpolate(kViridis, t);
}

Rgb ColorMaps::diverging(double t)
{
    return interpolate(kDiverging, t);
}

int ColorMaps::anchorCount(ColorMapKind kind)
{
    return static_cast<int>(kind == ColorMapKind::Diverging ? kDiverging.size() : kViridis.size());
}

Rgb ColorMaps::anchor(ColorMapKind kind, int index)
{
    if (index < 0 || index >= anchorCount(kind))
        throw std::out_of_range("ColorMaps::anchor: index " + std::to_string(index) + " out of range");
    return kind == ColorMapKind::Diverging ? kDiverging[static_cast<std::size_t>(index)]
                                           : kViridis[static_cast<std::size_t>(index)];
}

} // namespace arm
