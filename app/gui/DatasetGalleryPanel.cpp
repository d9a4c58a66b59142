#include "app/gui/DatasetGalleryPanel.h"

#include "app/gui/Workspace.h"
#include "app/models/GalleryModel.h"
#include "widgets/GalleryDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace arm {

namespace {
// The label filter's entry for "no label yet" (class entries carry their index, "any" -1).
constexpr int kNotLabelledEntry = -2;
} // namespace

DatasetGalleryPanel::DatasetGalleryPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_model(new GalleryModel(workspace, this)),
      m_proxy(new GalleryFilterModel(this)), m_delegate(new GalleryDelegate(this)), m_view(new QListView(this))
{
    setObjectName(QStringLiteral("DatasetGalleryPanel"));
    m_proxy->setSourceModel(m_model);

    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("gallerySplit"));
    m_split->addItem(tr("All splits"), QString());
    m_split->addItem(tr("Train"), QStringLiteral("train"));
    m_split->addItem(tr("Test"), QStringLiteral("test"));
    m_split->addItem(tr("Validation"), QStringLiteral("validation"));
    m_split->setToolTip(tr("Show one split of the dataset"));
    m_given = new QComboBox(this);
    m_given->setObjectName(QStringLiteral("galleryGiven"));
    m_given->setToolTip(tr("Filter by the label in force (after edits)"));
    m_given->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Not labelled yet" comes with a dataset
    m_predicted = new QComboBox(this);
    m_predicted->setObjectName(QStringLiteral("galleryPredicted"));
    m_predicted->setToolTip(tr("Filter by the model's prediction"));
    m_correct = new QComboBox(this);
    m_correct->setObjectName(QStringLiteral("galleryCorrect"));
    m_correct->addItem(tr("Correct or wrong"), static_cast<int>(GalleryFilter::Correctness::Any));
    m_correct->addItem(tr("Correct only"), static_cast<int>(GalleryFilter::Correctness::Correct));
    m_correct->addItem(tr("Wrong only"), static_cast<int>(GalleryFilter::Correctness::Wrong));
    m_correct->addItem(tr("Not predicted"), static_cast<int>(GalleryFilter::Correctness::NoPrediction));
    m_minConf = new QDoubleSpinBox(this);
    m_maxConf = new QDoubleSpinBox(this);
    m_minConf->setObjectName(QStringLiteral("galleryMinConfidence"));
    m_maxConf->setObjectName(QStringLiteral("galleryMaxConfidence"));
    for (QDoubleSpinBox* s : {m_minConf, m_maxConf}) {
        s->setRange(0.0, 1.0);
        s->setSingleStep(0.05);
        s->setDecimals(2);
        // Applied on Enter, focus out or the arrows, not per keystroke: typing "0.5" used to apply
        // "0", whose refresh rewrote the box to 0.00 under the user's cursor.
        s->setKeyboardTracking(false);
    }
    m_minConf->setValue(0.0);
    m_maxConf->setValue(1.0);
    m_minConf->setToolTip(tr("Lowest confidence shown"));
    m_maxConf->setToolTip(tr("Highest confidence shown"));
    m_minConf->setAccessibleName(tr("Minimum confidence"));
    m_maxConf->setAccessibleName(tr("Maximum confidence"));
    m_edited = new QCheckBox(tr("Edited"), this);
    m_edited->setToolTip(tr("Only samples whose label was changed"));
    m_flagged = new QCheckBox(tr("Flagged"), this);
    m_flagged->setToolTip(tr("Only samples flagged for review (F)"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("gallerySearch"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search by name"));
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("gallerySort"));
    m_sort->setToolTip(tr("Sort order of the gallery"));
    m_sort->addItem(tr("Dataset order"));
    m_sort->addItem(tr("Name"));
    m_sort->addItem(tr("Highest loss first"));
    m_sort->addItem(tr("Lowest confidence first"));
    m_sort->addItem(tr("Smallest margin first"));
    m_cellLabel = new QLabel(this);
    m_cellLabel->setObjectName(QStringLiteral("galleryCellLabel"));
    m_cellLabel->setVisible(false);
    auto* reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("galleryReset"));
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Show every sample again, in dataset order"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("galleryCount"));

    // Three short rows rather than two long ones: the gallery then fits half of a 1280-pixel window,
    // leaving the other half to the analysis views, without clipping a combo box, and a 1024-pixel
    // window holds it beside a 420 px dock.
    auto* bar1 = new QHBoxLayout;
    bar1->addWidget(m_split);
    bar1->addWidget(m_given);
    bar1->addWidget(m_predicted);
    bar1->addWidget(m_correct);
    bar1->addStretch(1);
    auto* bar2 = new QHBoxLayout;
    bar2->addWidget(new QLabel(tr("Confidence"), this));
    bar2->addWidget(m_minConf);
    bar2->addWidget(new QLabel(QStringLiteral("–"), this));
    bar2->addWidget(m_maxConf);
    bar2->addWidget(m_edited);
    bar2->addWidget(m_flagged);
    bar2->addWidget(reset);
    bar2->addStretch(1);
    auto* legendButton = new QToolButton(this);
    legendButton->setObjectName(QStringLiteral("galleryLegendButton"));
    legendButton->setText(tr("Legend"));
    legendButton->setToolTip(tr("What the marks on a thumbnail mean"));
    legendButton->setCheckable(true);
    auto* bar3 = new QHBoxLayout;
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    bar3->addWidget(m_search, 1);
    bar3->addWidget(m_sort); // here, not on the confidence row: that row set the window's minimum width
    bar3->addWidget(legendButton);
    // What the gallery shows, on a line of its own: "10 of 10 samples, 10 not labelled yet" beside the
    // search field squeezed it to one letter in German.
    auto* bar4 = new QHBoxLayout;
    bar4->addWidget(m_count);
    bar4->addWidget(m_cellLabel);
    bar4->addStretch(1);
    // The badges are compact; their meaning is one click away rather than guessed.
    auto* legend = new QLabel(GalleryDelegate::legendHtml(), this);
    legend->setObjectName(QStringLiteral("galleryLegend"));
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    legend->setVisible(false);
    connect(legendButton, &QToolButton::toggled, legend, &QWidget::setVisible);

    m_view->setObjectName(QStringLiteral("galleryView"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true); // constant-time layout: 15k tiles without measuring each
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(500);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_proxy);
    m_view->setSpacing(4);
    m_view->setAccessibleName(tr("Dataset gallery"));
    m_view->setWhatsThis(tr("Keys 1-7 set the label of the current sample, J/K move, F flags it. On a sample "
                            "with no label yet, Enter gives it the model's prediction."));
    m_view->installEventFilter(this);

    // Keys edit the sample the Relabel view shows (the workspace's current sample). When another view
    // chose a sample the filter hides, the gallery selects nothing and says so, instead of keeping
    // another sample highlighted that the keys would not edit.
    m_hiddenBar = new QWidget(this);
    m_hiddenBar->setObjectName(QStringLiteral("galleryHiddenBar"));
    m_hiddenText = new QLabel(m_hiddenBar);
    m_hiddenText->setObjectName(QStringLiteral("galleryHiddenText"));
    m_hiddenText->setWordWrap(true);
    auto* showAll = new QToolButton(m_hiddenBar);
    showAll->setObjectName(QStringLiteral("galleryHiddenShowAll"));
    showAll->setText(tr("Show all"));
    auto* hiddenLayout = new QHBoxLayout(m_hiddenBar);
    hiddenLayout->setContentsMargins(6, 2, 6, 2);
    hiddenLayout->addWidget(m_hiddenText, 1);
    hiddenLayout->addWidget(showAll);
    m_hiddenBar->setStyleSheet(QStringLiteral("#galleryHiddenBar { background: #fff3cd; border: 1px solid #ffe69c; }"
                                              "#galleryHiddenBar QLabel { color: #664d03; }"));
    m_hiddenBar->setVisible(false);
    connect(showAll, &QToolButton::clicked, this, [this] {
        clearFilter();
        onWorkspaceCurrentChanged(m_ws->currentSample());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar1);
    layout->addLayout(bar2);
    layout->addLayout(bar3);
    layout->addLayout(bar4);
    layout->addWidget(legend);
    layout->addWidget(m_hiddenBar);
    // An empty result is said in words, not shown as a blank pane.
    m_emptyText = new QLabel(this);
    m_emptyText->setObjectName(QStringLiteral("galleryEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setVisible(false);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_view, 1);

    rebuildLabelCombos();
    updateCount();

    const auto apply = [this] { applyFilterFromControls(); };
    connect(m_split, &QComboBox::currentIndexChanged, this, apply);
    connect(m_given, &QComboBox::currentIndexChanged, this, apply);
    connect(m_predicted, &QComboBox::currentIndexChanged, this, apply);
    connect(m_correct, &QComboBox::currentIndexChanged, this, apply);
    connect(m_minConf, &QDoubleSpinBox::valueChanged, this, apply);
    connect(m_maxConf, &QDoubleSpinBox::valueChanged, this, apply);
    connect(m_edited, &QCheckBox::toggled, this, apply);
    connect(m_flagged, &QCheckBox::toggled, this, apply);
    connect(m_search, &QLineEdit::textChanged, this, apply);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] { applySort(); });
    connect(reset, &QToolButton::clicked, this, [this] {
        m_sort->setCurrentIndex(0);
        clearFilter();
    });
    connect(m_proxy, &GalleryFilterModel::filterChanged, this, &DatasetGalleryPanel::syncControlsFromFilter);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DatasetGalleryPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DatasetGalleryPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DatasetGalleryPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DatasetGalleryPanel::updateCount);
    connect(m_proxy, &GalleryFilterModel::filterChanged, this, &DatasetGalleryPanel::updateHiddenNotice);
    // A new filter or order releases the held sample; the one being worked on is held again.
    connect(m_proxy, &GalleryFilterModel::filterChanged, this, [this] { m_proxy->holdSample(m_ws->currentSample()); });
    connect(m_ws, &Workspace::datasetChanged, this, [this] {
        rebuildLabelCombos();
        updateCount();
    });
    // "n not labelled yet" follows the labels in force: edits, and the project's labels when it opens.
    connect(m_ws, &Workspace::labelChanged, this, &DatasetGalleryPanel::updateCount);
    connect(m_ws, &Workspace::projectChanged, this, &DatasetGalleryPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DatasetGalleryPanel::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatasetGalleryPanel::onSelectionChanged);
    connect(m_ws, &Workspace::currentSampleChanged, this, &DatasetGalleryPanel::onWorkspaceCurrentChanged);
}

DatasetGalleryPanel::~DatasetGalleryPanel() = default;

void DatasetGalleryPanel::rebuildLabelCombos()
{
    m_syncing = true;
    const QStringList classes = m_ws->classNames();
    m_given->clear();
    m_given->addItem(tr("Any label"), -1);
    if (m_ws->unlabelledCount() > 0)
        m_given->addItem(tr("Not labelled yet"), kNotLabelledEntry);
    m_predicted->clear();
    m_predicted->addItem(tr("Any prediction"), -1);
    for (int c = 0; c < classes.size(); ++c) {
        m_given->addItem(tr("Label: %1").arg(classes[c]), c);
        m_predicted->addItem(tr("Predicted: %1").arg(classes[c]), c);
    }
    m_syncing = false;
    syncControlsFromFilter();
}

void DatasetGalleryPanel::applyFilterFromControls()
{
    if (m_syncing)
        return;
    GalleryFilter f;
    f.split = m_split->currentData().toString();
    f.givenLabel = std::max(-1, m_given->currentData().toInt());
    f.unlabelledOnly = m_given->currentData().toInt() == kNotLabelledEntry;
    f.predictedLabel = m_predicted->currentData().toInt();
    f.correctness = static_cast<GalleryFilter::Correctness>(m_correct->currentData().toInt());
    f.minConfidence = m_minConf->value();
    f.maxConfidence = m_maxConf->value();
    f.editedOnly = m_edited->isChecked();
    f.flaggedOnly = m_flagged->isChecked();
    f.nameContains = m_search->text().trimmed();
    // Touching any control leaves the confusion-cell view: the controls describe the filter fully.
    m_proxy->setFilter(f);
    updateCount();
}

void DatasetGalleryPanel::syncControlsFromFilter()
{
    m_syncing = true;
    const GalleryFilter& f = m_proxy->filter();
    m_split->setCurrentIndex(std::max(0, m_split->findData(f.split)));
    m_given->setCurrentIndex(std::max(0, m_given->findData(f.unlabelledOnly ? kNotLabelledEntry : f.givenLabel)));
    m_predicted->setCurrentIndex(std::max(0, m_predicted->findData(f.predictedLabel)));
    m_correct->setCurrentIndex(std::max(0, m_correct->findData(static_cast<int>(f.correctness))));
    // Each bound limits the other box, so a minimum above the maximum cannot be entered.
    m_minConf->setRange(0.0, 1.0);
    m_maxConf->setRange(0.0, 1.0);
    m_minConf->setValue(f.minConfidence);
    m_maxConf->setValue(f.maxConfidence);
    m_minConf->setMaximum(m_maxConf->value());
    m_maxConf->setMinimum(m_minConf->value());
    m_edited->setChecked(f.editedOnly);
    m_flagged->setChecked(f.flaggedOnly);
    if (m_search->text().trimmed() != f.nameContains)
        m_search->setText(f.nameContains);
    const QStringList classes = m_ws->classNames();
    const bool cell = f.cellTrue >= 0 && f.cellTrue < classes.size() && f.cellPredicted >= 0 &&
                      f.cellPredicted < classes.size();
    m_cellLabel->setVisible(cell);
    if (cell)
        m_cellLabel->setText(tr("Cell: %1 → %2").arg(classes[f.cellTrue], classes[f.cellPredicted]));
    m_syncing = false;
    updateCount();
}

void DatasetGalleryPanel::updateCount()
{
    const int shown = m_proxy->rowCount(), total = m_model->rowCount();
    const int pending = m_ws->pendingCount(); // what is left to label, for an annotator's sense of progress
    m_count->setText(pending > 0 ? tr("%1 of %2 samples, %3 not labelled yet").arg(shown).arg(total).arg(pending)
                                 : tr("%1 of %2 samples").arg(shown).arg(total));
    m_emptyText->setVisible(shown == 0);
    if (total == 0)
        m_emptyText->setText(tr("No dataset is open. Use File › Open Dataset, or Help › Open the Demo."));
    else
        m_emptyText->setText(
            tr("No sample matches these filters. Press Reset (or Esc) to show all %1 samples.").arg(total));
}

void DatasetGalleryPanel::applySort()
{
    using K = GalleryFilterModel::SortKey;
    switch (m_sort->currentIndex()) {
    case 1:
        m_proxy->setSortKey(K::Name, Qt::AscendingOrder);
        break;
    case 2:
        m_proxy->setSortKey(K::Loss, Qt::DescendingOrder);
        break;
    case 3:
        m_proxy->setSortKey(K::Confidence, Qt::AscendingOrder);
        break;
    case 4:
        m_proxy->setSortKey(K::Margin, Qt::AscendingOrder);
        break;
    default:
        m_proxy->setSortKey(K::Index, Qt::AscendingOrder);
        break;
    }
    m_proxy->holdSample(m_ws->currentSample());
}

void DatasetGalleryPanel::showConfusionCell(int trueLabel, int predictedLabel, const QString& split)
{
    m_proxy->setConfusionCell(trueLabel, predictedLabel, split);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void DatasetGalleryPanel::clearFilter()
{
    m_proxy->clearFilter();
}

void DatasetGalleryPanel::setThumbnailSize(int size)
{
    m_delegate->setThumbnailSize(size);
    m_view->doItemsLayout();
}

bool DatasetGalleryPanel::moveCurrent(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex cur = m_view->currentIndex();
    const int target = cur.isValid() ? cur.row() + step : 0;
    if (target < 0 || target >= rows)
        return false;
    m_view->setCurrentIndex(m_proxy->index(target, 0));
    return true;
}

void DatasetGalleryPanel::onCurrentChanged()
{
    const QModelIndex cur = m_view->currentIndex();
    if (cur.isValid())
        m_ws->setCurrentSample(cur.data(GalleryRoles::SampleIndexRole).toInt());
}

void DatasetGalleryPanel::onSelectionChanged()
{
    QVector<int> samples;
    const QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    samples.reserve(rows.size());
    for (const QModelIndex& i : rows)
        samples.append(i.data(GalleryRoles::SampleIndexRole).toInt());
    std::sort(samples.begin(), samples.end());
    m_ws->setSelectedSamples(samples);
}

void DatasetGalleryPanel::onWorkspaceCurrentChanged(int sample)
{
    // Another view chose the sample: follow it when it is shown; when the filter hides it, highlight
    // nothing (a highlighted other sample would suggest the keys edit that one) and say so.
    // Moving on releases the sample left (a relabel may now move or hide it) and holds the new one.
    // Queued: re-sorting inside the selection model's currentChanged emission crashes Qt's proxy.
    QMetaObject::invokeMethod(this, [this] { m_proxy->holdSample(m_ws->currentSample()); }, Qt::QueuedConnection);
    const int row = sample >= 0 ? m_proxy->rowOfSample(sample) : -1;
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_proxy->index(row, 0));
    else if (row < 0 && sample >= 0 && m_view->currentIndex().isValid())
        m_view->selectionModel()->clear();
    updateHiddenNotice();
}

void DatasetGalleryPanel::updateHiddenNotice()
{
    const int sample = m_ws->currentSample();
    const bool hidden = m_ws->hasDataset() && sample >= 0 && sample < m_ws->itemCount() &&
                        m_proxy->rowOfSample(sample) < 0;
    if (hidden)
        m_hiddenText->setText(
            tr("%1, chosen in another view, is hidden by the filter; keys 1–7 and F edit it.").arg(m_ws->sampleName(sample)));
    m_hiddenBar->setVisible(hidden);
}

bool DatasetGalleryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    const int k = key->key();
    if (k >= Qt::Key_1 && k <= Qt::Key_9) {
        const int label = k - Qt::Key_1;
        const int sample = m_ws->currentSample();
        m_proxy->holdSample(sample); // in case the queued hold has not run yet
        if (sample >= 0 && label < m_ws->classNames().size())
            m_ws->relabel(sample, label, EditSource::Human);
        return true;
    }
    if (k == Qt::Key_Return || k == Qt::Key_Enter) {
        // Only on a sample with no label yet, and only on this explicit key: the prediction shown on it
        // becomes its label (undoable, recorded as an accepted suggestion). Elsewhere Enter does nothing.
        const int sample = m_ws->currentSample();
        if (sample < 0 || m_ws->labelOf(sample) >= 0)
            return QWidget::eventFilter(watched, event);
        m_proxy->holdSample(sample);
        if (!m_ws->acceptPrediction(sample))
            Q_EMIT m_ws->message(tr("No prediction to accept for %1: open a model, or press 1-7.").arg(m_ws->sampleName(sample)));
        return true;
    }
    if (k == Qt::Key_J) {
        moveCurrent(+1);
        return true;
    }
    if (k == Qt::Key_K) {
        moveCurrent(-1);
        return true;
    }
    if (k == Qt::Key_F) {
        const int sample = m_ws->currentSample();
        m_proxy->holdSample(sample);
        if (sample >= 0)
            m_ws->setFlagged(sample, !m_ws->isFlagged(sample));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace arm
