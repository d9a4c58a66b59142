#include "app/gui/RelabelPanel.h"

#include "app/gui/LabelPicker.h"
#include "app/gui/Workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace arm {

namespace {
constexpr int kMaxShown = 500; // the queue is for reading; accept-all acts on what is shown
}

RelabelPanel::RelabelPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_current(new QLabel(this)), m_picker(new LabelPicker(this)),
      m_method(new QComboBox(this)),
      m_delta(new QDoubleSpinBox(this)), m_table(new QTableWidget(this)),
      m_accept(new QPushButton(tr("Accept"), this)), m_reject(new QPushButton(tr("Reject"), this)),
      m_acceptAll(new QPushButton(tr("Accept all shown"), this)), m_queueInfo(new QLabel(this)),
      m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("RelabelPanel"));
    m_current->setObjectName(QStringLiteral("relabelCurrent"));
    m_current->setWordWrap(true);
    m_current->setProperty("armNoTranslate", true);
    m_current->setVisible(false);
    m_method->addItem(tr("Confident learning"));
    m_method->addItem(tr("SCN rule (p_max - p_given > delta)"));
    m_method->setToolTip(tr("How likely label errors are found"));
    m_delta->setRange(0.0, 1.0);
    m_delta->setSingleStep(0.05);
    m_delta->setValue(0.2);
    m_delta->setToolTip(tr("SCN margin delta"));
    m_delta->setAccessibleName(tr("SCN margin delta"));
    m_delta->setEnabled(false);
    m_accept->setToolTip(tr("Give the selected sample the suggested label"));
    m_reject->setToolTip(tr("Hide the selected suggestion"));
    m_acceptAll->setToolTip(tr("Relabel every suggestion shown, as one undo step"));

    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Sample"), tr("Given"), tr("Suggested"), tr("Score"), tr("Reason")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line per suggestion; the full reason is the cell's tooltip
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAccessibleName(tr("Suggested label corrections"));

    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setColumnCount(5);
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Sample"), tr("From"), tr("To"), tr("Source")});
    m_history->verticalHeader()->setVisible(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setAccessibleName(tr("Edit history"));

    auto* queue = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Delta"), m_delta);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_acceptAll);
    buttons->addStretch(1);
    auto* ql = new QVBoxLayout(queue);
    ql->setContentsMargins(0, 0, 0, 0);
    ql->addLayout(form);
    m_queueInfo->setWordWrap(true);
    ql->addWidget(m_queueInfo);
    ql->addWidget(m_table, 1);
    ql->addLayout(buttons);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(queue, tr("Suggestions"));
    tabs->addTab(m_history, tr("History"));

    auto* keys = new QLabel(tr("Keys in the gallery: 1-7 set the label, J/K next/previous, F flag, "
                               "Enter accepts the prediction for a sample with no label yet, "
                               "Ctrl+Z undo, Ctrl+Shift+Z redo."),
                            this);
    keys->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_current);
    layout->addWidget(m_picker);
    layout->addWidget(keys);
    layout->addWidget(tabs, 1);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_delta->setEnabled(i == 1);
        scheduleRefresh();
    });
    connect(m_delta, &QDoubleSpinBox::valueChanged, this, &RelabelPanel::scheduleRefresh);
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptRow(m_table->currentRow()); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectRow(m_table->currentRow()); });
    connect(m_acceptAll, &QPushButton::clicked, this, &RelabelPanel::acceptAllShown);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_shown.size()))
            m_ws->setCurrentSample(m_shown[static_cast<std::size_t>(row)].sampleIndex);
    });
    connect(m_ws, &Workspace::recordsChanged, this, &RelabelPanel::scheduleRefresh);
    connect(m_ws, &Workspace::labelChanged, this, &RelabelPanel::scheduleRefresh);
    connect(m_ws, &Workspace::datasetChanged, this, [this] {
        m_rejected.clear();
        scheduleRefresh();
    });
    connect(m_ws, &Workspace::projectChanged, this, &RelabelPanel::scheduleRefresh);
    connect(m_ws, &Workspace::currentSampleChanged, this, &RelabelPanel::updateCurrent);
    connect(m_ws, &Workspace::labelChanged, this, &RelabelPanel::updateCurrent);
    connect(m_ws, &Workspace::recordsChanged, this, &RelabelPanel::updateCurrent);
    connect(m_ws, &Workspace::projectChanged, this, &RelabelPanel::updateCurrent);
    connect(m_ws, &Workspace::datasetChanged, this, &RelabelPanel::updateCurrent);
    // Human decisions, each an undoable edit; accepting the offered prediction is recorded as a
    // suggestion accepted (Workspace::acceptPrediction), so the history tells the two apart.
    connect(m_picker, &LabelPicker::labelChosen, this,
            [this](int label) { m_ws->relabel(m_ws->currentSample(), label, EditSource::Human); });
    connect(m_picker, &LabelPicker::suggestionAccepted, this,
            [this](int) { m_ws->acceptPrediction(m_ws->currentSample()); });
    refresh();
}

RelabelPanel::~RelabelPanel() = default;

void RelabelPanel::setMethod(Method method)
{
    m_method->setCurrentIndex(method == Method::ScnRule ? 1 : 0);
    refresh();
}

void RelabelPanel::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] { refresh(); });
}

QString RelabelPanel::currentSampleText() const
{
    return m_current->text();
}

void RelabelPanel::updateCurrent()
{
    const int s = m_ws->currentSample();
    const bool shown = s >= 0 && s < m_ws->itemCount();
    m_current->setVisible(shown);
    m_picker->setVisible(shown);
    if (!shown) {
        m_current->clear();
        return;
    }
    const QStringList classes = m_ws->classNames();
    const int label = m_ws->labelOf(s);
    m_current->setText(QStringLiteral("%1 — %2%3")
                           .arg(m_ws->sampleName(s),
                                label >= 0 && label < classes.size() ? classes[label] : tr("not labelled yet"),
                                m_ws->isEdited(s) ? QStringLiteral(" ✎") : QString()));
    // The prediction is offered for a sample with no label only; a labelled one has the suggestion queue.
    const EvalRecord* record = label < 0 ? m_ws->recordFor(s) : nullptr;
    m_picker->setClasses(classes);
    m_picker->setState(label, record ? record->predicted : -1, record ? double(record->confidence) : 0.0,
                       m_ws->project() && !m_ws->project()->isReadOnly());
}

void RelabelPanel::refresh()
{
    m_pending = false;
    refreshHistory();
    m_shown.clear();
    const auto& records = m_ws->records();
    std::vector<std::vector<float>> probabilities;
    std::vector<int> given;
    std::vector<int> sampleOf;
    probabilities.reserve(records.size());
    for (const EvalRecord& r : records) {
        if (r.probabilities.empty())
            continue;
        probabilities.push_back(r.probabilities);
        given.push_back(m_ws->labelOf(r.sampleIndex));
        sampleOf.push_back(r.sampleIndex);
    }
    std::vector<LabelSuggestion> all;
    if (!probabilities.empty()) {
        try {
            all = m_method->currentIndex() == 1 ? LabelAudit::scnRule(probabilities, given, m_delta->value())
                                                : LabelAudit::confidentLearning(probabilities, given);
        } catch (const std::exception& e) {
            m_queueInfo->setText(tr("Suggestions failed: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    }
    const QStringList classes = m_ws->classNames();
    const auto className = [&](int c) { return c >= 0 && c < classes.size() ? classes[c] : QString::number(c); };
    // The reason in the interface language, with class names, from the same probabilities the engine's
    // English `reason` (the CLI's) was written from.
    std::vector<QString> reasons;
    for (LabelSuggestion s : all) {
        const std::vector<float>& p = probabilities[static_cast<std::size_t>(s.sampleIndex)];
        s.sampleIndex = sampleOf[static_cast<std::size_t>(s.sampleIndex)];
        if (m_rejected.contains(s.sampleIndex))
            continue;
        const double ps = p[static_cast<std::size_t>(s.suggested)], pg = p[static_cast<std::size_t>(s.given)];
        reasons.push_back(m_method->currentIndex() == 1
                              ? tr("p(%1) %2 exceeds p(%3) %4 by more than δ %5")
                                    .arg(className(s.suggested)).arg(ps, 0, 'f', 2)
                                    .arg(className(s.given)).arg(pg, 0, 'f', 2).arg(m_delta->value(), 0, 'f', 2)
                              : tr("p(%1) %2 reaches that class's threshold; p(%3) is only %4")
                                    .arg(className(s.suggested)).arg(ps, 0, 'f', 2)
                                    .arg(className(s.given)).arg(pg, 0, 'f', 2));
        m_shown.push_back(std::move(s));
        if (static_cast<int>(m_shown.size()) >= kMaxShown)
            break;
    }
    m_table->setRowCount(static_cast<int>(m_shown.size()));
    for (int row = 0; row < static_cast<int>(m_shown.size()); ++row) {
        const LabelSuggestion& s = m_shown[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(m_ws->sampleName(s.sampleIndex)));
        m_table->setItem(row, 1, new QTableWidgetItem(className(s.given)));
        m_table->setItem(row, 2, new QTableWidgetItem(className(s.suggested)));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(s.score, 'f', 3)));
        auto* reason = new QTableWidgetItem(reasons[static_cast<std::size_t>(row)]);
        reason->setToolTip(reason->text());
        m_table->setItem(row, 4, reason);
    }
    m_table->resizeColumnsToContents();
    if (records.empty() && m_ws->model() && m_ws->hasDataset() && m_ws->sampleCount() == 0)
        m_queueInfo->setText(tr("Suggestions question labels the dataset already has, and it has none yet: label "
                                "the faces with keys 1-7, or Enter for the model's prediction."));
    else if (records.empty())
        m_queueInfo->setText(tr("No predictions yet: open a model to get suggestions."));
    else
        m_queueInfo->setText(tr("%1 suggestions (%2 shown)").arg(all.size()).arg(m_shown.size()));
    const bool writable = m_ws->project() && !m_ws->project()->isReadOnly();
    m_accept->setEnabled(writable && !m_shown.empty());
    m_reject->setEnabled(!m_shown.empty());
    m_acceptAll->setEnabled(writable && !m_shown.empty());
}

void RelabelPanel::refreshHistory()
{
    ProjectStore* p = m_ws->project();
    if (!p) {
        m_history->setRowCount(0);
        return;
    }
    std::vector<LabelEdit> edits;
    try {
        edits = p->history(true);
    } catch (const std::exception&) {
        m_history->setRowCount(0);
        return;
    }
    const QStringList classes = m_ws->classNames();
    const auto className = [&](int c) {
        return c == -1 ? tr("none", "no label yet") : c >= 0 && c < classes.size() ? classes[c] : QString::number(c);
    };
    // Newest first: what the annotator just did is on top.
    m_history->setRowCount(static_cast<int>(edits.size()));
    int row = 0;
    for (auto it = edits.rbegin(); it != edits.rend(); ++it, ++row) {
        QString source = toString(it->source);
        if (it->undone)
            source += tr(" (undone)");
        m_history->setItem(row, 0, new QTableWidgetItem(QLocale().toString(it->time.toLocalTime(), QLocale::ShortFormat)));
        m_history->setItem(row, 1, new QTableWidgetItem(it->sample));
        m_history->setItem(row, 2, new QTableWidgetItem(className(it->oldLabel)));
        m_history->setItem(row, 3, new QTableWidgetItem(className(it->newLabel)));
        m_history->setItem(row, 4, new QTableWidgetItem(source));
    }
}

bool RelabelPanel::acceptRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_shown.size()))
        return false;
    const LabelSuggestion s = m_shown[static_cast<std::size_t>(row)];
    return m_ws->relabel(s.sampleIndex, s.suggested, EditSource::Suggestion);
}

void RelabelPanel::rejectRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_shown.size()))
        return;
    m_rejected.insert(m_shown[static_cast<std::size_t>(row)].sampleIndex);
    refresh();
}

bool RelabelPanel::acceptAllShown()
{
    std::vector<std::pair<int, int>> edits;
    edits.reserve(m_shown.size());
    for (const LabelSuggestion& s : m_shown)
        edits.emplace_back(s.sampleIndex, s.suggested);
    if (edits.empty())
        return false;
    if (edits.size() == 1)
        return m_ws->relabel(edits.front().first, edits.front().second, EditSource::Suggestion);
    return m_ws->relabelMany(edits, EditSource::Suggestion);
}

} // namespace arm
