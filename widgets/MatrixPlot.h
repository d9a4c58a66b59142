#pragma once

#include "widgets/ColorMap.h"

#include <QImage>
#include <QPoint>
#include <QStringList>
#include <QVector>

#include "widgets/QCustomPlotInclude.h"

class QLabel;

namespace arm {

// An R x C matrix as a colour map (confusion counts, B x B affinity, class x class affinity): row 0 at
// the top, tick labels, axis titles, optional numbers in the cells, a colour scale, raw or
// row-normalised display, hover read-out (tooltip, optional image thumbnails of the row and column) and
// click / Enter on a cell. Keyboard: arrows move the current cell, Enter or Space "clicks" it.
class MatrixPlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class Normalization { Raw, RowNormalized };
    Q_ENUM(Normalization)
    // Auto: integers when every displayed value is integral (counts), else two decimals.
    enum class CellText { None, Auto, Integer, TwoDecimals };
    Q_ENUM(CellText)

    explicit MatrixPlot(QWidget* parent = nullptr);
    ~MatrixPlot() override;

    // values row-major, size rows * cols; a mismatch clears the plot (and logs a warning).
    void setMatrix(int rows, int cols, const QVector<double>& values);
    int rowCount() const { return m_rows; }
    int columnCount() const { return m_cols; }
    double rawValue(int row, int col) const;
    double displayedValue(int row, int col) const;
    QVector<double> displayedValues() const;
    // Each row divided by its sum (rows summing to 0 stay 0).
    static QVector<double> rowNormalized(int rows, int cols, const QVector<double>& values);

    void setNormalization(Normalization normalization);
    Normalization normalization() const { return m_normalization; }
    void setRowLabels(const QStringList& labels);
    void setColumnLabels(const QStringList& labels);
    void setAxisTitles(const QString& columnTitle, const QString& rowTitle);
    void setTitle(const QString& title);
    void setColorScaleTitle(const QString& title);
    void setCellText(CellText mode);
    CellText cellText() const { return m_cellText; }
    void setColorMap(ColorMap::Kind kind);
    void setAutoRange(); // min..max of what is displayed (0..1 when row-normalised)
    void setFixedRange(double minimum, double maximum);
    // Shown on hover: rowThumbnails[row] and columnThumbnails[col]; columns reuse the row images when
    // columnThumbnails is empty (the B x B affinity of one batch).
    void setThumbnails(const QVector<QImage>& rowThumbnails, const QVector<QImage>& columnThumbnails = {});

    // Pixel geometry, for callers and tests. x = col, y = row; (-1, -1) outside the matrix.
    QPoint cellAt(const QPointF& pixel) const;
    QPointF cellCenter(int row, int col) const;
    QPoint currentCell() const { return m_current; }
    QString hoverText() const { return m_hoverText; }
    bool thumbnailPopupVisible() const;

    QCPColorMap* colorMapPlottable() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }

Q_SIGNALS:
    void cellClicked(int row, int col);
    void cellHovered(int row, int col, double value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void wrapTitle();
    void rebuild();
    void rebuildTickers();
    void onAfterLayout();
    void rebuildTexts();
    void updateTextVisibility();
    void updateRange();
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void setCurrent(QPoint cell, const QPoint& globalPos, bool showTip);
    void showThumbnails(QPoint cell, const QPointF& pixel);
    QString label(bool row, int index) const;
    // Every k-th row/column is labelled so that labels `extent` pixels tall fit `pixels` of axis.
    static int labelStep(int count, int pixels, int extent);
    QString formatCell(double v, bool integral) const;

    int m_rows = 0;
    int m_cols = 0;
    QSize m_tickSteps;  // labelled every k-th column (width) / row (height)
    int m_relabels = 0; // consecutive relayouts that changed the steps (bounded, see onAfterLayout)
    QVector<double> m_values;
    Normalization m_normalization = Normalization::Raw;
    CellText m_cellText = CellText::Auto;
    ColorMap::Kind m_kind = ColorMap::Kind::Viridis;
    bool m_autoRange = true;
    double m_fixedLo = 0.0, m_fixedHi = 1.0;
    QStringList m_rowLabels, m_colLabels;
    QVector<QImage> m_rowThumbs, m_colThumbs;
    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QCPTextElement* m_title = nullptr;
    QString m_titleText; // unwrapped
    QCPItemRect* m_cursor = nullptr;
    QVector<QCPItemText*> m_texts;
    QLabel* m_thumbPopup = nullptr;
    QPoint m_current{-1, -1};
    QPointF m_pressPos;
    QString m_hoverText;
};

} // namespace arm
