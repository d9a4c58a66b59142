#pragma once

#include "app/store/ProjectStore.h"
#include "engine/data/DatasetIndex.h"
#include "engine/eval/EvaluationMetrics.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <memory>
#include <utility>
#include <vector>

class QUndoStack;

namespace arm {

class ModelHandle;

// What the user has open: dataset, relabelling project, model, the model's per-sample records and the
// selection. Every view reads from here and listens to its signals; edits go through relabel(), which
// pushes undoable commands onto the project's store, so views never write labels themselves.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // Dataset
    bool hasDataset() const { return m_dataset != nullptr; }
    const DatasetIndex& dataset() const;
    std::shared_ptr<const DatasetIndex> datasetPtr() const { return m_dataset; }
    void setDataset(std::shared_ptr<DatasetIndex> index);
    // The labelled samples, dataset().samples: what training, evaluation, metrics and audits use.
    int sampleCount() const;
    // Samples with no label in the dataset's files (dataset().unlabelled), numbered after the labelled
    // ones: sample index sampleCount() + j is unlabelled[j]. The gallery and the relabel view show them
    // so they can be labelled; nothing else takes them (they stay out of records() and metrics()).
    int unlabelledCount() const;
    int itemCount() const { return sampleCount() + unlabelledCount(); }
    bool isFromUnlabelled(int sampleIndex) const
    {
        return sampleIndex >= sampleCount() && sampleIndex < itemCount();
    }
    // The unlabelled samples that have no label in force yet either (the annotator's work left).
    int pendingCount() const;
    // Sample `sampleIndex` of either kind; nullptr out of range.
    const Sample* sampleAt(int sampleIndex) const;
    QString sampleName(int sampleIndex) const;
    int indexOfSample(const QString& name) const; // either kind; -1 when unknown
    // The dataset's class names as shown to the user: expression names in the interface language.
    QStringList classNames() const;
    // The label in force: the project's current label when a project is open, else the dataset's;
    // -1 while a sample has no label yet.
    int labelOf(int sampleIndex) const;
    int originalLabelOf(int sampleIndex) const;
    bool isEdited(int sampleIndex) const { return labelOf(sampleIndex) != originalLabelOf(sampleIndex); }

    // Relabelling project
    ProjectStore* project() const { return m_project.get(); }
    void setProject(std::unique_ptr<ProjectStore> store);
    QUndoStack* undoStack() const { return m_undo; }
    // Pushes a RelabelCommand (or one BatchRelabelCommand for several). Returns false, and emits
    // message(), when no writable project is open or the label is out of range.
    bool relabel(int sampleIndex, int newLabel, EditSource source = EditSource::Human);
    bool relabelMany(const std::vector<std::pair<int, int>>& sampleAndLabel, EditSource source);
    // Labels an unlabelled sample with the model's prediction, as an explicit decision (EditSource::
    // Suggestion, undoable); false when the sample has a label or no prediction. Never called implicitly.
    bool acceptPrediction(int sampleIndex);
    bool isFlagged(int sampleIndex) const;
    void setFlagged(int sampleIndex, bool on);

    // Model
    std::shared_ptr<ModelHandle> model() const { return m_model; }
    void setModel(std::shared_ptr<ModelHandle> model);

    // The model's per-sample records (from an evaluation job or the project's prediction cache).
    void setRecords(std::vector<EvalRecord> records);
    // setRecords keeps the labelled samples' records here; records of unlabelled samples (the model's
    // prediction for them, which the relabel view offers) are kept apart and reached by recordFor only.
    const std::vector<EvalRecord>& records() const { return m_records; }
    const EvalRecord* recordFor(int sampleIndex) const;
    // Metrics over the records with the labels now in force (so they follow relabelling); with a split
    // name ("test", as toString(Split) spells it), over that split's samples only.
    EvaluationMetrics metrics(const QString& split = QString()) const;

    // Identity of the inputs results are computed from: changes whenever the dataset, the project or
    // the model is replaced. A job records it at start; a result whose generation is no longer current
    // was computed for inputs the user has left, and is dropped.
    quint64 inputGeneration() const { return m_generation; }

    // Selection
    int currentSample() const { return m_current; }
    void setCurrentSample(int sampleIndex);
    QVector<int> selectedSamples() const { return m_selection; }
    void setSelectedSamples(const QVector<int>& samples);

Q_SIGNALS:
    void datasetChanged();
    void projectChanged();
    void modelChanged();
    void recordsChanged();
    void labelChanged(int sampleIndex, int label);
    void flagsChanged(int sampleIndex);
    void currentSampleChanged(int sampleIndex);
    void selectionChanged();
    void message(const QString& text); // for the status bar

private:
    void onStoreLabelChanged(const QString& sample, int label);

    std::shared_ptr<DatasetIndex> m_dataset;
    QHash<QString, int> m_sampleByName;
    std::unique_ptr<ProjectStore> m_project;
    QHash<int, int> m_labelOverride; // sample index -> current label, where the project differs
    QUndoStack* m_undo;
    std::shared_ptr<ModelHandle> m_model;
    std::vector<EvalRecord> m_records;
    std::vector<EvalRecord> m_unlabelledRecords; // predictions for samples >= sampleCount()
    // Sample index -> position in m_records (labelled) or m_unlabelledRecords (unlabelled), -1 if none.
    std::vector<int> m_recordBySample;
    int m_current = -1;
    QVector<int> m_selection;
    quint64 m_generation = 0;
};

} // namespace arm
