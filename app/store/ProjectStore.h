#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

class QLockFile;
class QSqlDatabase;
class QSqlQuery;

namespace arm {

struct DatasetIndex;

// Every failure of the store. `kind` lets the GUI choose a banner (read-only, relocate, ...) without
// parsing the message; the message always names the file.
class ProjectError : public std::runtime_error {
public:
    enum class Kind { NotAProject, NewerSchema, Corrupt, ReadOnly, AlreadyExists, Io, BadArgument, DatasetMismatch };
    ProjectError(Kind kind, const QString& message);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

enum class EditSource { Human, Suggestion, Rule };
QString toString(EditSource source);
// "human", "suggestion", "rule" (case-insensitive); throws ProjectError(BadArgument) otherwise.
EditSource editSourceFromString(const QString& text);

// The dataset snapshot taken at create(): what edits refer to, so they survive a moved dataset.
struct SampleRecord {
    QString name;
    QString relativePath; // relative to datasetPath() (absolute when the file lay outside the root)
    quint64 offset = 0;   // byte offset of the CSV line (FER2013), as in engine Sample::offset
    int sourceLine = 0;   // 1-based line of the label file, 0 if none
    QString split;        // "train" / "test" / "validation"
    // -1: no label (a RAF-DB label 0, as `arm-cli faces` writes them). Edits never set -1; a sample keeps
    // it until it is labelled, and gets it back when every edit of it is undone.
    int originalLabel = -1;
    int currentLabel = -1;
};

// One row of the edit history. An undone edit stays in the history with `undone` set; a redo after an
// undo is recorded as a new edit, so the history is an honest log of what happened.
struct LabelEdit {
    qint64 id = 0;
    QString sample;
    int oldLabel = -1;
    int newLabel = -1;
    EditSource source = EditSource::Human;
    QDateTime time; // UTC
    QString note;
    bool undone = false;
    QDateTime undoneTime; // invalid while not undone
};

struct EditRequest {
    QString sample;
    int newLabel = -1;
};

struct CachedPrediction {
    std::vector<float> probabilities;
    double loss = 0.0;
};

struct TrainingRun {
    qint64 id = 0;
    QDateTime time;
    QString settingsJson;
    QString metricsJson;
    QString checkpointPath;
};

// A relabelling project: an SQLite file (*.armproj) holding a snapshot of the dataset index and every
// label edit, flag, cached prediction and training run. Every write is its own committed transaction
// before the call returns, so nothing needs saving and an acknowledged edit survives kill -9.
// A QLockFile next to the project makes a second instance open it read-only. Not thread-safe: use a
// store from the thread that opened it (QSqlDatabase connections are per thread).
class ProjectStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr quint32 kApplicationId = 0x41524D49; // "ARMI" in the SQLite header (offset 68)

    // Creates a new project for `index` at `path` (refuses an existing file) and opens it read-write.
    // The samples with no label yet (index.unlabelled) are part of it, after the labelled ones, with
    // label -1, so they can be labelled through edits; a dataset of only those is fine.
    static std::unique_ptr<ProjectStore> create(const QString& path, const DatasetIndex& index,
                                                QObject* parent = nullptr);
    // Opens an existing project; read-only (see isReadOnly()) when another instance holds its lock.
    // A file that is not our project, or a newer schema, throws and the file is left byte-for-byte.
    static std::unique_ptr<ProjectStore> open(const QString& path, QObject* parent = nullptr);
    // As open(), but when another instance holds the write lock, waits up to lockWaitMs for it to be
    // released before settling for read-only (scripts relabelling while the GUI saves).
    static std::unique_ptr<ProjectStore> open(const QString& path, int lockWaitMs, QObject* parent = nullptr);
    // Content fingerprint of an index: SHA-256 over the sorted (name, label, file size) list.
    static QString fingerprint(const DatasetIndex& index);

    ~ProjectStore() override;

    QString filePath() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    // Dataset reference.
    QString datasetPath() const;
    QString datasetFormat() const; // "rafdb", "fer2013", "affectnet", "affectnet-folder", "folder"
    QString labelFile() const;     // absolute path of the original list/CSV (empty for folders)
    QString datasetFingerprint() const;
    QDateTime created() const;
    QStringList classNames() const;
    bool datasetAvailable() const; // false when the dataset root has gone (moved): ask to relocate
    // Points the project at the dataset's new location. `index` is that location opened. Refuses (and
    // changes nothing) unless every project sample exists there; a differing fingerprint with the same
    // names is refused unless `allowChangedContent`. Edits are untouched either way.
    void relocate(const DatasetIndex& index, bool allowChangedContent = false);

    // Samples and labels.
    int sampleCount() const { return static_cast<int>(m_sampleIds.size()); }
    bool hasSample(const QString& name) const { return m_sampleIds.contains(name); }
    std::vector<SampleRecord> samples() const; // in snapshot order, with current labels
    QString absolutePath(const SampleRecord& sample) const; // resolved against the current datasetPath()
    int originalLabel(const QString& sample) const;
    int currentLabel(const QString& sample) const;
    QHash<QString, int> currentLabels() const;

    // Edits. Each returns after COMMIT (durable). Batch variants use one transaction: all or nothing.
    qint64 applyEdit(const QString& sample, int newLabel, EditSource source, const QString& note = {});
    std::vector<qint64> applyEdits(const std::vector<EditRequest>& edits, EditSource source,
                                   const QString& note = {});
    // Marks an edit undone; the sample's label falls back to its latest edit that is not undone.
    void revertEdit(qint64 editId);
    void revertEdits(const std::vector<qint64>& editIds);
    std::vector<LabelEdit> history(bool includeUndone = true) const; // oldest first
    std::optional<LabelEdit> edit(qint64 editId) const;

    // Flags and bookmarks ("flag", "bookmark" or any short kind).
    void setFlag(const QString& sample, const QString& kind, bool on, const QString& note = {});
    bool hasFlag(const QString& sample, const QString& kind) const;
    QStringList flagged(const QString& kind) const;

    // Per-sample predictions cached per model fingerprint.
    void putPredictions(const QString& modelFingerprint, const QHash<QString, CachedPrediction>& predictions);
    std::optional<CachedPrediction> prediction(const QString& sample, const QString& modelFingerprint) const;
    QHash<QString, CachedPrediction> predictions(const QString& modelFingerprint) const;
    void clearPredictions(const QString& modelFingerprint);

    // Training runs.
    qint64 addRun(const QString& settingsJson, const QString& metricsJson, const QString& checkpointPath);
    void updateRunMetrics(qint64 runId, const QString& metricsJson);
    std::vector<TrainingRun> runs() const;

    // Runs PRAGMA integrity_check and returns its first line ("ok" when healthy).
    QString integrityCheck() const;

Q_SIGNALS:
    void labelChanged(const QString& sample, int label);
    void historyChanged();
    void flagsChanged(const QString& sample);
    // Emitted by the undo commands when a store write fails inside QUndoStack (which cannot throw).
    void writeFailed(const QString& message);

private:
    ProjectStore(const QString& path, QObject* parent);
    void openConnection(bool readOnly);
    void migrate();
    void loadSampleIds();
    void requireWritable(const char* what) const;
    qint64 sampleId(const QString& sample) const;
    QString meta(const QString& key) const;
    void setMeta(QSqlQuery& query, const QString& key, const QString& value);
    void checkLabel(int label) const;
    QSqlDatabase db() const;
    [[noreturn]] void fail(const QSqlQuery& query, const QString& what) const;
    void begin();
    void commit();
    void rollback() noexcept;

    QString m_path;
    QString m_connection;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QString, qint64> m_sampleIds;
    QHash<qint64, QString> m_sampleNames;
    int m_classCount = 0;
};

} // namespace arm
