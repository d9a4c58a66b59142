#pragma once

#include "widgets/ColorMap.h"
#include "widgets/GridLattice.h"

#include <QImage>
#include <QPixmap>
#include <QPoint>
#include <QRectF>
#include <QVector>
#include <QWidget>

namespace arm {

class ColorBar;

// A value grid (rows x cols) drawn over an optional base image, with a colour bar, a title and the
// value under the cursor. ARM's maps do not tile the image evenly: each cell maps back through the
// convolution geometry to a receptive-field rectangle, so the mapping is given per cell (cellRects, in
// image pixels, row-major). Cells are rendered around their rectangle centres (nearest centre, or
// bilinear between centres), which assumes the centres form a separable lattice (every cell of a row
// shares its y, every cell of a column its x), as convolution geometry always gives. Without cellRects
// the grid tiles the image (or, without an image, a cols x rows canvas) uniformly.
class HeatmapView : public QWidget {
    Q_OBJECT
    Q_PROPERTY(double opacity READ opacity WRITE setOpacity)
    Q_PROPERTY(QString title READ title WRITE setTitle)
public:
    enum class Interpolation { Nearest, Smooth };
    Q_ENUM(Interpolation)

    explicit HeatmapView(QWidget* parent = nullptr);
    ~HeatmapView() override;

    // The face; may be null (plain grid mode).
    void setBaseImage(const QImage& image);
    QImage baseImage() const { return m_base; }
    // values.size() must be rows * cols (row-major); cellRects empty or rows * cols. Non-finite values
    // are drawn transparent. A mismatch clears the grid (and logs a warning) instead of crashing.
    void setGrid(int rows, int cols, const QVector<float>& values, const QVector<QRectF>& cellRects = {});
    void clearGrid();
    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    double value(int row, int col) const;
    // The receptive-field rectangle of a cell in image coordinates.
    QRectF cellRect(int row, int col) const;

    void setOpacity(double opacity); // 0 = base image only, 1 = map only
    double opacity() const { return m_opacity; }
    // Range: automatic (min..max of the finite values) or fixed. Symmetric: [-m, m] with m the largest
    // magnitude, drawn with the diverging map so that white is exactly zero (for signed maps).
    void setAutoRange();
    void setFixedRange(double minimum, double maximum);
    bool isAutoRange() const { return m_autoRange; }
    void setSymmetric(bool symmetric);
    bool isSymmetric() const { return m_symmetric; }
    double displayMinimum() const { return m_lo; }
    double displayMaximum() const { return m_hi; }
    ColorMap::Kind colorMapKind() const;

    void setInterpolation(Interpolation interpolation);
    Interpolation interpolation() const { return m_interpolation; }
    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setColorBarTitle(const QString& title);
    void setColorBarVisible(bool visible);
    // Print each value inside its cell when the cell is large enough on screen to hold the text.
    void setShowValues(bool show);
    bool showValues() const { return m_showValues; }
    // Decimals of the printed and hovered values.
    void setDecimals(int decimals);

    // Geometry, for callers and tests: the image-coordinate space drawn and where it lands.
    QSizeF imageSize() const;
    QRectF imageArea() const; // widget coordinates of the whole image / canvas
    QPointF imageToWidget(const QPointF& p) const;
    QPointF widgetToImage(const QPointF& p) const;
    // The cell whose rendering covers a widget position, or (-1, -1).
    QPoint cellAt(const QPointF& widgetPos) const; // x = col, y = row
    QPoint hoveredCell() const { return m_hover; } // x = col, y = row; (-1, -1) when none
    QString hoverText() const;
    ColorBar* colorBar() const { return m_bar; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellHovered(int row, int col, double value);
    void hoverLeft();
    void cellClicked(int row, int col);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void recomputeLattice();
    void recomputeRange();
    void layoutChildren();
    void setHover(QPoint cell);
    int titleHeight() const;
    void rewrapTitle();
    int infoHeight() const;
    QRect contentRect() const;
    QPixmap overlayPixmap(const QRect& target);
    QString formatValue(double v) const;

    QImage m_base;
    int m_rows = 0;
    int m_cols = 0;
    QVector<float> m_values;
    QVector<QRectF> m_rects;                 // as given, or the uniform tiling
    GridLattice m_lattice;                   // cell centres and tiles (image coordinates)
    double m_opacity = 0.6;
    bool m_autoRange = true;
    bool m_symmetric = false;
    double m_fixedLo = 0.0, m_fixedHi = 1.0;
    double m_lo = 0.0, m_hi = 1.0;
    Interpolation m_interpolation = Interpolation::Nearest;
    QString m_title;
    QString m_wrappedTitle; // m_title broken to the width (TitleWrap), kept by layoutChildren()
    bool m_showValues = false;
    bool m_barVisible = true;
    int m_decimals = 3;
    QPoint m_hover{-1, -1};
    ColorBar* m_bar = nullptr;
    QPixmap m_overlayCache; // rendered at device resolution for the current target rect
    QRect m_overlayCacheRect;
};

} // namespace arm
