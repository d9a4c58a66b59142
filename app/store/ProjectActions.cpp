#include "app/store/ProjectActions.h"

#include "engine/core/ExpressionClasses.h"
#include "engine/data/FileLimits.h"

#include <QFile>
#include <QTextStream>

namespace arm::project {

int parseLabel(const QStringList& classNames, const QString& text)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const int number = t.toInt(&isNumber);
    if (isNumber) {
        if (number >= 1 && number <= classNames.size())
            return number - 1;
        throw ProjectError(ProjectError::Kind::BadArgument,
                           QStringLiteral("label %1 is out of range (RAF-DB numbers 1..%2)").arg(t).arg(classNames.size()));
    }
    for (int i = 0; i < classNames.size(); ++i)
        if (classNames[i].compare(t, Qt::CaseInsensitive) == 0)
            return i;
    const int basic = ExpressionClasses::fromName(t.toStdString());
    if (basic >= 0 && basic < classNames.size())
        return basic;
    throw ProjectError(ProjectError::Kind::BadArgument,
                       QStringLiteral("unknown label '%1' (use 1..%2 or one of: %3)")
                           .arg(t)
                           .arg(classNames.size())
                           .arg(classNames.join(QStringLiteral(", "))));
}

std::vector<CsvRelabel> readRelabelCsv(const ProjectStore& store, const QString& csvPath)
{
    // A FIFO blocked open() forever and /dev/zero was read without end: only a regular file of a
    // sane size is read.
    try {
        FileLimits::check(csvPath.toStdString(), FileLimits::kMaxLabelFileBytes, "relabel list");
    } catch (const std::exception& e) {
        throw ProjectError(ProjectError::Kind::BadArgument, QString::fromStdString(e.what()));
    }
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw ProjectError(ProjectError::Kind::Io, QStringLiteral("%1: cannot read: %2").arg(csvPath, file.errorString()));
    const QStringList classes = store.classNames();
    std::vector<CsvRelabel> rows;
    QStringList problems;
    QTextStream in(&file);
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString raw = in.readLine();
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(QLatin1Char(','));
        for (QString& f : fields) {
            f = f.trimmed();
            if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"')))
                f = f.mid(1, f.size() - 2);
        }
        const QString where = QStringLiteral("%1:%2").arg(csvPath).arg(lineNo);
        if (rows.empty() && problems.isEmpty() && fields.size() == 2 &&
            fields[0].compare(QStringLiteral("sample"), Qt::CaseInsensitive) == 0 &&
            fields[1].compare(QStringLiteral("label"), Qt::CaseInsensitive) == 0)
            continue; // the optional header
        if (fields.size() != 2) {
            problems << QStringLiteral("%1: expected 'sample,label', got %2 field(s)").arg(where).arg(fields.size());
            continue;
        }
        if (!store.hasSample(fields[0])) {
            problems << QStringLiteral("%1: no sample named '%2' in the project").arg(where, fields[0]);
            continue;
        }
        try {
            rows.push_back({lineNo, fields[0], parseLabel(classes, fields[1])});
        } catch (const ProjectError& e) {
            problems << QStringLiteral("%1: %2").arg(where, QString::fromStdString(e.what()));
        }
    }
    if (!problems.isEmpty())
        throw ProjectError(ProjectError::Kind::BadArgument,
                           QStringLiteral("%1 bad line(s); nothing was applied:\n  %2")
                               .arg(problems.size())
                               .arg(problems.join(QStringLiteral("\n  "))));
    if (rows.empty())
        throw ProjectError(ProjectError::Kind::BadArgument, QStringLiteral("%1: no relabel lines").arg(csvPath));
    return rows;
}

std::vector<qint64> relabelFromCsv(ProjectStore& store, const QString& csvPath, EditSource source, const QString& note)
{
    const auto rows = readRelabelCsv(store, csvPath);
    std::vector<EditRequest> edits;
    edits.reserve(rows.size());
    for (const CsvRelabel& r : rows)
        edits.push_back({r.sample, r.label});
    return store.applyEdits(edits, source, note);
}

QString labelName(const QStringList& classNames, int label)
{
    return label < 0 ? QStringLiteral("none") : classNames.value(label);
}

QJsonObject editJson(const QStringList& classNames, const LabelEdit& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("sample"), e.sample},
                  {QStringLiteral("old"), e.oldLabel + 1},
                  {QStringLiteral("new"), e.newLabel + 1},
                  {QStringLiteral("old_name"), labelName(classNames, e.oldLabel)},
                  {QStringLiteral("new_name"), labelName(classNames, e.newLabel)},
                  {QStringLiteral("source"), toString(e.source)},
                  {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("note"), e.note},
                  {QStringLiteral("undone"), e.undone}};
    if (e.undone)
        o.insert(QStringLiteral("undone_time"), e.undoneTime.toString(Qt::ISODateWithMs));
    return o;
}

QJsonArray historyJson(const ProjectStore& store, bool includeUndone)
{
    const QStringList classes = store.classNames();
    QJsonArray list;
    for (const LabelEdit& e : store.history(includeUndone))
        list.append(editJson(classes, e));
    return list;
}

QString historyText(const ProjectStore& store)
{
    const QStringList classes = store.classNames();
    QString out;
    for (const LabelEdit& e : store.history(true))
        out += QStringLiteral("%1  %2  %3 -> %4  (%5%6)%7\n")
                   .arg(e.time.toString(Qt::ISODateWithMs), e.sample, labelName(classes, e.oldLabel),
                        labelName(classes, e.newLabel), toString(e.source),
                        e.undone ? QStringLiteral(", undone") : QString(),
                        e.note.isEmpty() ? QString() : QStringLiteral("  ") + e.note);
    return out;
}

} // namespace arm::project
