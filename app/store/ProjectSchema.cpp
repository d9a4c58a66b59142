#include "app/store/ProjectSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <stdexcept>
#include <vector>

namespace arm {
namespace {

struct Step {
    const char* what;
    std::vector<const char*> statements;
};

// Migration i moves user_version i -> i + 1.
const std::vector<Step>& steps()
{
    static const std::vector<Step> list = {
        {"v1: initial schema",
         {
             // Key/value project metadata: dataset_path, dataset_format, label_file, fingerprint,
             // class_names (JSON array), created, app_version.
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             // Snapshot of the index at create(): edits refer to samples by id, so they survive a moved
             // or changed dataset. rel_path is relative to the dataset's base directory.
             "CREATE TABLE samples (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
             " label INTEGER NOT NULL, split TEXT NOT NULL, rel_path TEXT NOT NULL,"
             " byte_offset INTEGER NOT NULL DEFAULT 0, source_line INTEGER NOT NULL DEFAULT 0)",
             // Append-only edit log; undo sets `undone` instead of deleting, so history stays complete.
             "CREATE TABLE edits (id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " sample_id INTEGER NOT NULL REFERENCES samples(id),"
             " old_label INTEGER NOT NULL, new_label INTEGER NOT NULL,"
             " source TEXT NOT NULL CHECK (source IN ('human', 'suggestion', 'rule')),"
             " time TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
             " undone INTEGER NOT NULL DEFAULT 0, undone_time TEXT)",
             "CREATE INDEX edits_by_sample ON edits (sample_id, undone, id)",
             "CREATE TABLE flags (sample_id INTEGER NOT NULL REFERENCES samples(id), kind TEXT NOT NULL,"
             " note TEXT NOT NULL DEFAULT '', time TEXT NOT NULL, PRIMARY KEY (sample_id, kind))",
             // probabilities: little-endian float32 array, one per class.
             "CREATE TABLE predictions (model_fp TEXT NOT NULL,"
             " sample_id INTEGER NOT NULL REFERENCES samples(id), probabilities BLOB NOT NULL,"
             " loss REAL NOT NULL, time TEXT NOT NULL, PRIMARY KEY (model_fp, sample_id))",
             "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL,"
             " settings TEXT NOT NULL, metrics TEXT NOT NULL, checkpoint TEXT NOT NULL DEFAULT '')",
         }},
        // {"v2: ...", {"ALTER TABLE ..."}},
    };
    return list;
}

} // namespace

int ProjectSchema::latestVersion()
{
    return static_cast<int>(steps().size());
}

void ProjectSchema::migrate(QSqlDatabase& db, int fromVersion)
{
    const auto& list = steps();
    for (int version = fromVersion; version < latestVersion(); ++version) {
        const Step& step = list[static_cast<std::size_t>(version)];
        for (const char* sql : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromLatin1(sql)))
                throw std::runtime_error(std::string("schema migration '") + step.what + "' failed: " +
                                         query.lastError().text().toStdString());
        }
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())))
        throw std::runtime_error("cannot set the schema version: " + query.lastError().text().toStdString());
}

} // namespace arm
