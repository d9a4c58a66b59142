#pragma once

#include "engine/analysis/ImageAnalysis.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QWidget;

namespace arm {

class AnalysisProvider;
class HeatmapView;
class Workspace;

// What ARM does inside, for the current image: the learned 32x32 de-albino kernel, the two arranged
// maps (A x A), the two de-albino maps before and after BN (o x o), and F_unique, alpha*F_generic and
// F_expression = F_unique + alpha*F_generic (o x o, one shared colour range so they compare), each
// with its value on hover. Baseline models (no ARM) get a note instead.
class ArmInternalsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Map {
        Kernel, Arranged0, Arranged1, DealbinoRaw0, DealbinoRaw1, DealbinoBn0, DealbinoBn1,
        FUnique, FGenericScaled, FExpression
    };
    Q_ENUM(Map)
    static constexpr int kMapCount = 10;

    explicit ArmInternalsPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~ArmInternalsPanel() override;

    void setAnalysis(const ImageAnalysis& analysis);
    void clearAnalysis();
    bool hasAnalysis() const { return m_has; }

    HeatmapView* view(Map map) const { return m_views[std::size_t(map)]; }
    static const Grid& gridOf(const ImageAnalysis& analysis, Map map);
    QString alphaText() const;
    bool isShowingPlaceholder() const;
    QString placeholderText() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePlaceholder();
    // Places the sections' maps `columns` to a row: three in a wide dock, two (larger maps) in the
    // 460-640 px dock of a 1024- or 1280-pixel window, where three left each map under 90 px.
    void placeMaps(int columns);

    Workspace* m_ws;
    QPointer<AnalysisProvider> m_provider;
    bool m_has = false;
    bool m_noArm = false; // the analysis shown has no ARM fields
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_alpha = nullptr;
    QGridLayout* m_grid = nullptr;
    int m_columns = 0;
    QWidget* m_heading = nullptr;
    std::array<QLabel*, 3> m_sections{}; // kernel and arranged maps, de-albino maps, features
    QLabel* m_status = nullptr;
    std::array<HeatmapView*, kMapCount> m_views{};
};

} // namespace arm
