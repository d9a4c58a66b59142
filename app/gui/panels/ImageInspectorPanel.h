#pragma once

#include "engine/analysis/ImageAnalysis.h"

#include <QImage>
#include <QPointer>
#include <QVector>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QSlider;
class QStackedWidget;

namespace arm {

class AnalysisProvider;
class HeatmapView;
class ProbabilityBars;
class Workspace;

// The current image as the model sees it (resized to the input size) with one analysis overlay at a
// time, the value and receptive field of the cell under the cursor, and the class probabilities with
// the given label marked ("alone" = this image in a batch of one; "in evaluation batch" = the stored
// evaluation record, when there is one). Analyses come from the workspace's AnalysisProvider, or from
// setAnalysis().
class ImageInspectorPanel : public QWidget {
    Q_OBJECT
public:
    enum class Overlay { Coverage, CellContribution, MeasuredErosion, AnalyticErosion, GradCam };
    Q_ENUM(Overlay)

    explicit ImageInspectorPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~ImageInspectorPanel() override;

    // Shows an analysis directly. givenLabel: the label in force (-1 unknown). face: the input image
    // at analysis.inputSize (null = grids without a face).
    void setAnalysis(const ImageAnalysis& analysis, const QImage& face = {}, int givenLabel = -1);
    void clearAnalysis();
    bool hasAnalysis() const { return m_has; }
    // The second probability set beside "alone" (e.g. the prediction inside a batch).
    void setSecondProbabilities(const QVector<double>& probabilities, const QString& setName);
    void clearSecondProbabilities();

    Overlay overlay() const;
    void setOverlay(Overlay overlay);
    bool isOverlayAvailable(Overlay overlay) const;
    static QString overlayKey(Overlay overlay); // stable settings key
    // The grid shown for an overlay (empty when the analysis lacks it).
    const Grid& gridFor(Overlay overlay) const;

    // Widgets, for the window and tests.
    HeatmapView* heatmap() const { return m_heatmap; }
    ProbabilityBars* probabilityBars() const { return m_bars; }
    QComboBox* overlayCombo() const { return m_overlayCombo; }
    QComboBox* gradCamClassCombo() const { return m_classCombo; }
    QSlider* opacitySlider() const { return m_opacity; }
    bool isShowingPlaceholder() const;
    QString placeholderText() const;
    QString statusText() const;
    QString cellInfoText() const;

Q_SIGNALS:
    void overlayChanged(arm::ImageInspectorPanel::Overlay overlay);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    // Overlay and opacity share a row in a wide dock and take one each in a narrow one (a 1024-pixel
    // window), where side by side they made the whole view scroll sideways.
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildUi();
    void applyOverlay();
    void updateOverlayAvailability();
    void updatePlaceholder();
    void updateSummary();
    void onCellHovered(int row, int col, double value);
    void onProviderReady(int sampleIndex);

    Workspace* m_ws;
    QPointer<AnalysisProvider> m_provider; // a child of the workspace, which may go first
    ImageAnalysis m_analysis;
    QImage m_face;
    bool m_has = false;
    int m_given = -1;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QBoxLayout* m_controls = nullptr;
    QComboBox* m_overlayCombo = nullptr;
    QComboBox* m_classCombo = nullptr;
    QSlider* m_opacity = nullptr;
    QLabel* m_opacityValue = nullptr;
    HeatmapView* m_heatmap = nullptr;
    QLabel* m_cellInfo = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    ProbabilityBars* m_bars = nullptr;
};

} // namespace arm
