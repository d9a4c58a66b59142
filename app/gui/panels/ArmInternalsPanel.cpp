#include "app/gui/panels/ArmInternalsPanel.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/AnalysisProvider.h"
#include "app/gui/panels/SampleHeading.h"
#include "app/gui/panels/PanelData.h"
#include "engine/model/ModelHandle.h"
#include "widgets/HeatmapView.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace arm {

namespace {
QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true); // the dock may be narrower than the sentence
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

float maxMagnitude(const Grid& g)
{
    float m = 0.0f;
    for (float v : g.values)
        if (std::isfinite(v))
            m = std::max(m, std::abs(v));
    return m;
}
} // namespace

ArmInternalsPanel::ArmInternalsPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_provider(AnalysisProvider::of(workspace))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(6, 6, 6, 6);
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        m_views[i] = new HeatmapView(content);
        m_views[i]->setMinimumSize(170, 190);
        // A column holds a map of at most ~190 px (plus title, bar and read-out): taller views only
        // added blank bands above and below every map.
        m_views[i]->setMaximumHeight(250);
        m_views[i]->setDecimals(3);
    }
    const auto v = [this](Map m) { return m_views[std::size_t(m)]; };
    v(Map::Kernel)->setAccessibleName(tr("De-albino kernel"));
    v(Map::Arranged0)->setAccessibleName(tr("Arranged map 1"));
    v(Map::Arranged1)->setAccessibleName(tr("Arranged map 2"));
    v(Map::DealbinoRaw0)->setAccessibleName(tr("De-albino map 1 before BN"));
    v(Map::DealbinoRaw1)->setAccessibleName(tr("De-albino map 2 before BN"));
    v(Map::DealbinoBn0)->setAccessibleName(tr("De-albino map 1 after BN"));
    v(Map::DealbinoBn1)->setAccessibleName(tr("De-albino map 2 after BN"));
    v(Map::FUnique)->setAccessibleName(tr("F_unique"));
    v(Map::FGenericScaled)->setAccessibleName(tr("α·F_generic"));
    v(Map::FExpression)->setAccessibleName(tr("F_expression"));

    m_grid = grid;
    auto* heading = new SampleHeading(m_ws, m_provider, content);
    heading->setObjectName(QStringLiteral("internalsSample"));
    m_heading = heading;
    m_sections = {sectionLabel(tr("Kernel and arranged maps (the backbone's channels pixel-shuffled into two maps)"), content),
                  sectionLabel(tr("De-albino maps (kernel applied with stride 8, no padding)"), content),
                  sectionLabel(tr("Features fed to the classifier (one colour range for all three)"), content)};
    m_alpha = new QLabel(content);
    m_alpha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alpha->setWordWrap(true);
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    placeMaps(3);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    connect(m_provider, &AnalysisProvider::analysisReady, this, [this]() { setAnalysis(m_provider->analysis()); });
    connect(m_provider, &AnalysisProvider::cleared, this, &ArmInternalsPanel::clearAnalysis);
    connect(m_provider, &AnalysisProvider::computing, this, [this]() {
        m_status->setText(tr("Computing…"));
        updatePlaceholder();
    });
    connect(m_provider, &AnalysisProvider::analysisFailed, this, [this](int, const QString& message) {
        m_status->setText(tr("Analysis failed: %1").arg(message));
        updatePlaceholder();
    });
    connect(m_ws, &Workspace::datasetChanged, this, &ArmInternalsPanel::updatePlaceholder);
    connect(m_ws, &Workspace::modelChanged, this, &ArmInternalsPanel::updatePlaceholder);
    connect(m_ws, &Workspace::currentSampleChanged, this, &ArmInternalsPanel::updatePlaceholder);
    updatePlaceholder();
}

void ArmInternalsPanel::placeMaps(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0); // the layout items only: the widgets stay and are placed again
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    const auto v = [this](Map m) { return m_views[std::size_t(m)]; };
    // Each group starts a row of its own (before-BN and after-BN de-albino maps a row each).
    const std::vector<std::vector<std::vector<Map>>> sections{
        {{Map::Kernel, Map::Arranged0, Map::Arranged1}},
        {{Map::DealbinoRaw0, Map::DealbinoRaw1}, {Map::DealbinoBn0, Map::DealbinoBn1}},
        {{Map::FUnique, Map::FGenericScaled, Map::FExpression}}};
    int row = 0;
    m_grid->addWidget(m_heading, row++, 0, 1, columns);
    for (std::size_t s = 0; s < sections.size(); ++s) {
        m_grid->addWidget(m_sections[s], row++, 0, 1, columns);
        for (const std::vector<Map>& group : sections[s]) {
            for (std::size_t i = 0; i < group.size(); ++i)
                m_grid->addWidget(v(group[i]), row + int(i) / columns, int(i) % columns);
            row += (int(group.size()) + columns - 1) / columns;
        }
    }
    m_grid->addWidget(m_alpha, row++, 0, 1, columns);
    m_grid->addWidget(m_status, row++, 0, 1, columns);
    m_grid->setRowStretch(row, 1);
}

void ArmInternalsPanel::resizeEvent(QResizeEvent* event)
{
    // 250 px a map (view, colour bar and margins) before a third column is worth it.
    placeMaps(width() >= 3 * 250 ? 3 : 2);
    QWidget::resizeEvent(event);
}

ArmInternalsPanel::~ArmInternalsPanel()
{
    if (m_provider)
        m_provider->setClientVisible(this, false);
}

const Grid& ArmInternalsPanel::gridOf(const ImageAnalysis& a, Map map)
{
    switch (map) {
    case Map::Kernel: return a.kernel;
    case Map::Arranged0: return a.arranged[0];
    case Map::Arranged1: return a.arranged[1];
    case Map::DealbinoRaw0: return a.dealbinoRaw[0];
    case Map::DealbinoRaw1: return a.dealbinoRaw[1];
    case Map::DealbinoBn0: return a.dealbinoBn[0];
    case Map::DealbinoBn1: return a.dealbinoBn[1];
    case Map::FUnique: return a.fUnique;
    case Map::FGenericScaled: return a.fGenericScaled;
    case Map::FExpression: return a.fExpression;
    }
    return a.kernel;
}

void ArmInternalsPanel::setAnalysis(const ImageAnalysis& a)
{
    m_has = true;
    m_noArm = a.kernel.empty() && a.fExpression.empty();
    m_status->clear();
    const auto size = [](const Grid& g) { return tr("%1×%2").arg(g.rows).arg(g.cols); };
    const auto v = [this](Map m) { return m_views[std::size_t(m)]; };
    const QString titles[kMapCount] = {
        tr("De-albino kernel (%1)").arg(size(a.kernel)),
        tr("Arranged map 1 (%1)").arg(size(a.arranged[0])),
        tr("Arranged map 2 (%1)").arg(size(a.arranged[1])),
        tr("Map 1 before BN (%1)").arg(size(a.dealbinoRaw[0])),
        tr("Map 2 before BN (%1)").arg(size(a.dealbinoRaw[1])),
        tr("Map 1 after BN (%1)").arg(size(a.dealbinoBn[0])),
        tr("Map 2 after BN (%1)").arg(size(a.dealbinoBn[1])),
        tr("F_unique (mean of the BN maps)"),
        tr("α·F_generic (batch-shared)"),
        tr("F_expression (the sum)"),
    };
    // The three features share one symmetric range: the point is to compare their magnitudes.
    const float featureRange = std::max({maxMagnitude(a.fUnique), maxMagnitude(a.fGenericScaled),
                                         maxMagnitude(a.fExpression), 1e-6f});
    for (int i = 0; i < kMapCount; ++i) {
        const Map m = Map(i);
        HeatmapView* view = v(m);
        const Grid& g = gridOf(a, m);
        view->setTitle(titles[i]);
        if (g.empty()) {
            view->clearGrid();
            continue;
        }
        const bool feature = m == Map::FUnique || m == Map::FGenericScaled || m == Map::FExpression;
        const bool arranged = m == Map::Arranged0 || m == Map::Arranged1;
        if (feature) {
            view->setFixedRange(-featureRange, featureRange);
        } else {
            view->setAutoRange();
        }
        // Arranged maps are post-ReLU activations (magnitudes); the others are signed.
        view->setSymmetric(!arranged);
        view->setColorBarTitle(arranged ? tr("activation") : m == Map::Kernel ? tr("weight") : tr("value"));
        view->setShowValues(g.rows <= 16 && g.cols <= 16);
        view->setDecimals(g.rows <= 16 ? 2 : 3);
        view->setGrid(g.rows, g.cols, PanelData::values(g));
    }
    m_alpha->setText(a.kernel.empty() ? QString()
                                      : tr("α = %1\n(learned weight of the shared term; F_expression = F_unique + α·F_generic)")
                                            .arg(a.alpha, 0, 'f', 4));
    updatePlaceholder();
}

void ArmInternalsPanel::clearAnalysis()
{
    m_has = false;
    for (HeatmapView* view : m_views)
        view->clearGrid();
    m_alpha->clear();
    m_status->clear();
    updatePlaceholder();
}

QString ArmInternalsPanel::alphaText() const
{
    return m_alpha->text();
}

bool ArmInternalsPanel::isShowingPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

QString ArmInternalsPanel::placeholderText() const
{
    return m_placeholder->text();
}

void ArmInternalsPanel::updatePlaceholder()
{
    const std::shared_ptr<ModelHandle> model = m_ws->model();
    // A baseline has no ARM at all: say so whatever the analysis holds.
    const bool baseline = (model && !isArmArch(model->config().arch))
                          || (m_has && m_noArm);
    QString text;
    if (baseline)
        text = tr("This model is a baseline (%1): it has no ARM, so there is no de-albino kernel, "
                  "no arranged or de-albino maps and no F_unique / F_generic.")
                   .arg(model ? QString::fromStdString(toString(model->config().arch)) : tr("no ARM head"));
    else if (!m_ws->hasDataset() && !m_has && !(m_provider && m_provider->isOutside()))
        text = tr("Open a dataset to inspect its images.");
    else if (!model && !m_has)
        text = tr("Open a model to see its ARM internals.");
    else if (m_ws->currentSample() < 0 && !m_has && !(m_provider && m_provider->isOutside()))
        text = tr("Select an image in the gallery.");
    else if (m_provider && !m_provider->isAvailable() && !m_has)
        text = tr("Image analysis is not available in this build.");
    else if (!m_has)
        text = m_status->text().isEmpty() ? tr("Computing…") : m_status->text();
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(!baseline && m_has ? 1 : 0);
}

void ArmInternalsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_provider)
        m_provider->setClientVisible(this, true);
}

void ArmInternalsPanel::hideEvent(QHideEvent* event)
{
    if (m_provider)
        m_provider->setClientVisible(this, false);
    QWidget::hideEvent(event);
}

} // namespace arm
