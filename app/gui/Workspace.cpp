#include "app/gui/Workspace.h"

#include "app/gui/ClassNames.h"

#include "app/undo/BatchRelabelCommand.h"
#include "app/undo/FlagCommand.h"
#include "app/undo/RelabelCommand.h"

#include <QUndoStack>

namespace arm {

namespace {
const QString kFlagKind = QStringLiteral("review");
}

Workspace::Workspace(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

Workspace::~Workspace()
{
    // Commands hold a pointer to the store: clear them before the store goes.
    m_undo->clear();
}

const DatasetIndex& Workspace::dataset() const
{
    static const DatasetIndex empty;
    return m_dataset ? *m_dataset : empty;
}

void Workspace::setDataset(std::shared_ptr<DatasetIndex> index)
{
    m_dataset = std::move(index);
    ++m_generation;
    m_sampleByName.clear();
    if (m_dataset) {
        m_sampleByName.reserve(itemCount());
        for (int i = 0; i < itemCount(); ++i)
            m_sampleByName.insert(QString::fromStdString(sampleAt(i)->name), i);
    }
    m_records.clear();
    m_unlabelledRecords.clear();
    m_recordBySample.assign(static_cast<std::size_t>(itemCount()), -1);
    m_labelOverride.clear();
    m_current = -1;
    m_selection.clear();
    Q_EMIT datasetChanged();
    Q_EMIT recordsChanged();
}

int Workspace::sampleCount() const
{
    return m_dataset ? static_cast<int>(m_dataset->samples.size()) : 0;
}

int Workspace::unlabelledCount() const
{
    return m_dataset ? static_cast<int>(m_dataset->unlabelled.size()) : 0;
}

int Workspace::pendingCount() const
{
    int pending = 0;
    for (int i = sampleCount(); i < itemCount(); ++i)
        pending += labelOf(i) < 0 ? 1 : 0;
    return pending;
}

const Sample* Workspace::sampleAt(int sampleIndex) const
{
    if (!m_dataset || sampleIndex < 0 || sampleIndex >= itemCount())
        return nullptr;
    const int n = sampleCount();
    return sampleIndex < n ? &m_dataset->samples[static_cast<std::size_t>(sampleIndex)]
                           : &m_dataset->unlabelled[static_cast<std::size_t>(sampleIndex - n)];
}

QString Workspace::sampleName(int sampleIndex) const
{
    const Sample* s = sampleAt(sampleIndex);
    return s ? QString::fromStdString(s->name) : QString();
}

int Workspace::indexOfSample(const QString& name) const
{
    return m_sampleByName.value(name, -1);
}

QStringList Workspace::classNames() const
{
    return m_dataset ? ClassNames::display(m_dataset->classNames) : QStringList();
}

int Workspace::originalLabelOf(int sampleIndex) const
{
    const Sample* s = sampleAt(sampleIndex);
    return s ? s->label : -1; // -1 for the unlabelled ones
}

int Workspace::labelOf(int sampleIndex) const
{
    const auto it = m_labelOverride.constFind(sampleIndex);
    return it != m_labelOverride.cend() ? it.value() : originalLabelOf(sampleIndex);
}

void Workspace::setProject(std::unique_ptr<ProjectStore> store)
{
    m_undo->clear();
    m_project = std::move(store);
    ++m_generation;
    m_labelOverride.clear();
    if (m_project && m_dataset) {
        const QHash<QString, int> labels = m_project->currentLabels();
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            const int i = indexOfSample(it.key());
            if (i >= 0 && it.value() != originalLabelOf(i))
                m_labelOverride.insert(i, it.value());
        }
        connect(m_project.get(), &ProjectStore::labelChanged, this, &Workspace::onStoreLabelChanged);
        connect(m_project.get(), &ProjectStore::writeFailed, this, &Workspace::message);
        // Flags change through FlagCommand's redo and undo alike; the store says which sample.
        connect(m_project.get(), &ProjectStore::flagsChanged, this, [this](const QString& sample) {
            const int i = indexOfSample(sample);
            if (i >= 0)
                Q_EMIT flagsChanged(i);
        });
    }
    Q_EMIT projectChanged();
    Q_EMIT recordsChanged(); // metrics depend on the labels in force
}

void Workspace::onStoreLabelChanged(const QString& sample, int label)
{
    const int i = indexOfSample(sample);
    if (i < 0)
        return;
    if (label == originalLabelOf(i))
        m_labelOverride.remove(i);
    else
        m_labelOverride.insert(i, label);
    Q_EMIT labelChanged(i, label);
}

bool Workspace::relabel(int sampleIndex, int newLabel, EditSource source)
{
    return relabelMany({{sampleIndex, newLabel}}, source);
}

bool Workspace::relabelMany(const std::vector<std::pair<int, int>>& sampleAndLabel, EditSource source)
{
    if (!m_project) {
        Q_EMIT message(tr("Open or create a project to relabel (File > New Project)."));
        return false;
    }
    if (m_project->isReadOnly()) {
        Q_EMIT message(m_project->readOnlyReason());
        return false;
    }
    std::vector<EditRequest> requests;
    for (const auto& [sample, label] : sampleAndLabel) {
        if (sample < 0 || sample >= itemCount() || label < 0 || label >= classNames().size())
            continue;
        if (labelOf(sample) == label)
            continue;
        const QString name = sampleName(sample);
        if (!m_project->hasSample(name)) {
            // A project made before unlabelled samples were part of projects does not hold them.
            Q_EMIT message(tr("%1 is not in the project %2 (it has no label in the dataset and the project was "
                              "made without such samples): create a new project to label it.")
                               .arg(name, m_project->filePath()));
            continue;
        }
        requests.push_back({name, label});
    }
    if (requests.empty())
        return false;
    if (requests.size() == 1)
        m_undo->push(new RelabelCommand(m_project.get(), requests.front().sample, requests.front().newLabel, source));
    else
        m_undo->push(new BatchRelabelCommand(m_project.get(), std::move(requests), source));
    return true;
}

bool Workspace::acceptPrediction(int sampleIndex)
{
    const EvalRecord* r = isFromUnlabelled(sampleIndex) && labelOf(sampleIndex) < 0 ? recordFor(sampleIndex) : nullptr;
    if (!r || r->predicted < 0)
        return false;
    return relabel(sampleIndex, r->predicted, EditSource::Suggestion);
}

bool Workspace::isFlagged(int sampleIndex) const
{
    if (!m_project || sampleIndex < 0 || sampleIndex >= itemCount() || !m_project->hasSample(sampleName(sampleIndex)))
        return false;
    return m_project->hasFlag(sampleName(sampleIndex), kFlagKind);
}

void Workspace::setFlagged(int sampleIndex, bool on)
{
    if (!m_project || sampleIndex < 0 || sampleIndex >= itemCount() || isFlagged(sampleIndex) == on ||
        !m_project->hasSample(sampleName(sampleIndex)))
        return;
    if (m_project->isReadOnly()) {
        Q_EMIT message(m_project->readOnlyReason());
        return;
    }
    m_undo->push(new FlagCommand(m_project.get(), sampleName(sampleIndex), kFlagKind, on));
}

void Workspace::setModel(std::shared_ptr<ModelHandle> model)
{
    m_model = std::move(model);
    ++m_generation;
    m_records.clear();
    m_unlabelledRecords.clear();
    m_recordBySample.assign(static_cast<std::size_t>(itemCount()), -1);
    Q_EMIT modelChanged();
    Q_EMIT recordsChanged();
}

void Workspace::setRecords(std::vector<EvalRecord> records)
{
    // Unlabelled samples' predictions go apart: every consumer of records() (metrics, confusion, the
    // suggestion queue, ...) indexes classes by the label, which they do not have.
    m_records.clear();
    m_unlabelledRecords.clear();
    for (EvalRecord& r : records) {
        if (r.sampleIndex < 0 || r.sampleIndex >= itemCount())
            continue;
        if (r.sampleIndex < sampleCount()) {
            m_records.push_back(std::move(r));
        } else {
            r.label = -1; // whatever the evaluation was given; no loss or margin without a label
            r.loss = 0.0f;
            r.margin = 0.0f;
            m_unlabelledRecords.push_back(std::move(r));
        }
    }
    m_recordBySample.assign(static_cast<std::size_t>(itemCount()), -1);
    for (std::size_t i = 0; i < m_records.size(); ++i)
        m_recordBySample[static_cast<std::size_t>(m_records[i].sampleIndex)] = static_cast<int>(i);
    for (std::size_t i = 0; i < m_unlabelledRecords.size(); ++i)
        m_recordBySample[static_cast<std::size_t>(m_unlabelledRecords[i].sampleIndex)] = static_cast<int>(i);
    Q_EMIT recordsChanged();
}

const EvalRecord* Workspace::recordFor(int sampleIndex) const
{
    if (sampleIndex < 0 || sampleIndex >= static_cast<int>(m_recordBySample.size()))
        return nullptr;
    const int r = m_recordBySample[static_cast<std::size_t>(sampleIndex)];
    if (r < 0)
        return nullptr;
    // Positions below sampleCount() are in m_records, the others in m_unlabelledRecords.
    return sampleIndex < sampleCount() ? &m_records[static_cast<std::size_t>(r)]
                                       : &m_unlabelledRecords[static_cast<std::size_t>(r)];
}

EvaluationMetrics Workspace::metrics(const QString& split) const
{
    std::vector<EvalRecord> current;
    current.reserve(m_records.size());
    const std::string wanted = split.toStdString();
    for (EvalRecord r : m_records) {
        if (!wanted.empty() && (!hasDataset() || r.sampleIndex < 0 || r.sampleIndex >= sampleCount() ||
                                toString(dataset().samples[std::size_t(r.sampleIndex)].split) != wanted))
            continue;
        r.label = labelOf(r.sampleIndex);
        EvaluationMetrics::completeRecord(r);
        current.push_back(r);
    }
    return EvaluationMetrics::fromRecords(current, std::max(1, static_cast<int>(classNames().size())));
}

void Workspace::setCurrentSample(int sampleIndex)
{
    if (sampleIndex == m_current)
        return;
    m_current = sampleIndex;
    Q_EMIT currentSampleChanged(sampleIndex);
}

void Workspace::setSelectedSamples(const QVector<int>& samples)
{
    m_selection = samples;
    Q_EMIT selectionChanged();
}

} // namespace arm
