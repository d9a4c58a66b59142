#include "app/store/ProjectIntegrity.h"

#include "app/store/ProjectStore.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace arm {
namespace {

[[noreturn]] void corrupt(const QString& path, const QString& what)
{
    throw ProjectError(ProjectError::Kind::Corrupt,
                       QStringLiteral("%1: %2; the project file was altered or damaged and was left untouched")
                           .arg(path, what));
}

QSqlQuery run(const QSqlDatabase& database, const QString& path, const QString& sql)
{
    QSqlQuery q(database);
    if (!q.exec(sql))
        corrupt(path, QStringLiteral("cannot be read (%1)").arg(q.lastError().text()));
    return q;
}

} // namespace

void ProjectIntegrity::check(const QSqlDatabase& database, const QString& path, int classCount)
{
    // A damaged file first: SQLite may then answer the same question differently by index and by table
    // (fuzz_project found an edit whose label read 109 through the index while the checks below, reading
    // the table, saw nothing wrong).
    QSqlQuery health = run(database, path, QStringLiteral("PRAGMA quick_check"));
    if (!health.next() || health.value(0).toString() != QLatin1String("ok"))
        corrupt(path, QStringLiteral("is damaged (SQLite's check says: %1)")
                          .arg(health.value(0).toString().simplified().left(200)));
    // Label -1 is "no label yet": a sample may start without one (an edit's old label may then be -1),
    // but no edit ever sets it; undoing the edits brings it back.
    const QString range = QString::number(classCount);
    QSqlQuery q = run(database, path,
                      QStringLiteral("SELECT name, label FROM samples WHERE label < -1 OR label >= %1 LIMIT 1").arg(range));
    if (q.next())
        corrupt(path, QStringLiteral("sample %1 has the label %2, outside the project's %3 classes")
                          .arg(q.value(0).toString())
                          .arg(q.value(1).toLongLong() + 1)
                          .arg(classCount));
    q = run(database, path,
            QStringLiteral("SELECT s.name, e.id, e.old_label, e.new_label FROM edits e JOIN samples s ON s.id = e.sample_id"
                           " WHERE e.old_label < -1 OR e.old_label >= %1 OR e.new_label < 0 OR e.new_label >= %1 LIMIT 1")
                .arg(range));
    if (q.next())
        corrupt(path, QStringLiteral("edit %1 of sample %2 sets the label %3 -> %4, outside the project's %5 classes")
                          .arg(q.value(1).toLongLong())
                          .arg(q.value(0).toString())
                          .arg(q.value(2).toLongLong() + 1)
                          .arg(q.value(3).toLongLong() + 1)
                          .arg(classCount));
    q = run(database, path,
            QStringLiteral("SELECT e.id, s.name, e.source FROM edits e JOIN samples s ON s.id = e.sample_id"));
    while (q.next()) {
        try {
            editSourceFromString(q.value(2).toString());
        } catch (const ProjectError&) {
            corrupt(path, QStringLiteral("edit %1 of sample %2 has the source '%3', not human, suggestion or rule")
                              .arg(q.value(0).toLongLong())
                              .arg(q.value(1).toString(), q.value(2).toString()));
        }
    }
    q = run(database, path, QStringLiteral("SELECT COUNT(*) FROM edits WHERE sample_id NOT IN (SELECT id FROM samples)"));
    if (q.next() && q.value(0).toLongLong() > 0)
        corrupt(path, QStringLiteral("%1 edit(s) refer to samples that are not in the project").arg(q.value(0).toLongLong()));
    q = run(database, path, QStringLiteral("SELECT name, rel_path FROM samples"));
    while (q.next()) {
        const QString rel = QDir::fromNativeSeparators(q.value(1).toString());
        const QString name = q.value(0).toString();
        if (name.isEmpty() || rel.isEmpty())
            corrupt(path, QStringLiteral("a sample without a name or path"));
        if (QDir::isAbsolutePath(rel))
            continue; // a sample that lay outside the dataset root when the project was made
        for (const QString& part : rel.split(QLatin1Char('/')))
            if (part == QStringLiteral(".."))
                corrupt(path, QStringLiteral("sample %1 has the path '%2', which leaves the dataset folder")
                                  .arg(name, rel));
    }
}

} // namespace arm
