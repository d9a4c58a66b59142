#pragma once

#include <cstdint>

namespace arm {

// An 8-bit colour in RGB order. OpenCV images are BGR: convert where a colour enters a cv::Mat, nowhere
// else.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb& a, const Rgb& c) { return a.r == c.r && a.g == c.g && a.b == c.b; }
    friend bool operator!=(const Rgb& a, const Rgb& c) { return !(a == c); }
};

// Viridis (perceptually uniform, for magnitudes) or blue-white-red (for signed maps on a symmetric
// range, where white must mean exactly zero).
enum class ColorMapKind { Viridis, Diverging };

// The application's colour maps, one table for every front end: the GUI's heat maps, matrix plots and
// colour bars (widgets/ColorMap) and the CLI's PNG overlays (engine/analysis/OverlayWriter) call these,
// so the same value is the same colour on screen and on disk.
class ColorMaps {
public:
    // t in [0, 1]; values outside are clamped, NaN maps to the low end. Linear interpolation between
    // the anchors, rounded to the nearest byte.
    static Rgb viridis(double t);
    // ColorBrewer RdBu (11 classes), reversed: t = 0 dark blue, 0.5 exactly #f7f7f7, 1 dark red.
    static Rgb diverging(double t);
    static Rgb map(ColorMapKind kind, double t)
    {
        return kind == ColorMapKind::Diverging ? diverging(t) : viridis(t);
    }

    // The anchors, evenly spaced over [0, 1] (for tests and for gradients built from stops).
    static int anchorCount(ColorMapKind kind);
    static Rgb anchor(ColorMapKind kind, int index);
};

} // namespace arm
