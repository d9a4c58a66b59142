#include "app/gui/ConfusionPanel.h"

#include "app/gui/Workspace.h"
#include "engine/data/DatasetIndex.h"
#include "widgets/MatrixPlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace arm {

ConfusionPanel::ConfusionPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_plot(new MatrixPlot(this)),
      m_normalized(new QCheckBox(tr("Row-normalised"), this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ConfusionPanel"));
    m_plot->setObjectName(QStringLiteral("confusionPlot"));
    m_plot->setAxisTitles(tr("Predicted"), tr("True label"));
    m_plot->setColorScaleTitle(tr("Samples"));
    m_plot->setAccessibleName(tr("Confusion matrix"));
    m_plot->setToolTip(tr("Click a cell to show its samples in the gallery"));
    m_plot->setMinimumSize(260, 220);
    m_normalized->setToolTip(tr("Divide each row by its number of samples"));
    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("confusionSplit"));
    m_split->setToolTip(tr("Which samples the matrix counts; the test split is the honest view of a model"));
    m_split->setAccessibleName(tr("Split"));
    m_summary->setObjectName(QStringLiteral("confusionSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("confusionClassTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->setAccessibleName(tr("Per-class precision, recall and F1"));

    // A splitter, so the user trades plot size against the per-class table.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* options = new QHBoxLayout;
    options->addWidget(m_split);
    options->addWidget(m_normalized);
    options->addStretch(1);
    sideLayout->addLayout(options);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_table, 1);
    // Plot above the figures: a 7x7 matrix needs the dock's full width for legible tick labels.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("confusionSplitter"));
    splitter->addWidget(m_plot);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_plot, &MatrixPlot::cellClicked, this, &ConfusionPanel::cellActivated);
    connect(m_normalized, &QCheckBox::toggled, this, &ConfusionPanel::setRowNormalized);
    connect(m_ws, &Workspace::recordsChanged, this, &ConfusionPanel::scheduleRefresh);
    connect(m_ws, &Workspace::labelChanged, this, &ConfusionPanel::scheduleRefresh);
    connect(m_ws, &Workspace::datasetChanged, this, [this] {
        m_userChoseSplit = false; // a new dataset starts on its test split again
        rebuildSplits();
        scheduleRefresh();
    });
    connect(m_split, &QComboBox::activated, this, [this] {
        m_userChoseSplit = true;
        scheduleRefresh();
    });
    rebuildSplits();
    refresh();
}

ConfusionPanel::~ConfusionPanel() = default;

QString ConfusionPanel::split() const
{
    return m_split->currentData().toString();
}

void ConfusionPanel::setSplit(const QString& split)
{
    const int i = m_split->findData(split);
    if (i >= 0) {
        m_split->setCurrentIndex(i);
        m_userChoseSplit = true;
        refresh();
    }
}

void ConfusionPanel::rebuildSplits()
{
    const QString before = split();
    m_split->clear();
    if (m_ws->hasDataset()) {
        const DatasetIndex& data = m_ws->dataset();
        const std::pair<Split, QString> named[] = {
            {Split::Test, tr("Test split")}, {Split::Validation, tr("Validation split")}, {Split::Train, tr("Train split")}};
        for (const auto& [s, text] : named)
            if (!data.indicesOf(s).empty())
                m_split->addItem(text, QString::fromStdString(toString(s)));
    }
    m_split->addItem(tr("All splits"), QString());
    // The test split first and by default; a choice the user made stays while the dataset does.
    const int kept = m_userChoseSplit ? m_split->findData(before) : -1;
    m_split->setCurrentIndex(kept >= 0 ? kept : 0);
}

void ConfusionPanel::setRowNormalized(bool on)
{
    if (m_normalized->isChecked() != on)
        m_normalized->setChecked(on); // re-enters through toggled
    m_plot->setNormalization(on ? MatrixPlot::Normalization::RowNormalized : MatrixPlot::Normalization::Raw);
    m_plot->setColorScaleTitle(on ? tr("Fraction of row") : tr("Samples"));
    m_plot->replot();
}

void ConfusionPanel::scheduleRefresh()
{
    // A batch relabel emits one labelChanged per sample: recompute once.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] { refresh(); });
}

void ConfusionPanel::refresh()
{
    m_pending = false;
    const QStringList classes = m_ws->classNames();
    const int n = static_cast<int>(classes.size());
    if (m_ws->records().empty() || n == 0) {
        m_plot->setMatrix(0, 0, {});
        m_plot->setTitle(QString());
        m_summary->setText(tr("No predictions yet: open a model to evaluate the dataset."));
        m_table->setRowCount(0);
        m_plot->replot();
        return;
    }
    const EvaluationMetrics m = m_ws->metrics(split());
    QVector<double> values;
    values.reserve(n * n);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            values.append(r < static_cast<int>(m.confusion.size()) && c < static_cast<int>(m.confusion[r].size())
                              ? m.confusion[r][c]
                              : 0);
    m_plot->setRowLabels(classes);
    m_plot->setColumnLabels(classes);
    m_plot->setMatrix(n, n, values);
    m_plot->setNormalization(m_normalized->isChecked() ? MatrixPlot::Normalization::RowNormalized
                                                       : MatrixPlot::Normalization::Raw);
    m_plot->replot();
    m_summary->setText(tr("%1: %2 samples · accuracy %3% · mean class accuracy %4%")
                           .arg(m_split->currentText())
                           .arg(m.samples)
                           .arg(100.0 * m.accuracy, 0, 'f', 1)
                           .arg(100.0 * m.meanClassAccuracy, 0, 'f', 1));
    m_table->setRowCount(n);
    for (int c = 0; c < n; ++c) {
        const ClassMetrics pc = c < static_cast<int>(m.perClass.size()) ? m.perClass[c] : ClassMetrics{};
        const auto cell = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        auto* name = new QTableWidgetItem(classes[c]);
        m_table->setItem(c, 0, name);
        m_table->setItem(c, 1, cell(QString::number(pc.precision, 'f', 3)));
        m_table->setItem(c, 2, cell(QString::number(pc.recall, 'f', 3)));
        m_table->setItem(c, 3, cell(QString::number(pc.f1, 'f', 3)));
        m_table->setItem(c, 4, cell(QString::number(pc.support)));
    }
}

} // namespace arm
