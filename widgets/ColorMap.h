#pragma once

#include <QColor>
#include <QRgb>

namespace arm {

// The colour maps of the application. Shared by every heat map, matrix plot and colour bar so that the
// same value is the same colour everywhere.
class ColorMap {
public:
    // Viridis (perceptually uniform, for magnitudes) or a blue-white-red diverging map (for signed maps
    // shown on a symmetric range, where white must mean exactly zero).
    enum class Kind { Viridis, Diverging };

    // t in [0, 1]; values outside are clamped, NaN maps to the low end.
    static QRgb viridis(double t);
    static QColor viridisColor(double t) { return QColor::fromRgb(viridis(t)); }
    // ColorBrewer RdBu reversed: t = 0 dark blue, 0.5 near-white, 1 dark red.
    static QRgb diverging(double t);
    static QRgb map(Kind kind, double t) { return kind == Kind::Diverging ? diverging(t) : viridis(t); }
    static QColor color(Kind kind, double t) { return QColor::fromRgb(map(kind, t)); }
};

} // namespace arm
