// ProjectStore: the per-model prediction cache and the training-run log (see ProjectStore.cpp for the
// file handling, ProjectStoreEdits.cpp for samples, edits and flags).
#include "app/store/ProjectStore.h"
#include "app/store/ProjectSchema.h"

#include "app/store/ProjectTime.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>

namespace arm {

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "prediction blobs are stored as little-endian float32");

void ProjectStore::putPredictions(const QString& modelFingerprint, const QHash<QString, CachedPrediction>& predictions)
{
    requireWritable("cache predictions");
    for (auto it = predictions.cbegin(); it != predictions.cend(); ++it)
        sampleId(it.key());
    begin();
    try {
        const QString time = ProjectTime::now();
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO predictions (model_fp, sample_id, probabilities, loss, time)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        for (auto it = predictions.cbegin(); it != predictions.cend(); ++it) {
            const auto& p = it.value().probabilities;
            q.bindValue(0, modelFingerprint);
            q.bindValue(1, sampleId(it.key()));
            q.bindValue(2, QByteArray(reinterpret_cast<const char*>(p.data()),
                                      static_cast<qsizetype>(p.size() * sizeof(float))));
            q.bindValue(3, it.value().loss);
            q.bindValue(4, time);
            if (!q.exec())
                fail(q, QStringLiteral("caching the prediction of %1").arg(it.key()));
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

namespace {
CachedPrediction readPrediction(const QSqlQuery& q, int blobColumn)
{
    CachedPrediction p;
    const QByteArray blob = q.value(blobColumn).toByteArray();
    p.probabilities.resize(static_cast<std::size_t>(blob.size()) / sizeof(float));
    std::memcpy(p.probabilities.data(), blob.constData(), p.probabilities.size() * sizeof(float));
    p.loss = q.value(blobColumn + 1).toDouble();
    return p;
}
} // namespace

std::optional<CachedPrediction> ProjectStore::prediction(const QString& sample, const QString& modelFingerprint) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT probabilities, loss FROM predictions WHERE model_fp = ? AND sample_id = ?"));
    q.bindValue(0, modelFingerprint);
    q.bindValue(1, sampleId(sample));
    if (!q.exec())
        fail(q, QStringLiteral("reading the cached prediction of %1").arg(sample));
    if (!q.next())
        return std::nullopt;
    return readPrediction(q, 0);
}

QHash<QString, CachedPrediction> ProjectStore::predictions(const QString& modelFingerprint) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sample_id, probabilities, loss FROM predictions WHERE model_fp = ?"));
    q.bindValue(0, modelFingerprint);
    if (!q.exec())
        fail(q, QStringLiteral("reading cached predictions"));
    QHash<QString, CachedPrediction> out;
    while (q.next())
        out.insert(m_sampleNames.value(q.value(0).toLongLong()), readPrediction(q, 1));
    return out;
}

void ProjectStore::clearPredictions(const QString& modelFingerprint)
{
    requireWritable("clear cached predictions");
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM predictions WHERE model_fp = ?"));
    q.bindValue(0, modelFingerprint);
    if (!q.exec())
        fail(q, QStringLiteral("clearing cached predictions"));
}

qint64 ProjectStore::addRun(const QString& settingsJson, const QString& metricsJson, const QString& checkpointPath)
{
    requireWritable("record a training run");
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO runs (time, settings, metrics, checkpoint) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, ProjectTime::now());
    q.bindValue(1, ProjectSchema::notNull(settingsJson));
    q.bindValue(2, ProjectSchema::notNull(metricsJson));
    q.bindValue(3, ProjectSchema::notNull(checkpointPath));
    if (!q.exec())
        fail(q, QStringLiteral("recording a training run"));
    return q.lastInsertId().toLongLong();
}

void ProjectStore::updateRunMetrics(qint64 runId, const QString& metricsJson)
{
    requireWritable("update a training run");
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET metrics = ? WHERE id = ?"));
    q.bindValue(0, ProjectSchema::notNull(metricsJson));
    q.bindValue(1, runId);
    if (!q.exec())
        fail(q, QStringLiteral("updating training run %1").arg(runId));
    if (q.numRowsAffected() != 1)
        throw ProjectError(ProjectError::Kind::BadArgument,
                           QStringLiteral("%1: no training run with id %2").arg(m_path).arg(runId));
}

std::vector<TrainingRun> ProjectStore::runs() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, time, settings, metrics, checkpoint FROM runs ORDER BY id")))
        fail(q, QStringLiteral("listing training runs"));
    std::vector<TrainingRun> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), ProjectTime::parse(q.value(1).toString()), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace arm
