// ProjectStore: samples, edits, flags and relocation (the file handling and
// schema checks are in ProjectStore.cpp).
#include "app/store/ProjectStore.h"
#include "app/store/ProjectSchema.h"

#include "app/store/ProjectTime.h"

#include "engine/data/DatasetIndex.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>

namespace arm {
namespace {

// The latest edit of a sample that is not undone decides its label; otherwise the snapshot's label.
const char* kCurrentLabelSql = "COALESCE((SELECT e.new_label FROM edits e WHERE e.sample_id = s.id AND e.undone = 0"
                               " ORDER BY e.id DESC LIMIT 1), s.label)";


} // namespace

std::vector<SampleRecord> ProjectStore::samples() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.name, s.rel_path, s.byte_offset, s.source_line, s.split, s.label, %1"
                               " FROM samples s ORDER BY s.id")
                    .arg(QString::fromLatin1(kCurrentLabelSql))))
        fail(q, QStringLiteral("listing samples"));
    std::vector<SampleRecord> out;
    out.reserve(m_sampleIds.size());
    while (q.next()) {
        SampleRecord r;
        r.name = q.value(0).toString();
        r.relativePath = q.value(1).toString();
        r.offset = static_cast<quint64>(q.value(2).toLongLong());
        r.sourceLine = q.value(3).toInt();
        r.split = q.value(4).toString();
        r.originalLabel = q.value(5).toInt();
        r.currentLabel = q.value(6).toInt();
        out.push_back(std::move(r));
    }
    return out;
}

int ProjectStore::originalLabel(const QString& sample) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT label FROM samples WHERE id = ?"));
    q.bindValue(0, sampleId(sample));
    if (!q.exec() || !q.next())
        fail(q, QStringLiteral("reading the label of %1").arg(sample));
    return q.value(0).toInt();
}

int ProjectStore::currentLabel(const QString& sample) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM samples s WHERE s.id = ?").arg(QString::fromLatin1(kCurrentLabelSql)));
    q.bindValue(0, sampleId(sample));
    if (!q.exec() || !q.next())
        fail(q, QStringLiteral("reading the label of %1").arg(sample));
    return q.value(0).toInt();
}

QHash<QString, int> ProjectStore::currentLabels() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.name, %1 FROM samples s").arg(QString::fromLatin1(kCurrentLabelSql))))
        fail(q, QStringLiteral("listing labels"));
    QHash<QString, int> labels;
    labels.reserve(m_sampleIds.size());
    while (q.next())
        labels.insert(q.value(0).toString(), q.value(1).toInt());
    return labels;
}

qint64 ProjectStore::applyEdit(const QString& sample, int newLabel, EditSource source, const QString& note)
{
    return applyEdits({EditRequest{sample, newLabel}}, source, note).front();
}

std::vector<qint64> ProjectStore::applyEdits(const std::vector<EditRequest>& edits, EditSource source,
                                             const QString& note)
{
    requireWritable("change labels");
    for (const EditRequest& e : edits) { // validate everything before writing anything
        sampleId(e.sample);
        checkLabel(e.newLabel);
    }
    std::vector<qint64> ids;
    std::vector<std::pair<QString, int>> changed;
    begin();
    try {
        const QString time = ProjectTime::now();
        QSqlQuery q(db());
        for (const EditRequest& e : edits) {
            const int oldLabel = currentLabel(e.sample);
            q.prepare(QStringLiteral("INSERT INTO edits (sample_id, old_label, new_label, source, time, note)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
            q.bindValue(0, sampleId(e.sample));
            q.bindValue(1, oldLabel);
            q.bindValue(2, e.newLabel);
            q.bindValue(3, toString(source));
            q.bindValue(4, time);
            q.bindValue(5, ProjectSchema::notNull(note));
            if (!q.exec())
                fail(q, QStringLiteral("recording the edit of %1").arg(e.sample));
            ids.push_back(q.lastInsertId().toLongLong());
            changed.emplace_back(e.sample, e.newLabel);
        }
        commit(); // durable from here on (synchronous=FULL)
    } catch (...) {
        rollback();
        throw;
    }
    for (const auto& [sample, label] : changed)
        Q_EMIT labelChanged(sample, label);
    Q_EMIT historyChanged();
    return ids;
}

void ProjectStore::revertEdit(qint64 editId)
{
    revertEdits({editId});
}

void ProjectStore::revertEdits(const std::vector<qint64>& editIds)
{
    requireWritable("undo edits");
    QStringList touched;
    begin();
    try {
        const QString time = ProjectTime::now();
        QSqlQuery q(db());
        for (qint64 id : editIds) {
            q.prepare(QStringLiteral("SELECT sample_id, undone FROM edits WHERE id = ?"));
            q.bindValue(0, id);
            if (!q.exec())
                fail(q, QStringLiteral("reading edit %1").arg(id));
            if (!q.next())
                throw ProjectError(ProjectError::Kind::BadArgument,
                                   QStringLiteral("%1: no edit with id %2").arg(m_path).arg(id));
            const QString sample = m_sampleNames.value(q.value(0).toLongLong());
            if (q.value(1).toInt() != 0)
                continue; // already undone: nothing to do
            q.prepare(QStringLiteral("UPDATE edits SET undone = 1, undone_time = ? WHERE id = ?"));
            q.bindValue(0, time);
            q.bindValue(1, id);
            if (!q.exec())
                fail(q, QStringLiteral("undoing edit %1").arg(id));
            touched << sample;
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
    for (const QString& sample : touched)
        Q_EMIT labelChanged(sample, currentLabel(sample));
    Q_EMIT historyChanged();
}

namespace {
LabelEdit readEdit(const QSqlQuery& q)
{
    LabelEdit e;
    e.id = q.value(0).toLongLong();
    e.sample = q.value(1).toString();
    e.oldLabel = q.value(2).toInt();
    e.newLabel = q.value(3).toInt();
    e.source = editSourceFromString(q.value(4).toString());
    e.time = ProjectTime::parse(q.value(5).toString());
    e.note = q.value(6).toString();
    e.undone = q.value(7).toInt() != 0;
    e.undoneTime = ProjectTime::parse(q.value(8).toString());
    return e;
}
const char* kEditColumns = "e.id, s.name, e.old_label, e.new_label, e.source, e.time, e.note, e.undone, e.undone_time"
                           " FROM edits e JOIN samples s ON s.id = e.sample_id";
} // namespace

std::vector<LabelEdit> ProjectStore::history(bool includeUndone) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 %2 ORDER BY e.id")
                    .arg(QString::fromLatin1(kEditColumns),
                         includeUndone ? QString() : QStringLiteral("WHERE e.undone = 0"))))
        fail(q, QStringLiteral("reading the history"));
    std::vector<LabelEdit> out;
    while (q.next())
        out.push_back(readEdit(q));
    return out;
}

std::optional<LabelEdit> ProjectStore::edit(qint64 editId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 WHERE e.id = ?").arg(QString::fromLatin1(kEditColumns)));
    q.bindValue(0, editId);
    if (!q.exec())
        fail(q, QStringLiteral("reading edit %1").arg(editId));
    if (!q.next())
        return std::nullopt;
    return readEdit(q);
}

void ProjectStore::setFlag(const QString& sample, const QString& kind, bool on, const QString& note)
{
    requireWritable("change flags");
    if (kind.trimmed().isEmpty())
        throw ProjectError(ProjectError::Kind::BadArgument, QStringLiteral("%1: empty flag kind").arg(m_path));
    QSqlQuery q(db());
    if (on) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO flags (sample_id, kind, note, time) VALUES (?, ?, ?, ?)"));
        q.bindValue(0, sampleId(sample));
        q.bindValue(1, kind);
        q.bindValue(2, ProjectSchema::notNull(note));
        q.bindValue(3, ProjectTime::now());
    } else {
        q.prepare(QStringLiteral("DELETE FROM flags WHERE sample_id = ? AND kind = ?"));
        q.bindValue(0, sampleId(sample));
        q.bindValue(1, kind);
    }
    if (!q.exec()) // autocommit: one statement is one durable transaction
        fail(q, QStringLiteral("flagging %1").arg(sample));
    Q_EMIT flagsChanged(sample);
}

bool ProjectStore::hasFlag(const QString& sample, const QString& kind) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM flags WHERE sample_id = ? AND kind = ?"));
    q.bindValue(0, sampleId(sample));
    q.bindValue(1, kind);
    if (!q.exec())
        fail(q, QStringLiteral("reading flags of %1").arg(sample));
    return q.next();
}

QStringList ProjectStore::flagged(const QString& kind) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT s.name FROM flags f JOIN samples s ON s.id = f.sample_id WHERE f.kind = ?"
                             " ORDER BY s.id"));
    q.bindValue(0, kind);
    if (!q.exec())
        fail(q, QStringLiteral("listing flags"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void ProjectStore::relocate(const DatasetIndex& index, bool allowChangedContent)
{
    requireWritable("relocate the dataset");
    const QString root = QFileInfo(QString::fromStdString(index.root)).absoluteFilePath();
    QHash<QString, const Sample*> byName;
    for (const std::vector<Sample>* list : {&index.samples, &index.unlabelled})
        for (const Sample& s : *list)
            byName.insert(QString::fromStdString(s.name), &s);
    QStringList missing;
    for (auto it = m_sampleIds.cbegin(); it != m_sampleIds.cend(); ++it)
        if (!byName.contains(it.key()))
            missing << it.key();
    if (!missing.isEmpty()) {
        missing.sort();
        throw ProjectError(ProjectError::Kind::DatasetMismatch,
                           QStringLiteral("%1: %2 is not this project's dataset: %3 of its %4 samples are missing "
                                          "there (e.g. %5); nothing was changed")
                               .arg(m_path, root)
                               .arg(missing.size())
                               .arg(m_sampleIds.size())
                               .arg(QStringList(missing.mid(0, 3)).join(QStringLiteral(", "))));
    }
    const QString newFingerprint = fingerprint(index);
    if (newFingerprint != datasetFingerprint() && !allowChangedContent)
        throw ProjectError(ProjectError::Kind::DatasetMismatch,
                           QStringLiteral("%1: %2 has the same samples but different labels or file sizes than the "
                                          "dataset the project was made from; nothing was changed")
                               .arg(m_path, root));
    const QFileInfo rootInfo(root);
    const QString base = rootInfo.isDir() ? rootInfo.absoluteFilePath() : rootInfo.absolutePath();
    auto rel = [&](const std::string& path) {
        if (path.empty())
            return QString();
        const QString absolute = QFileInfo(QString::fromStdString(path)).absoluteFilePath();
        const QString r = QDir(base).relativeFilePath(absolute);
        return r.startsWith(QStringLiteral("../")) ? absolute : r;
    };
    begin();
    try {
        QSqlQuery q(db());
        setMeta(q, QStringLiteral("dataset_path"), root);
        setMeta(q, QStringLiteral("label_file"), rel(index.labelFile));
        setMeta(q, QStringLiteral("fingerprint"), newFingerprint);
        q.prepare(QStringLiteral("UPDATE samples SET rel_path = ?, byte_offset = ?, source_line = ? WHERE id = ?"));
        for (auto it = m_sampleIds.cbegin(); it != m_sampleIds.cend(); ++it) {
            const Sample* s = byName.value(it.key());
            q.bindValue(0, rel(s->path));
            q.bindValue(1, static_cast<qint64>(s->offset));
            q.bindValue(2, s->sourceLine);
            q.bindValue(3, it.value());
            if (!q.exec())
                fail(q, QStringLiteral("relocating %1").arg(it.key()));
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

} // namespace arm
