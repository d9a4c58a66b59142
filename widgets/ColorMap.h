#pragma once

#include "engine/core/ColorMaps.h"

#include <QColor>
#include <QRgb>

namespace arm {

// The colour maps of the GUI, as Qt colours. The tables live in engine/core/ColorMaps, which the CLI's
// PNG overlays use too, so the same value is the same colour in the application and in arm-cli output.
class ColorMap {
public:
    // Viridis (perceptually uniform, for magnitudes) or a blue-white-red diverging map (for signed maps
    // shown on a symmetric range, where white must mean exactly zero).
    using Kind = ColorMapKind;

    // t in [0, 1]; values outside are clamped, NaN maps to the low end.
    static QRgb viridis(double t) { return toQRgb(ColorMaps::viridis(t)); }
    static QColor viridisColor(double t) { return QColor::fromRgb(viridis(t)); }
    // ColorBrewer RdBu reversed: t = 0 dark blue, 0.5 near-white, 1 dark red.
    static QRgb diverging(double t) { return toQRgb(ColorMaps::diverging(t)); }
    static QRgb map(Kind kind, double t) { return toQRgb(ColorMaps::map(kind, t)); }
    static QColor color(Kind kind, double t) { return QColor::fromRgb(map(kind, t)); }

private:
    static QRgb toQRgb(const Rgb& c) { return qRgb(c.r, c.g, c.b); }
};

} // namespace arm
