#pragma once

#include <QString>

class QSqlDatabase;

namespace arm {

// The project file's schema as an ordered list of migrations: migration i takes `user_version` i to
// i + 1. Version 0 is an empty database (create()); to add v2, append one step to the list in
// ProjectSchema.cpp and bump ProjectStore::kSchemaVersion. Never edit a step that has shipped.
class ProjectSchema {
public:
    static int latestVersion();
    // Runs every step from `fromVersion` to latestVersion() inside the caller's transaction and sets
    // PRAGMA user_version. Throws std::runtime_error naming the step and the SQLite error.
    static void migrate(QSqlDatabase& db, int fromVersion);
    // The text to bind for a NOT NULL text column: a null QString would bind as SQL NULL.
    static QString notNull(const QString& text) { return text.isNull() ? QStringLiteral("") : text; }
};

} // namespace arm
