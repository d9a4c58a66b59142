#include "widgets/ColorBar.h"

#include "widgets/ColorMap.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace arm {

ColorBar::ColorBar(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Colour bar"));
}

void ColorBar::setRange(double minimum, double maximum)
{
    m_min = minimum;
    m_max = maximum;
    update();
}

void ColorBar::setTitle(const QString& title)
{
    m_title = title;
    updateGeometry();
    update();
}

void ColorBar::setColorMap(ColorMap::Kind kind)
{
    m_kind = kind;
    update();
}

QSize ColorBar::sizeHint() const
{
    const int ticks = fontMetrics().horizontalAdvance(QStringLiteral("-0.000e+00")) + 28;
    return {std::max(ticks, fontMetrics().horizontalAdvance(m_title) + 6), 200};
}

QSize ColorBar::minimumSizeHint() const
{
    return {sizeHint().width(), 80};
}

void ColorBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int barWidth = 14;
    const int top = fontMetrics().height() + 4;
    const int bottom = height() - fontMetrics().height() / 2 - 2;
    const int h = std::max(1, bottom - top);
    // A gradient rather than one line per logical pixel: smooth at any device pixel ratio.
    QLinearGradient gradient(0, top + h, 0, top);
    for (int i = 0; i <= 32; ++i)
        gradient.setColorAt(i / 32.0, ColorMap::color(m_kind, i / 32.0));
    p.fillRect(QRect(2, top, barWidth, h), gradient);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawRect(2, top, barWidth, h);
    if (!m_title.isEmpty())
        p.drawText(QRect(0, 0, width(), top), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    // Round tick values (1, 2 or 5 times a power of ten) so the labels read as numbers, not as
    // arbitrary fractions of the range.
    const double span = m_max - m_min;
    if (!(span > 0) || !std::isfinite(span))
        return;
    const double raw = span / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    const int textHalf = fontMetrics().ascent() / 2;
    auto yOf = [&](double v) { return bottom - static_cast<int>(std::lround((v - m_min) / span * (h - 1))); };
    // The ends are labelled too (the exact extremes of the map), unless a round tick sits on them.
    for (double v : {m_min, m_max}) {
        p.drawLine(2 + barWidth, yOf(v), 6 + barWidth, yOf(v));
        p.drawText(10 + barWidth, yOf(v) + textHalf, QString::number(v, 'g', 3));
    }
    for (double v = std::ceil(m_min / step - 1e-9) * step; v <= m_max + step * 1e-9; v += step) {
        const int y = yOf(v);
        if (std::abs(y - yOf(m_min)) < fontMetrics().height() || std::abs(y - yOf(m_max)) < fontMetrics().height())
            continue;
        const double shown = std::abs(v) < step * 1e-6 ? 0.0 : v; // no "-0" or "1e-17" at zero
        p.drawLine(2 + barWidth, y, 6 + barWidth, y);
        p.drawText(10 + barWidth, y + textHalf, QString::number(shown, 'g', 4));
    }
}

} // namespace arm
