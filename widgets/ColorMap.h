#pragma once

#include <QColor>
#include <QRgb>

namespace arm {

// A perceptually uniform colour map (viridis), sampled from its published anchor points and linearly
// interpolated. Shared by every heat map and colour bar so that the same value is the same colour
// everywhere in the application.
class ColorMap {
public:
    // t in [0, 1]; values outside are clamped.
    static QRgb viridis(double t);
    static QColor viridisColor(double t) { return QColor::fromRgb(viridis(t)); }
};

} // namespace arm
