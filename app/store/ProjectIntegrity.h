#pragma once

#include <QString>

class QSqlDatabase;

namespace arm {

// Checks what a project file may not contain, before anything uses it: a project file can come from
// anywhere, and its rows steer exports and relabelling. Labels outside the project's classes (in the
// snapshot or the edit log) and stored paths that climb out of the dataset folder ('..') are refused
// with ProjectError(Corrupt) naming the file, the sample and the value.
class ProjectIntegrity {
public:
    static void check(const QSqlDatabase& database, const QString& path, int classCount);
};

} // namespace arm
