#include "app/gui/panels/ImageInspectorPanel.h"

#include "app/gui/ClassNames.h"
#include "app/gui/Workspace.h"
#include "app/gui/panels/AnalysisProvider.h"
#include "app/gui/panels/SampleHeading.h"
#include "app/gui/panels/PanelData.h"
#include "app/gui/panels/PanelSettings.h"
#include "widgets/HeatmapView.h"
#include "widgets/ProbabilityBars.h"

#include <QComboBox>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <cmath>

namespace arm {

namespace {
const ImageInspectorPanel::Overlay kOverlays[] = {
    ImageInspectorPanel::Overlay::Coverage, ImageInspectorPanel::Overlay::CellContribution,
    ImageInspectorPanel::Overlay::MeasuredErosion, ImageInspectorPanel::Overlay::AnalyticErosion,
    ImageInspectorPanel::Overlay::GradCam};
const Grid kEmptyGrid;
} // namespace

ImageInspectorPanel::ImageInspectorPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_provider(AnalysisProvider::of(workspace))
{
    buildUi();
    connect(m_provider, &AnalysisProvider::analysisReady, this, &ImageInspectorPanel::onProviderReady);
    connect(m_provider, &AnalysisProvider::computing, this, [this](int sample) {
        const QString name = sample == AnalysisProvider::kOutsideImage ? m_provider->outsideTitle()
                             : m_ws->sampleAt(sample)
                                 ? QString::fromStdString(m_ws->sampleAt(sample)->name)
                                 : QString();
        m_status->setText(tr("Computing the analysis of %1…").arg(name));
        updatePlaceholder();
    });
    connect(m_provider, &AnalysisProvider::analysisFailed, this, [this](int, const QString& message) {
        m_status->setText(tr("Analysis failed: %1").arg(message));
        updatePlaceholder();
    });
    connect(m_provider, &AnalysisProvider::cleared, this, &ImageInspectorPanel::clearAnalysis);
    connect(m_ws, &Workspace::datasetChanged, this, &ImageInspectorPanel::updatePlaceholder);
    connect(m_ws, &Workspace::modelChanged, this, &ImageInspectorPanel::updatePlaceholder);
    connect(m_ws, &Workspace::currentSampleChanged, this, &ImageInspectorPanel::updatePlaceholder);
    connect(m_ws, &Workspace::recordsChanged, this, &ImageInspectorPanel::updateSummary);
    connect(m_ws, &Workspace::labelChanged, this, [this](int sample, int label) {
        if (m_has && sample == m_provider->sampleIndex()) {
            m_given = label;
            updateSummary();
        }
    });
    updatePlaceholder();
}

ImageInspectorPanel::~ImageInspectorPanel()
{
    if (m_provider)
        m_provider->setClientVisible(this, false);
}

void ImageInspectorPanel::buildUi()
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

    auto* content = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* heading = new SampleHeading(m_ws, m_provider, content);
    heading->setObjectName(QStringLiteral("inspectorSample"));
    layout->addWidget(heading);

    auto* controls = new QBoxLayout(QBoxLayout::TopToBottom); // narrow until a resize says otherwise
    auto* overlayLabel = new QLabel(tr("&Overlay:"), content);
    m_overlayCombo = new QComboBox(content);
    m_overlayCombo->addItem(tr("De-albino coverage"), int(Overlay::Coverage));
    m_overlayCombo->addItem(tr("De-albino cell contributions"), int(Overlay::CellContribution));
    m_overlayCombo->addItem(tr("Measured erosion"), int(Overlay::MeasuredErosion));
    m_overlayCombo->addItem(tr("Analytic erosion"), int(Overlay::AnalyticErosion));
    m_overlayCombo->addItem(tr("Grad-CAM"), int(Overlay::GradCam));
    m_overlayCombo->setAccessibleName(tr("Overlay"));
    overlayLabel->setBuddy(m_overlayCombo);
    m_classCombo = new QComboBox(content);
    m_classCombo->setAccessibleName(tr("Grad-CAM class"));
    m_classCombo->setToolTip(tr("The class whose Grad-CAM is shown"));
    auto* opacityLabel = new QLabel(tr("O&pacity:"), content);
    m_opacity = new QSlider(Qt::Horizontal, content);
    m_opacity->setRange(0, 100);
    m_opacity->setAccessibleName(tr("Overlay opacity"));
    m_opacity->setMinimumWidth(80);
    opacityLabel->setBuddy(m_opacity);
    m_opacityValue = new QLabel(content);
    m_opacityValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100%")));
    auto* overlayRow = new QHBoxLayout;
    overlayRow->addWidget(overlayLabel);
    overlayRow->addWidget(m_overlayCombo, 1);
    overlayRow->addWidget(m_classCombo, 1);
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(opacityLabel);
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(m_opacityValue);
    controls->addLayout(overlayRow, 3);
    controls->addLayout(opacityRow, 2);
    m_controls = controls;
    layout->addLayout(controls);

    auto* splitter = new QSplitter(Qt::Vertical, content);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_heatmap = new HeatmapView(top);
    m_heatmap->setAccessibleName(tr("Image with analysis overlay"));
    m_heatmap->setMinimumSize(200, 200);
    topLayout->addWidget(m_heatmap, 1);
    m_cellInfo = new QLabel(top);
    m_cellInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cellInfo->setWordWrap(true);
    topLayout->addWidget(m_cellInfo);
    m_summary = new QLabel(top);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    topLayout->addWidget(m_summary);
    m_status = new QLabel(top);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    topLayout->addWidget(m_status);
    m_bars = new ProbabilityBars(splitter);
    m_bars->setAccessibleName(tr("Class probabilities"));
    m_bars->setMinimumHeight(250); // 7 classes x 2 sets need ~30 px a class to stay readable
    splitter->addWidget(top);
    splitter->addWidget(m_bars);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    // Restore the last overlay and opacity.
    const QString savedKey = PanelSettings::inspectorOverlay();
    for (Overlay o : kOverlays)
        if (overlayKey(o) == savedKey)
            m_overlayCombo->setCurrentIndex(m_overlayCombo->findData(int(o)));
    m_opacity->setValue(int(std::lround(PanelSettings::inspectorOpacity() * 100.0)));
    m_heatmap->setOpacity(m_opacity->value() / 100.0);
    m_opacityValue->setText(tr("%1%").arg(m_opacity->value()));

    connect(m_overlayCombo, &QComboBox::currentIndexChanged, this, [this]() {
        applyOverlay();
        PanelSettings::setInspectorOverlay(overlayKey(overlay()));
        Q_EMIT overlayChanged(overlay());
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        m_heatmap->setOpacity(v / 100.0);
        m_opacityValue->setText(tr("%1%").arg(v));
        PanelSettings::setInspectorOpacity(v / 100.0);
    });
    connect(m_classCombo, &QComboBox::activated, this, [this]() {
        m_provider->setGradCamClass(m_classCombo->currentData().toInt());
    });
    connect(m_heatmap, &HeatmapView::cellHovered, this, &ImageInspectorPanel::onCellHovered);
    // The heat map prints its own hint when nothing is hovered; this line adds the receptive field.
    connect(m_heatmap, &HeatmapView::hoverLeft, this, [this]() { m_cellInfo->clear(); });
    m_cellInfo->setMinimumHeight(2 * fontMetrics().lineSpacing());
}

QString ImageInspectorPanel::overlayKey(Overlay overlay)
{
    switch (overlay) {
    case Overlay::Coverage: return QStringLiteral("coverage");
    case Overlay::CellContribution: return QStringLiteral("contribution");
    case Overlay::MeasuredErosion: return QStringLiteral("erosion-measured");
    case Overlay::AnalyticErosion: return QStringLiteral("erosion-analytic");
    case Overlay::GradCam: return QStringLiteral("gradcam");
    }
    return {};
}

ImageInspectorPanel::Overlay ImageInspectorPanel::overlay() const
{
    return Overlay(m_overlayCombo->currentData().toInt());
}

void ImageInspectorPanel::setOverlay(Overlay overlay)
{
    m_overlayCombo->setCurrentIndex(m_overlayCombo->findData(int(overlay)));
}

const Grid& ImageInspectorPanel::gridFor(Overlay overlay) const
{
    switch (overlay) {
    case Overlay::Coverage:
        return m_analysis.coverageBackbone.empty() ? m_analysis.coverageImage : m_analysis.coverageBackbone;
    case Overlay::CellContribution: return m_analysis.cellContribution;
    case Overlay::MeasuredErosion: return m_analysis.erosionMeasured;
    case Overlay::AnalyticErosion: return m_analysis.erosionAnalytic;
    case Overlay::GradCam: return m_analysis.gradCam;
    }
    return kEmptyGrid;
}

bool ImageInspectorPanel::isOverlayAvailable(Overlay overlay) const
{
    return m_has && !gridFor(overlay).empty();
}

void ImageInspectorPanel::setAnalysis(const ImageAnalysis& analysis, const QImage& face, int givenLabel)
{
    m_analysis = analysis;
    m_face = face;
    m_given = givenLabel;
    m_has = true;
    const QStringList classes = ClassNames::display(analysis.classNames); // in the interface language
    m_classCombo->blockSignals(true);
    m_classCombo->clear();
    m_classCombo->addItem(tr("Predicted class"), -1);
    for (int i = 0; i < classes.size(); ++i)
        m_classCombo->addItem(classes[i], i);
    const int wanted = m_provider->gradCamClass();
    m_classCombo->setCurrentIndex(std::max(0, m_classCombo->findData(wanted)));
    m_classCombo->blockSignals(false);
    m_bars->setClasses(classes);
    m_bars->setProbabilities(PanelData::doubles(analysis.probabilities), givenLabel);
    m_bars->setTitle(tr("Class probabilities (given label marked)"));
    m_heatmap->setBaseImage(face);
    updateOverlayAvailability();
    applyOverlay();
    updateSummary();
    updatePlaceholder();
}

void ImageInspectorPanel::clearAnalysis()
{
    m_has = false;
    m_analysis = {};
    m_face = {};
    m_heatmap->clearGrid();
    m_heatmap->setBaseImage({});
    m_status->clear();
    updatePlaceholder();
}

void ImageInspectorPanel::setSecondProbabilities(const QVector<double>& probabilities, const QString& setName)
{
    m_bars->setSetNames(tr("alone (batch of one)"), setName);
    m_bars->setSecondProbabilities(probabilities);
}

void ImageInspectorPanel::clearSecondProbabilities()
{
    m_bars->clearSecondProbabilities();
    m_bars->setSetNames(QString(), QString());
}

void ImageInspectorPanel::updateOverlayAvailability()
{
    auto* model = qobject_cast<QStandardItemModel*>(m_overlayCombo->model());
    int firstAvailable = -1;
    for (int i = 0; i < m_overlayCombo->count(); ++i) {
        const bool ok = isOverlayAvailable(Overlay(m_overlayCombo->itemData(i).toInt()));
        if (model)
            model->item(i)->setEnabled(ok);
        if (ok && firstAvailable < 0)
            firstAvailable = i;
    }
    if (!isOverlayAvailable(overlay()) && firstAvailable >= 0)
        m_overlayCombo->setCurrentIndex(firstAvailable);
}

void ImageInspectorPanel::applyOverlay()
{
    const Overlay o = overlay();
    // Both maps are evidence for one class: the chosen one (the predicted class by default).
    m_classCombo->setVisible(o == Overlay::GradCam || o == Overlay::CellContribution);
    const Grid& g = gridFor(o);
    if (!m_has || g.empty()) {
        m_heatmap->clearGrid();
        m_heatmap->setTitle(m_has ? tr("This analysis is not available for this model") : QString());
        return;
    }
    const QStringList classes = ClassNames::display(m_analysis.classNames);
    QVector<QRectF> rects;
    switch (o) {
    case Overlay::Coverage:
        rects = PanelData::rectsFor(g, m_analysis.backboneCells);
        break;
    case Overlay::CellContribution:
        rects = PanelData::rectsFor(g, m_analysis.dealbinoCells);
        break;
    case Overlay::MeasuredErosion:
    case Overlay::AnalyticErosion:
        rects = PanelData::rectsFor(g, m_analysis.backboneCells);
        break;
    case Overlay::GradCam:
        break; // one value per input pixel: the uniform tiling is exact
    }
    m_heatmap->setSymmetric(false);
    m_heatmap->setAutoRange();
    m_heatmap->setInterpolation(HeatmapView::Interpolation::Nearest);
    m_heatmap->setDecimals(3);
    switch (o) {
    case Overlay::Coverage:
        m_heatmap->setTitle(tr("De-albino coverage: weight each backbone cell receives from the 32×32 kernel"));
        m_heatmap->setColorBarTitle(tr("Σ|kernel|"));
        break;
    case Overlay::CellContribution:
        m_heatmap->setSymmetric(true);
        m_heatmap->setTitle(tr("De-albino cell contributions to the “%1” logit (red raises, blue lowers)")
                                .arg(PanelData::className(classes, m_analysis.gradCamClass >= 0 ? m_analysis.gradCamClass
                                                                                                 : m_analysis.predicted)));
        m_heatmap->setColorBarTitle(tr("logit contribution"));
        break;
    case Overlay::MeasuredErosion:
        m_heatmap->setFixedRange(0.0, std::max(1e-6f, g.maxValue()));
        m_heatmap->setTitle(tr("Measured erosion: feature change when padding is replaced by reflection"));
        m_heatmap->setColorBarTitle(tr("relative change"));
        break;
    case Overlay::AnalyticErosion:
        m_heatmap->setFixedRange(0.0, 1.0);
        m_heatmap->setTitle(tr("Analytic erosion: share of each receptive field that is padding"));
        m_heatmap->setColorBarTitle(tr("padding share"));
        break;
    case Overlay::GradCam:
        m_heatmap->setInterpolation(HeatmapView::Interpolation::Smooth);
        // Grad-CAM is ReLU'd (>= 0): anchor the scale at 0 so the bar does not start at e.g. 1e-14.
        m_heatmap->setFixedRange(0.0, std::max(1e-6f, g.maxValue()));
        m_heatmap->setTitle(tr("Grad-CAM of “%1” (last backbone stage)")
                                .arg(PanelData::className(classes, m_analysis.gradCamClass)));
        m_heatmap->setColorBarTitle(tr("Grad-CAM"));
        break;
    }
    m_heatmap->setGrid(g.rows, g.cols, PanelData::values(g), rects);
}

void ImageInspectorPanel::onCellHovered(int row, int col, double value)
{
    Q_UNUSED(value) // the heat map's own read-out line shows it; saying it here too printed it twice
    const QRectF rf = m_heatmap->cellRect(row, col);
    const int size = m_analysis.inputSize > 0 ? m_analysis.inputSize : int(m_heatmap->imageSize().width());
    if (overlay() == Overlay::GradCam) { // one value per input pixel: no receptive field to add
        m_cellInfo->clear();
        return;
    }
    QString text = tr("Cell (row %1, col %2) of the %3×%4 grid sees x %5…%6, y %7…%8 px")
                       .arg(row)
                       .arg(col)
                       .arg(m_heatmap->rows())
                       .arg(m_heatmap->cols())
                       .arg(rf.left(), 0, 'f', 0)
                       .arg(rf.right(), 0, 'f', 0)
                       .arg(rf.top(), 0, 'f', 0)
                       .arg(rf.bottom(), 0, 'f', 0);
    const QRectF inside = rf.intersected(QRectF(0, 0, size, size));
    const double area = rf.width() * rf.height();
    if (area > 0 && size > 0) {
        const double outside = 1.0 - inside.width() * inside.height() / area;
        if (outside > 0.005)
            text += tr(" (%1% outside the image: padding)").arg(std::lround(outside * 100.0));
    }
    m_cellInfo->setText(text);
}

void ImageInspectorPanel::updateSummary()
{
    if (!m_has) {
        m_summary->clear();
        return;
    }
    const QStringList classes = ClassNames::display(m_analysis.classNames);
    const int p = m_analysis.predicted;
    const double conf = p >= 0 && p < int(m_analysis.probabilities.size()) ? m_analysis.probabilities[std::size_t(p)] : 0.0;
    QString text = tr("Predicted alone: %1 (%2%) · given label: %3")
                       .arg(PanelData::className(classes, p))
                       .arg(std::lround(conf * 100.0))
                       .arg(PanelData::className(classes, m_given));
    if (!m_analysis.kernel.empty())
        text += tr(" · α = %1").arg(m_analysis.alpha, 0, 'f', 3);
    if (!m_analysis.erosionMeasured.empty())
        text += tr(" · erosion border %1 / centre %2").arg(m_analysis.borderErosion, 0, 'f', 3).arg(m_analysis.centreErosion, 0, 'f', 3);
    text += tr(" · %1 ms").arg(m_analysis.milliseconds, 0, 'f', 0);
    m_summary->setText(text);

    // Alone vs in batch: the evaluation record was computed inside an evaluation batch.
    const int sample = m_provider->sampleIndex();
    const EvalRecord* record = sample >= 0 ? m_ws->recordFor(sample) : nullptr;
    if (record && record->probabilities.size() == m_analysis.probabilities.size())
        setSecondProbabilities(PanelData::doubles(record->probabilities), tr("in evaluation batch"));
    else if (sample >= 0)
        clearSecondProbabilities();
}

void ImageInspectorPanel::onProviderReady(int sampleIndex)
{
    m_status->clear();
    setAnalysis(m_provider->analysis(), m_provider->face(), m_ws->labelOf(sampleIndex));
}

bool ImageInspectorPanel::isShowingPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

QString ImageInspectorPanel::placeholderText() const
{
    return m_placeholder->text();
}

QString ImageInspectorPanel::statusText() const
{
    return m_status->text();
}

QString ImageInspectorPanel::cellInfoText() const
{
    return m_cellInfo->text();
}

void ImageInspectorPanel::updatePlaceholder()
{
    QString text;
    const bool outside = m_provider->isOutside(); // a face from a photo or video needs no dataset
    if (!m_ws->hasDataset() && !outside)
        text = tr("Open a dataset to inspect its images.");
    else if (!m_ws->model())
        text = tr("Open a model to analyse the images.");
    else if (m_ws->currentSample() < 0 && !outside)
        text = tr("Select an image in the gallery.");
    else if (!m_provider->isAvailable())
        text = tr("Image analysis is not available in this build.");
    else if (m_provider->isComputing())
        text = tr("Computing…");
    else if (!m_provider->lastError().isEmpty())
        text = tr("The analysis failed: %1").arg(m_provider->lastError());
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(m_has ? 1 : 0);
}

void ImageInspectorPanel::resizeEvent(QResizeEvent* event)
{
    // Above the width the two rows need side by side (about 540 px), else one above the other.
    constexpr int kOneRowWidth = 600;
    const auto direction = width() >= kOneRowWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_controls && m_controls->direction() != direction)
        m_controls->setDirection(direction);
    QWidget::resizeEvent(event);
}

void ImageInspectorPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_provider->setClientVisible(this, true);
}

void ImageInspectorPanel::hideEvent(QHideEvent* event)
{
    m_provider->setClientVisible(this, false);
    QWidget::hideEvent(event);
}

} // namespace arm
