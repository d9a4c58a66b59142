#pragma once

#include <QString>

class QSqlDatabase;

namespace arm {

struct DatasetIndex;
enum class DatasetFormat;

// The dataset snapshot a project is made from: the meta rows (dataset path, format, label file,
// fingerprint, class names) and one row per sample, with paths stored relative to the dataset's base
// folder. Edits refer to these rows, so they survive a moved or changed dataset.
class ProjectSnapshot {
public:
    // Writes the snapshot into a freshly migrated database (inside the caller's transaction). Returns
    // "" or what went wrong, naming the sample.
    static QString write(QSqlDatabase& database, const DatasetIndex& index);
    // Content fingerprint of an index: SHA-256 over the sorted (name, label, file size) list.
    static QString fingerprint(const DatasetIndex& index);
    static QString formatName(DatasetFormat format);
    // The folder sample paths are stored relative to: the root itself, or its folder when the user
    // opened a file (a FER2013 or AffectNet CSV).
    static QString baseDirOf(const QString& root);
    static QString relativeTo(const QString& base, const QString& path);
};

} // namespace arm
