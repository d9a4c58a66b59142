#include "widgets/ColorBar.h"

#include "widgets/ColorMap.h"

#include <QPainter>

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

QSize ColorBar::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("-0.000e+00")) + 28, 200};
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
    for (int y = 0; y < h; ++y) {
        const double t = 1.0 - static_cast<double>(y) / std::max(1, h - 1);
        p.setPen(ColorMap::viridisColor(t));
        p.drawLine(2, top + y, 2 + barWidth, top + y);
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawRect(2, top, barWidth, h);
    if (!m_title.isEmpty())
        p.drawText(QRect(0, 0, width(), top), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const int ticks = 5;
    for (int i = 0; i < ticks; ++i) {
        const double f = static_cast<double>(i) / (ticks - 1);
        const int y = bottom - static_cast<int>(f * h);
        const double v = m_min + f * (m_max - m_min);
        p.drawLine(2 + barWidth, y, 6 + barWidth, y);
        p.drawText(10 + barWidth, y + fontMetrics().ascent() / 2, QString::number(v, 'g', 3));
    }
}

} // namespace arm
