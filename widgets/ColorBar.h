#pragma once

#include "widgets/ColorMap.h"

#include <QWidget>

namespace arm {

// A vertical colour bar with tick labels: the legend every heat map in the application carries, so a
// colour can always be read back as a number.
class ColorBar : public QWidget {
    Q_OBJECT
public:
    explicit ColorBar(QWidget* parent = nullptr);

    void setRange(double minimum, double maximum);
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setColorMap(ColorMap::Kind kind);
    ColorMap::Kind colorMap() const { return m_kind; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_min = 0.0;
    double m_max = 1.0;
    QString m_title;
    ColorMap::Kind m_kind = ColorMap::Kind::Viridis;
};

} // namespace arm
