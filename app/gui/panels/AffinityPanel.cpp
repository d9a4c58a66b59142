#include "app/gui/panels/AffinityPanel.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/PanelData.h"
#include "app/gui/panels/PanelSettings.h"
#include "app/gui/jobs/EngineRunners.h"
#include "engine/data/DatasetIndex.h"
#include "widgets/MatrixPlot.h"
#include "widgets/SideBySideView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace arm {

namespace {
constexpr int kMaxBatch = 256;

enum Column { ColName, ColGiven, ColAlone, ColInBatch, ColRunning, ColShare, ColShift, ColCount };
} // namespace

AffinityPanel::AffinityPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_runner(EngineRunners::affinity())
{
    buildUi();
    connect(m_ws, &Workspace::datasetChanged, this, [this]() {
        cancel();
        m_batch.clear();
        m_has = false;
        m_matrix->setMatrix(0, 0, {});
        m_table->setRowCount(0);
        m_status->setText(tr("Choose a batch: the gallery selection or a stratified sample."));
    });
}

AffinityPanel::~AffinityPanel()
{
    delete m_job; // waits for its worker
}

void AffinityPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* controls = new QHBoxLayout;
    m_useSelection = new QPushButton(tr("Use &gallery selection"), this);
    m_useSelection->setAccessibleName(tr("Use gallery selection"));
    m_useSelection->setToolTip(tr("Compute the affinities of the images selected in the gallery"));
    m_stratified = new QPushButton(tr("&Stratified sample"), this);
    m_stratified->setAccessibleName(tr("Stratified sample"));
    m_stratified->setToolTip(
        tr("Compute the affinities of a sample with the same number of images from each class"));
    m_perClass = new QSpinBox(this);
    m_perClass->setRange(1, 64);
    m_perClass->setValue(PanelSettings::affinityPerClass());
    m_perClass->setSuffix(tr(" per class"));
    m_perClass->setAccessibleName(tr("Images per class"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the affinity computation"));
    m_cancel->setEnabled(false);
    m_viewCombo = new QComboBox(this);
    m_viewCombo->addItem(tr("Images: F_expression cosine"), int(View::ExpressionCosine));
    m_viewCombo->addItem(tr("Images: F_unique cosine"), int(View::UniqueCosine));
    m_viewCombo->addItem(tr("Classes: mean F_expression cosine"), int(View::ClassAffinity));
    m_viewCombo->setAccessibleName(tr("Affinity view"));
    m_viewCombo->setCurrentIndex(std::clamp(PanelSettings::affinityView(), 0, 2));
    // Three short rows: one row of all controls was wider than a 420 px dock (in German the two buttons
    // alone take 380 px).
    controls->addWidget(m_useSelection);
    controls->addWidget(m_stratified);
    controls->addStretch(1);
    layout->addLayout(controls);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_perClass);
    sizeRow->addWidget(m_cancel);
    sizeRow->addStretch(1);
    layout->addLayout(sizeRow);
    auto* viewRow = new QHBoxLayout;
    viewRow->addWidget(m_viewCombo);
    viewRow->addStretch(1);
    layout->addLayout(viewRow);
    m_status = new QLabel(tr("Choose a batch: the gallery selection or a stratified sample."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    auto* horizontal = new QSplitter(Qt::Horizontal, vertical);
    m_matrixSplit = horizontal;
    m_matrix = new MatrixPlot(horizontal);
    m_matrix->setAccessibleName(tr("Affinity matrix"));
    m_matrix->setMinimumSize(260, 240);
    m_pair = new SideBySideView(horizontal);
    m_pair->setAccessibleName(tr("Selected pair"));
    m_pair->setTitle(tr("Click a cell of the matrix to compare the two images."));
    auto* pairBox = new QWidget(horizontal);
    auto* pairLayout = new QVBoxLayout(pairBox);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    m_pair->setParent(pairBox);
    pairLayout->addWidget(m_pair, 1);
    m_pairDetails = new QLabel(pairBox);
    m_pairDetails->setWordWrap(true);
    m_pairDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pairDetails->setMinimumHeight(4 * fontMetrics().lineSpacing()); // two lines, each may wrap once
    pairLayout->addWidget(m_pairDetails);
    horizontal->addWidget(m_matrix);
    horizontal->addWidget(pairBox);
    // The matrix is what the view is about; the pair view only needs room for two faces.
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);
    horizontal->setSizes({3000, 2000}); // proportions: the splitter scales them to its width
    m_table = new QTableWidget(vertical);
    m_table->setAccessibleName(tr("Per-image batch dependence"));
    m_table->setColumnCount(ColCount);
    m_table->setHorizontalHeaderLabels({tr("Image"), tr("Given"), tr("Alone"), tr("In batch"), tr("Running"),
                                        tr("Shared share"), tr("Max Δp")});
    m_table->horizontalHeaderItem(ColShare)->setToolTip(
        tr("‖α·F_generic‖ / ‖F_expression‖: how much of the feature is the batch-shared term"));
    m_table->horizontalHeaderItem(ColShift)->setToolTip(
        tr("Largest change of a class probability between alone and in this batch"));
    m_table->horizontalHeaderItem(ColRunning)
        ->setToolTip(tr("Prediction with the running (batch-independent) generic feature"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    vertical->addWidget(horizontal);
    vertical->addWidget(m_table);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    connect(m_useSelection, &QPushButton::clicked, this, &AffinityPanel::useSelection);
    connect(m_stratified, &QPushButton::clicked, this, &AffinityPanel::useStratifiedSample);
    connect(m_cancel, &QPushButton::clicked, this, &AffinityPanel::cancel);
    connect(m_perClass, &QSpinBox::valueChanged, this, [](int v) { PanelSettings::setAffinityPerClass(v); });
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, [this]() {
        PanelSettings::setAffinityView(int(view()));
        showMatrix();
    });
    connect(m_matrix, &MatrixPlot::cellClicked, this, &AffinityPanel::onCellClicked);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_indices.size() && m_indices[row] >= 0)
            m_ws->setCurrentSample(m_indices[row]);
    });
}

void AffinityPanel::resizeEvent(QResizeEvent* event)
{
    constexpr int kSideBySideWidth = 620;
    const Qt::Orientation o = width() < kSideBySideWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_matrixSplit && m_matrixSplit->orientation() != o) {
        m_matrixSplit->setOrientation(o);
        m_matrixSplit->setSizes({3000, 2000});
    }
    QWidget::resizeEvent(event);
}

void AffinityPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_has && !isComputing() && m_runner && m_ws->hasDataset() && m_ws->model())
        useStratifiedSample();
}

void AffinityPanel::setRunner(AffinityRunner runner)
{
    m_runner = std::move(runner);
    delete m_job;
    m_job = nullptr;
}

AffinityPanel::View AffinityPanel::view() const
{
    return View(m_viewCombo->currentData().toInt());
}

void AffinityPanel::setView(View v)
{
    m_viewCombo->setCurrentIndex(m_viewCombo->findData(int(v)));
}

bool AffinityPanel::isComputing() const
{
    return m_job && m_job->isRunning();
}

QString AffinityPanel::statusText() const
{
    return m_status->text();
}

QString AffinityPanel::pairDetailsText() const
{
    return m_pairDetails->text();
}

QVector<int> AffinityPanel::stratifiedSample(const Workspace& ws, int perClass)
{
    const int k = ws.dataset().numClasses();
    // Held-out faces when the dataset has a test split: the affinities of images the model trained on
    // say less about how ARM treats a new batch.
    std::vector<int> pool = ws.dataset().indicesOf(Split::Test);
    if (pool.empty())
        for (int i = 0; i < ws.sampleCount(); ++i)
            pool.push_back(i);
    QVector<QVector<int>> byClass(k);
    for (const int i : pool) {
        const int label = ws.labelOf(i);
        if (label >= 0 && label < k)
            byClass[label] << i;
    }
    QVector<int> out;
    for (const QVector<int>& members : byClass) {
        const int n = std::min<int>(perClass, members.size());
        // Evenly spaced through the class: deterministic, and not just the first few files.
        for (int j = 0; j < n; ++j)
            out << members[int((qint64(j) * members.size()) / n)];
    }
    return out;
}

void AffinityPanel::setBatch(const QVector<int>& sampleIndices)
{
    m_batch = sampleIndices.mid(0, kMaxBatch);
}

void AffinityPanel::useSelection()
{
    const QVector<int> selection = m_ws->selectedSamples();
    if (selection.size() < 2) {
        m_status->setText(tr("Select at least two images in the gallery, or use a stratified sample."));
        return;
    }
    setBatch(selection);
    if (selection.size() > kMaxBatch)
        m_status->setText(
            tr("The selection has %1 images; the first %2 are used.").arg(selection.size()).arg(kMaxBatch));
    compute();
}

void AffinityPanel::useStratifiedSample()
{
    setBatch(stratifiedSample(*m_ws, m_perClass->value()));
    compute();
}

void AffinityPanel::compute()
{
    if (!m_ws->hasDataset()) {
        m_status->setText(tr("Open a dataset first."));
        return;
    }
    if (!m_ws->model()) {
        m_status->setText(tr("Open a model first."));
        return;
    }
    if (!m_runner) {
        m_status->setText(tr("Batch affinity is not available in this build."));
        return;
    }
    if (m_batch.size() < 2) {
        m_status->setText(tr("The batch needs at least two images."));
        return;
    }
    if (isComputing())
        return;
    AffinityParams params;
    params.model = m_ws->model();
    for (int index : m_batch) {
        if (index < 0 || index >= m_ws->sampleCount())
            continue;
        params.samples.push_back(m_ws->dataset().samples[std::size_t(index)]);
        params.sampleIndices.push_back(index);
        params.labels.push_back(m_ws->labelOf(index));
    }
    if (!m_job) {
        m_job = new AffinityJob(m_runner, this);
        connect(m_job, &Job::progress, this, [this](int done, int total, const QString& text) {
            m_status->setText(tr("%1… %2 of %3").arg(text).arg(done).arg(total));
        });
        connect(m_job, &Job::succeeded, this, [this]() {
            const AffinityOutcome& r = m_job->result();
            setAffinity(r.result, r.names, r.images, r.sampleIndices);
            Q_EMIT computed();
        });
        connect(m_job, &Job::failed, this, [this](const QString& message) {
            m_status->setText(tr("Affinity failed: %1").arg(message));
        });
        connect(m_job, &Job::cancelled, this, [this]() { m_status->setText(tr("Cancelled.")); });
        connect(m_job, &Job::finished, this, [this]() {
            m_cancel->setEnabled(false);
            m_useSelection->setEnabled(true);
            m_stratified->setEnabled(true);
        });
    }
    m_cancel->setEnabled(true);
    m_useSelection->setEnabled(false);
    m_stratified->setEnabled(false);
    m_status->setText(tr("Computing the affinities of %1 images…").arg(params.samples.size()));
    m_job->start(std::move(params));
}

void AffinityPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

QString AffinityPanel::className(int label) const
{
    return PanelData::className(m_ws->classNames(), label);
}

void AffinityPanel::setAffinity(const AffinityResult& result, const QStringList& names,
                                const QVector<QImage>& images, const QVector<int>& sampleIndices)
{
    m_result = result;
    m_names = names;
    m_images = images;
    m_indices = sampleIndices;
    m_has = true;
    const int b = result.expressionCosine.rows;
    QVector<QImage> thumbs;
    for (const QImage& image : images)
        thumbs << image.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbs = thumbs;
    int changed = 0;
    for (std::size_t i = 0; i < result.predictedAlone.size() && i < result.predictedInBatch.size(); ++i)
        changed += result.predictedAlone[i] != result.predictedInBatch[i];
    double share = 0.0;
    for (float s : result.sharedShare)
        share += s;
    share = result.sharedShare.empty() ? 0.0 : share / result.sharedShare.size();
    m_status->setText(
        tr("%1 images · %2 predictions change between alone and in this batch · mean shared share %3 · %4 ms")
            .arg(b)
            .arg(changed)
            .arg(share, 0, 'f', 3)
            .arg(result.milliseconds, 0, 'f', 0));
    showMatrix();
    fillTable();
    m_pair->setImages({}, QString(), {}, QString());
    m_pairDetails->clear();
    m_pair->setTitle(tr("Click a cell of the matrix to compare the two images."));
}

void AffinityPanel::showMatrix()
{
    if (!m_has)
        return;
    const View v = view();
    const Grid& g = v == View::ExpressionCosine ? m_result.expressionCosine
                    : v == View::UniqueCosine   ? m_result.uniqueCosine
                                                : m_result.classAffinity;
    QVector<double> values(g.values.begin(), g.values.end());
    m_matrix->setMatrix(g.rows, g.cols, values);
    QStringList labels;
    if (v == View::ClassAffinity) {
        for (int i = 0; i < g.rows; ++i)
            labels << className(i);
        m_matrix->setThumbnails({});
        m_matrix->setAxisTitles(tr("class"), tr("class"));
        m_matrix->setTitle(tr("Mean F_expression cosine between images of two classes"));
        m_matrix->setCellText(MatrixPlot::CellText::TwoDecimals);
    } else {
        for (int i = 0; i < g.rows; ++i)
            labels << (i < m_names.size()
                           ? tr("%1 (%2)").arg(i).arg(className(
                                 i < int(m_result.labels.size()) ? m_result.labels[std::size_t(i)] : -1))
                           : QString::number(i));
        m_matrix->setThumbnails(m_thumbs);
        m_matrix->setAxisTitles(tr("image"), tr("image"));
        m_matrix->setTitle(v == View::ExpressionCosine ? tr("Cosine similarity of F_expression")
                                                       : tr("Cosine similarity of F_unique"));
        m_matrix->setCellText(g.rows <= 12 ? MatrixPlot::CellText::TwoDecimals : MatrixPlot::CellText::None);
    }
    m_matrix->setRowLabels(labels);
    m_matrix->setColumnLabels(labels);
    m_matrix->setColorScaleTitle(tr("cosine"));
    m_matrix->setFixedRange(-1.0, 1.0);
    m_matrix->setColorMap(ColorMap::Kind::Diverging);
}

void AffinityPanel::fillTable()
{
    const int b = m_result.expressionCosine.rows;
    m_table->setRowCount(b);
    const auto at = [](const auto& list, int i, auto fallback) {
        return i < int(list.size()) ? list[std::size_t(i)] : fallback;
    };
    for (int i = 0; i < b; ++i) {
        const int given = at(m_result.labels, i, -1);
        const int alone = at(m_result.predictedAlone, i, -1);
        const int inBatch = at(m_result.predictedInBatch, i, -1);
        const bool changed = alone >= 0 && inBatch >= 0 && alone != inBatch;
        const QString cells[ColCount] = {
            i < m_names.size() ? m_names[i] : QString::number(i),
            className(given),
            className(alone),
            className(inBatch),
            m_result.predictedRunning.empty() ? tr("n/a") : className(at(m_result.predictedRunning, i, -1)),
            QString::number(at(m_result.sharedShare, i, std::nanf("")), 'f', 3),
            QString::number(at(m_result.maxProbabilityShift, i, std::nanf("")), 'f', 3),
        };
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (changed) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(tr("The prediction changes inside this batch"));
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

QString AffinityPanel::predictionText(int i) const
{
    const auto at = [](const std::vector<int>& list, int k) {
        return k < int(list.size()) ? list[std::size_t(k)] : -1;
    };
    const int alone = at(m_result.predictedAlone, i), inBatch = at(m_result.predictedInBatch, i);
    QString text = tr("%1: given %2, predicted alone: %3, in batch: %4")
                       .arg(i < m_names.size() ? m_names[i] : QString::number(i))
                       .arg(className(at(m_result.labels, i)))
                       .arg(className(alone))
                       .arg(className(inBatch));
    if (alone >= 0 && inBatch >= 0 && alone != inBatch)
        text += tr(" (changes in the batch)");
    return text;
}

QString AffinityPanel::caption(int i) const
{
    const auto at = [](const std::vector<int>& list, int k) {
        return k < int(list.size()) ? list[std::size_t(k)] : -1;
    };
    return tr("%1 · given: %2")
        .arg(i < m_names.size() ? m_names[i] : QString::number(i))
        .arg(className(at(m_result.labels, i)));
}

void AffinityPanel::openPair(int a, int b)
{
    const int n = m_result.expressionCosine.rows;
    if (!m_has || a < 0 || b < 0 || a >= n || b >= n)
        return;
    m_pair->setImages(a < m_images.size() ? m_images[a] : QImage(), caption(a),
                      b < m_images.size() ? m_images[b] : QImage(), caption(b));
    QString title = tr("Images %1 and %2: F_expression cosine %3")
                        .arg(a)
                        .arg(b)
                        .arg(m_result.expressionCosine.at(a, b), 0, 'f', 3);
    if (m_result.uniqueCosine.rows == n)
        title += tr(", F_unique cosine %1").arg(m_result.uniqueCosine.at(a, b), 0, 'f', 3);
    m_pair->setTitle(title);
    m_pairDetails->setText(tr("Left: %1\nRight: %2").arg(predictionText(a), predictionText(b)));
    Q_EMIT pairOpened(a, b);
}

void AffinityPanel::onCellClicked(int row, int col)
{
    if (view() == View::ClassAffinity)
        return; // a class pair has no single pair of images
    openPair(row, col);
}

} // namespace arm
