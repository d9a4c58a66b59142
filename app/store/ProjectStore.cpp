#include "app/store/ProjectStore.h"

#include "app/store/ProjectIntegrity.h"
#include "app/store/ProjectSchema.h"
#include "app/store/ProjectSnapshot.h"
#include "app/store/ProjectTime.h"
#include "engine/data/DatasetIndex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstring>

namespace arm {
namespace {

const QString kSqliteMagic = QStringLiteral("SQLite format 3");

// Validates the file's header bytes before SQLite ever touches it, so a foreign or corrupt file is
// only read, never opened read-write (opening could create journals or switch journal modes).
void checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        throw ProjectError(ProjectError::Kind::Io, QStringLiteral("%1: no such project file").arg(path));
    // Opening a named pipe or a device would block or read forever: only regular files are projects.
    if (!QFileInfo(path).isFile())
        throw ProjectError(ProjectError::Kind::NotAProject,
                           QStringLiteral("%1: not a regular file (a folder, pipe or device), so not a project")
                               .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw ProjectError(ProjectError::Kind::Io,
                           QStringLiteral("%1: cannot read the project file: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || std::memcmp(header.constData(), "SQLite format 3\0", 16) != 0)
        throw ProjectError(ProjectError::Kind::NotAProject,
                           QStringLiteral("%1: not an ARM Inspector project (not an SQLite database); "
                                          "the file was left untouched")
                               .arg(path));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 appId = (quint32(bytes[68]) << 24) | (quint32(bytes[69]) << 16) | (quint32(bytes[70]) << 8) |
                          quint32(bytes[71]);
    if (appId != ProjectStore::kApplicationId)
        throw ProjectError(ProjectError::Kind::NotAProject,
                           QStringLiteral("%1: an SQLite database, but not an ARM Inspector project; "
                                          "the file was left untouched")
                               .arg(path));
}

} // namespace

ProjectError::ProjectError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind)
{
}

QString toString(EditSource source)
{
    switch (source) {
    case EditSource::Human: return QStringLiteral("human");
    case EditSource::Suggestion: return QStringLiteral("suggestion");
    case EditSource::Rule: return QStringLiteral("rule");
    }
    return QStringLiteral("human");
}

EditSource editSourceFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("human"))
        return EditSource::Human;
    if (t == QStringLiteral("suggestion"))
        return EditSource::Suggestion;
    if (t == QStringLiteral("rule"))
        return EditSource::Rule;
    throw ProjectError(ProjectError::Kind::BadArgument,
                       QStringLiteral("unknown edit source '%1' (expected human, suggestion or rule)").arg(text));
}

ProjectStore::ProjectStore(const QString& path, QObject* parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath()),
      m_connection(QStringLiteral("armproj-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ProjectStore::~ProjectStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connection, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_lock)
        m_lock->unlock();
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path, const DatasetIndex& index, QObject* parent)
{
    const QFileInfo target(path);
    if (target.exists())
        throw ProjectError(ProjectError::Kind::AlreadyExists,
                           QStringLiteral("%1: already exists; a new project never overwrites a file").arg(path));
    // Samples with no label yet are enough: labelling a dataset from scratch is what the project is for.
    if (index.samples.empty() && index.unlabelled.empty())
        throw ProjectError(ProjectError::Kind::BadArgument,
                           QStringLiteral("%1: the dataset %2 has no good samples")
                               .arg(path, QString::fromStdString(index.root)));
    if (index.classNames.empty())
        throw ProjectError(ProjectError::Kind::BadArgument,
                           QStringLiteral("%1: the dataset index has no class names").arg(path));

    // Build the whole file under a temporary name and rename it into place, so a crash during create
    // never leaves a half-made project at `path`.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".creating");
    QFile::remove(partial);
    const QString connection = QStringLiteral("armproj-create-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(partial);
        if (!database.open()) {
            error = database.lastError().text();
        } else {
            auto run = [&](QSqlQuery& q, bool ok) {
                if (!ok && error.isEmpty())
                    error = q.lastError().text();
                return ok;
            };
            QSqlQuery q(database);
            run(q, q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
            database.transaction();
            try {
                ProjectSchema::migrate(database, 0);
            } catch (const std::exception& e) {
                error = QString::fromStdString(e.what());
            }
            if (error.isEmpty())
                error = ProjectSnapshot::write(database, index);
            if (error.isEmpty() && !database.commit())
                error = database.lastError().text();
            if (!error.isEmpty())
                database.rollback();
            else
                run(q, q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            q.finish();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (error.isEmpty() && !QFile::rename(partial, target.absoluteFilePath()))
        error = QStringLiteral("cannot move the new project into place");
    if (!error.isEmpty()) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        throw ProjectError(ProjectError::Kind::Io, QStringLiteral("%1: cannot create the project: %2").arg(path, error));
    }
    return open(target.absoluteFilePath(), parent);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path, QObject* parent)
{
    return open(path, 0, parent);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path, int lockWaitMs, QObject* parent)
{
    static_assert(kSchemaVersion > 0, "schema versions start at 1");
    Q_ASSERT(ProjectSchema::latestVersion() == kSchemaVersion);
    checkHeader(path);
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, parent));

    // Stale-lock time 0: a lock is stale only when its process is gone (QLockFile checks the pid on the
    // same host), never merely because the first instance has been running for a while.
    store->m_lock = std::make_unique<QLockFile>(store->m_path + QStringLiteral(".lock"));
    store->m_lock->setStaleLockTime(0);
    if (!store->m_lock->tryLock(std::max(0, lockWaitMs))) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (store->m_lock->error() == QLockFile::LockFailedError && store->m_lock->getLockInfo(&pid, &host, &app))
            store->m_readOnlyReason =
                QStringLiteral("opened read-only: another ARM Inspector (pid %1 on host %2) has it open")
                    .arg(pid)
                    .arg(host.isEmpty() ? QStringLiteral("?") : host);
        else if (store->m_lock->error() == QLockFile::PermissionError)
            store->m_readOnlyReason =
                QStringLiteral("opened read-only: the folder of %1 is not writable").arg(store->m_path);
        else
            store->m_readOnlyReason =
                QStringLiteral("opened read-only: the lock file %1.lock could not be taken").arg(store->m_path);
        store->m_lock.reset();
    }
    store->openConnection(store->isReadOnly());
    return store;
}

void ProjectStore::openConnection(bool readOnly)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    database.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open())
        throw ProjectError(ProjectError::Kind::Io,
                           QStringLiteral("%1: cannot open the project: %2").arg(m_path, database.lastError().text()));

    // Nothing is written before the checks below pass: a corrupt or newer file must stay as it was.
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw ProjectError(ProjectError::Kind::Corrupt,
                           QStringLiteral("%1: the project file is damaged (%2); the file was left untouched")
                               .arg(m_path, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        throw ProjectError(ProjectError::Kind::NewerSchema,
                           QStringLiteral("%1: written by a newer ARM Inspector (project schema v%2; this version "
                                          "reads up to v%3); update the application to open it")
                               .arg(m_path)
                               .arg(version)
                               .arg(kSchemaVersion));
    if (version < 1)
        throw ProjectError(ProjectError::Kind::Corrupt,
                           QStringLiteral("%1: the project file has no schema (an interrupted create?); "
                                          "the file was left untouched")
                               .arg(m_path));
    if (!readOnly) {
        // synchronous=FULL: with WAL, NORMAL already survives a process crash (kill -9) because committed
        // frames sit in the OS page cache, but it may lose the last commits on power loss or an OS crash.
        // An acknowledged label edit must never be lost, and an fsync per human edit is cheap.
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.finish();
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (version < kSchemaVersion) {
            database.transaction();
            try {
                ProjectSchema::migrate(database, version);
            } catch (const std::exception& e) {
                database.rollback();
                throw ProjectError(ProjectError::Kind::Corrupt,
                                   QStringLiteral("%1: %2").arg(m_path, QString::fromStdString(e.what())));
            }
            if (!database.commit())
                throw ProjectError(ProjectError::Kind::Io, QStringLiteral("%1: cannot save the schema upgrade: %2")
                                                               .arg(m_path, database.lastError().text()));
        }
    } else if (version < kSchemaVersion) {
        throw ProjectError(ProjectError::Kind::ReadOnly,
                           QStringLiteral("%1: an older project (v%2) that must be upgraded, but %3")
                               .arg(m_path)
                               .arg(version)
                               .arg(m_readOnlyReason));
    }
    loadSampleIds();
    m_classCount = static_cast<int>(classNames().size());
    if (m_classCount == 0 || datasetPath().isEmpty())
        throw ProjectError(ProjectError::Kind::Corrupt,
                           QStringLiteral("%1: the project file lacks its dataset reference").arg(m_path));
    ProjectIntegrity::check(database, m_path, m_classCount);
}

void ProjectStore::loadSampleIds()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, name FROM samples")))
        throw ProjectError(ProjectError::Kind::Corrupt, QStringLiteral("%1: the project file is damaged (%2)")
                                                            .arg(m_path, q.lastError().text()));
    while (q.next()) {
        m_sampleIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_sampleNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
}

QSqlDatabase ProjectStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void ProjectStore::fail(const QSqlQuery& query, const QString& what) const
{
    throw ProjectError(ProjectError::Kind::Io,
                       QStringLiteral("%1: %2 failed: %3").arg(m_path, what, query.lastError().text()));
}

void ProjectStore::requireWritable(const char* what) const
{
    if (isReadOnly())
        throw ProjectError(ProjectError::Kind::ReadOnly,
                           QStringLiteral("%1: cannot %2: %3").arg(m_path, QString::fromLatin1(what), m_readOnlyReason));
}

void ProjectStore::begin()
{
    if (!db().transaction())
        throw ProjectError(ProjectError::Kind::Io,
                           QStringLiteral("%1: cannot start a transaction: %2").arg(m_path, db().lastError().text()));
}

void ProjectStore::commit()
{
    if (!db().commit()) {
        const QString message = db().lastError().text();
        rollback();
        throw ProjectError(ProjectError::Kind::Io, QStringLiteral("%1: cannot commit: %2").arg(m_path, message));
    }
}

void ProjectStore::rollback() noexcept
{
    db().rollback();
}

qint64 ProjectStore::sampleId(const QString& sample) const
{
    const auto it = m_sampleIds.constFind(sample);
    if (it == m_sampleIds.constEnd())
        throw ProjectError(ProjectError::Kind::BadArgument,
                           QStringLiteral("%1: no sample named '%2' in the project").arg(m_path, sample));
    return it.value();
}

void ProjectStore::checkLabel(int label) const
{
    if (label < 0 || label >= m_classCount)
        throw ProjectError(ProjectError::Kind::BadArgument,
                           QStringLiteral("%1: label index %2 is outside the project's %3 classes")
                               .arg(m_path)
                               .arg(label)
                               .arg(m_classCount));
}

QString ProjectStore::meta(const QString& key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec())
        fail(q, QStringLiteral("reading %1").arg(key));
    return q.next() ? q.value(0).toString() : QString();
}

void ProjectStore::setMeta(QSqlQuery& q, const QString& key, const QString& value)
{
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec())
        fail(q, QStringLiteral("writing %1").arg(key));
}

int ProjectStore::schemaVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString ProjectStore::datasetPath() const { return meta(QStringLiteral("dataset_path")); }
QString ProjectStore::datasetFormat() const { return meta(QStringLiteral("dataset_format")); }
QString ProjectStore::datasetFingerprint() const { return meta(QStringLiteral("fingerprint")); }
QDateTime ProjectStore::created() const { return ProjectTime::parse(meta(QStringLiteral("created"))); }

QString ProjectStore::labelFile() const
{
    const QString rel = meta(QStringLiteral("label_file"));
    if (rel.isEmpty())
        return {};
    return QDir(ProjectSnapshot::baseDirOf(datasetPath())).absoluteFilePath(rel);
}

QStringList ProjectStore::classNames() const
{
    QStringList names;
    for (const auto& v : QJsonDocument::fromJson(meta(QStringLiteral("class_names")).toUtf8()).array())
        names << v.toString();
    return names;
}

QString ProjectStore::absolutePath(const SampleRecord& sample) const
{
    return QDir(ProjectSnapshot::baseDirOf(datasetPath())).absoluteFilePath(sample.relativePath);
}

bool ProjectStore::datasetAvailable() const
{
    return QFileInfo::exists(datasetPath());
}

QString ProjectStore::integrityCheck() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace arm

namespace arm {

QString ProjectStore::fingerprint(const DatasetIndex& index)
{
    return ProjectSnapshot::fingerprint(index);
}

} // namespace arm
