#pragma once

#include "app/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace arm::project {

// What `arm-cli project ...` and the GUI share, so the CLI command stays a thin layer of option parsing.

// A label as users type it: a RAF-DB number 1..N (1 Surprise ... 7 Neutral, 8+ for extra classes) or a
// class name / common spelling ("happy", "Happiness"). Returns the 0-based class index; throws
// ProjectError(BadArgument) naming the text otherwise.
int parseLabel(const QStringList& classNames, const QString& text);

struct CsvRelabel {
    int line = 0; // 1-based line in the CSV
    QString sample;
    int label = -1;
};

// Reads a `sample,label` CSV (header line optional, blank lines skipped). Validates EVERY line first and
// throws one ProjectError listing each bad line as "CSV:LINE: reason" when any is bad.
std::vector<CsvRelabel> readRelabelCsv(const ProjectStore& store, const QString& csvPath);

// readRelabelCsv + one all-or-nothing store transaction. Returns the edit ids once committed (durable).
std::vector<qint64> relabelFromCsv(ProjectStore& store, const QString& csvPath, EditSource source,
                                   const QString& note = {});

// The name of a class index as the history and change logs write it: "none" for -1 (no label yet,
// written as RAF-DB number 0 beside it).
QString labelName(const QStringList& classNames, int label);

// History entry: {id, sample, old, new, old_name, new_name, source, time, note, undone[, undone_time]}
// with old/new as RAF-DB numbers (class index + 1) and time in ISO 8601 UTC.
QJsonObject editJson(const QStringList& classNames, const LabelEdit& edit);
QJsonArray historyJson(const ProjectStore& store, bool includeUndone = true);
// One line per edit: "TIME  SAMPLE  OLD -> NEW  (source[, undone])".
QString historyText(const ProjectStore& store);

} // namespace arm::project
