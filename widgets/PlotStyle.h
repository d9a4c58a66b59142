#pragma once

#include "widgets/ColorMap.h"

#include "widgets/QCustomPlotInclude.h"

namespace arm {

// The look every QCustomPlot of the application shares: palette colours (so dark themes work), the
// widget's own font (no fixed pixel sizes), and the application's colour maps as QCP gradients.
class PlotStyle {
public:
    static void apply(QCustomPlot* plot);
    static void styleAxis(QCPAxis* axis, const QPalette& palette);
    static QCPColorGradient gradient(ColorMap::Kind kind);
    // Moves the legend out of the axis rect into a row below it, laid out horizontally: inside, it
    // hides whatever data happens to run through its corner.
    // `columns` > 0 wraps the entries into rows of that many (a narrow dock); 0 keeps them in one row.
    static void legendBelow(QCustomPlot* plot, int columns = 0);
    // A bold title row above the plot, in the widget's text colour; the plot owns it.
    static QCPTextElement* addTitle(QCustomPlot* plot);
};

} // namespace arm
