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
        m_sampleByName.reserve(static_cast<int>(m_dataset->samples.size()));
        for (std::size_t i = 0; i < m_dataset->samples.size(); ++i)
            m_sampleByName.insert(QString::fromStdString(m_dataset->samples[i].name), static_cast<int>(i));
    }
    m_records.clear();
    m_recordBySample.assign(m_dataset ? m_dataset->samples.size() : 0, -1);
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
    if (!m_dataset || sampleIndex < 0 || sampleIndex >= sampleCount())
        return -1;
    return m_dataset->samples[static_cast<std::size_t>(sampleIndex)].label;
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
        if (sample < 0 || sample >= sampleCount() || label < 0 || label >= classNames().size())
            continue;
        if (labelOf(sample) == label)
            continue;
        requests.push_back({QString::fromStdString(m_dataset->samples[static_cast<std::size_t>(sample)].name), label});
    }
    if (requests.empty())
        return false;
    if (requests.size() == 1)
        m_undo->push(new RelabelCommand(m_project.get(), requests.front().sample, requests.front().newLabel, source));
    else
        m_undo->push(new BatchRelabelCommand(m_project.get(), std::move(requests), source));
    return true;
}

bool Workspace::isFlagged(int sampleIndex) const
{
    if (!m_project || sampleIndex < 0 || sampleIndex >= sampleCount())
        return false;
    return m_project->hasFlag(QString::fromStdString(m_dataset->samples[static_cast<std::size_t>(sampleIndex)].name),
                              kFlagKind);
}

void Workspace::setFlagged(int sampleIndex, bool on)
{
    if (!m_project || sampleIndex < 0 || sampleIndex >= sampleCount() || isFlagged(sampleIndex) == on)
        return;
    if (m_project->isReadOnly()) {
        Q_EMIT message(m_project->readOnlyReason());
        return;
    }
    m_undo->push(new FlagCommand(m_project.get(),
                                 QString::fromStdString(m_dataset->samples[static_cast<std::size_t>(sampleIndex)].name),
                                 kFlagKind, on));
}

void Workspace::setModel(std::shared_ptr<ModelHandle> model)
{
    m_model = std::move(model);
    ++m_generation;
    m_records.clear();
    m_recordBySample.assign(static_cast<std::size_t>(sampleCount()), -1);
    Q_EMIT modelChanged();
    Q_EMIT recordsChanged();
}

void Workspace::setRecords(std::vector<EvalRecord> records)
{
    m_records = std::move(records);
    m_recordBySample.assign(static_cast<std::size_t>(sampleCount()), -1);
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        const int s = m_records[i].sampleIndex;
        if (s >= 0 && s < sampleCount())
            m_recordBySample[static_cast<std::size_t>(s)] = static_cast<int>(i);
    }
    Q_EMIT recordsChanged();
}

const EvalRecord* Workspace::recordFor(int sampleIndex) const
{
    if (sampleIndex < 0 || sampleIndex >= static_cast<int>(m_recordBySample.size()))
        return nullptr;
    const int r = m_recordBySample[static_cast<std::size_t>(sampleIndex)];
    return r < 0 ? nullptr : &m_records[static_cast<std::size_t>(r)];
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
