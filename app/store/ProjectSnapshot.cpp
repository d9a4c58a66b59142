#include "app/store/ProjectSnapshot.h"

#include "app/store/ProjectStore.h"
#include "app/store/ProjectTime.h"
#include "engine/data/DatasetIndex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace arm {

namespace {

// Our own names (the engine's toString lives with the dataset readers, which this library must not need).
QString formatNameOf(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::RafDb: return QStringLiteral("rafdb");
    case DatasetFormat::Fer2013: return QStringLiteral("fer2013");
    case DatasetFormat::AffectNetCsv: return QStringLiteral("affectnet");
    case DatasetFormat::AffectNetFolder: return QStringLiteral("affectnet-folder");
    case DatasetFormat::Folder: return QStringLiteral("folder");
    case DatasetFormat::Auto: break;
    }
    return QStringLiteral("auto");
}

QString splitName(Split split)
{
    switch (split) {
    case Split::Train: return QStringLiteral("train");
    case Split::Test: return QStringLiteral("test");
    case Split::Validation: return QStringLiteral("validation");
    }
    return QStringLiteral("train");
}

} // namespace

QString ProjectSnapshot::formatName(DatasetFormat format)
{
    return arm::formatNameOf(format);
}

QString ProjectSnapshot::baseDirOf(const QString& root)
{
    const QFileInfo info(root);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

QString ProjectSnapshot::relativeTo(const QString& base, const QString& path)
{
    if (path.isEmpty())
        return {};
    // Absolute first: a relative path from the reader is relative to the working directory, not `base`.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString rel = QDir(base).relativeFilePath(absolute);
    return rel.startsWith(QStringLiteral("../")) ? absolute : rel;
}

QString ProjectSnapshot::fingerprint(const DatasetIndex& index)
{
    // Unlabelled samples count with their label -1: a dataset without any hashes as it always did, and
    // labelling one in the dataset's own files (0 -> 3) changes the fingerprint like any other relabel.
    std::vector<std::pair<std::string, const Sample*>> sorted;
    sorted.reserve(index.samples.size() + index.unlabelled.size());
    for (const std::vector<Sample>* list : {&index.samples, &index.unlabelled})
        for (const Sample& s : *list)
            sorted.emplace_back(s.name, &s);
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QHash<QString, qint64> sizes; // FER2013 samples all share one CSV: stat it once
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto& [name, sample] : sorted) {
        const QString path = QString::fromStdString(sample->path);
        auto it = sizes.find(path);
        if (it == sizes.end())
            it = sizes.insert(path, QFileInfo(path).size());
        hash.addData(QStringLiteral("%1\t%2\t%3\n")
                         .arg(QString::fromStdString(name))
                         .arg(sample->label)
                         .arg(it.value())
                         .toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString ProjectSnapshot::write(QSqlDatabase& database, const DatasetIndex& index)
{
    QString error;
    auto run = [&](QSqlQuery& q, bool ok) {
        if (!ok && error.isEmpty())
            error = q.lastError().text();
        return ok;
    };
    QSqlQuery q(database);
    const QString root = QFileInfo(QString::fromStdString(index.root)).absoluteFilePath();
    const QString base = baseDirOf(root);
    QJsonArray classes;
    for (const auto& name : index.classNames)
        classes.append(QString::fromStdString(name));
    const std::pair<QString, QString> metaRows[] = {
        {QStringLiteral("dataset_path"), root},
        {QStringLiteral("dataset_format"), formatName(index.format)},
        {QStringLiteral("label_file"), relativeTo(base, QString::fromStdString(index.labelFile))},
        {QStringLiteral("fingerprint"), fingerprint(index)},
        {QStringLiteral("class_names"),
         QString::fromUtf8(QJsonDocument(classes).toJson(QJsonDocument::Compact))},
        {QStringLiteral("created"), ProjectTime::now()},
        {QStringLiteral("app_version"), QStringLiteral(ARM_VERSION)},
    };
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] : metaRows) {
        q.bindValue(0, key);
        q.bindValue(1, value.isNull() ? QStringLiteral("") : value); // null binds as SQL NULL
        run(q, q.exec());
    }
    q.prepare(QStringLiteral("INSERT INTO samples (name, label, split, rel_path, byte_offset, source_line)"
             " VALUES (?, ?, ?, ?, ?, ?)"));
    // The labelled samples first, then those with no label yet (label -1, "none"), in the order the
    // gallery shows them. An annotator labels the latter through ordinary edits whose old label is -1.
    std::vector<std::pair<const Sample*, bool>> all; // (sample, has no label yet)
    all.reserve(index.samples.size() + index.unlabelled.size());
    for (const Sample& s : index.samples)
        all.emplace_back(&s, false);
    for (const Sample& s : index.unlabelled)
        all.emplace_back(&s, true);
    for (const auto& [sample, unlabelled] : all) {
        if (!error.isEmpty())
            break;
        const Sample& s = *sample;
        // Names and paths go through QString (UTF-16): bytes that are not UTF-8 would come back as
        // replacement characters, and the stored path would then lead nowhere (a dangling export).
        if (QString::fromStdString(s.name).toStdString() != s.name ||
            QString::fromStdString(s.path).toStdString() != s.path) {
            error = QStringLiteral("the file name of sample %1 is not valid UTF-8; rename the file "
                   "(for example with convmv) and create the project again")
                .arg(QString::fromStdString(s.name));
            break;
        }
        if (unlabelled ? s.label != -1 : (s.label < 0 || s.label >= index.numClasses())) {
            error = QStringLiteral("sample %1 has label %2 outside the %3 classes")
                .arg(QString::fromStdString(s.name))
                .arg(s.label)
                .arg(index.numClasses());
            break;
        }
        q.bindValue(0, QString::fromStdString(s.name));
        q.bindValue(1, s.label);
        q.bindValue(2, splitName(s.split));
        q.bindValue(3, relativeTo(base, QString::fromStdString(s.path)));
        q.bindValue(4, static_cast<qint64>(s.offset));
        q.bindValue(5, s.sourceLine);
        if (!run(q, q.exec()) && q.lastError().text().contains(QStringLiteral("UNIQUE")))
            error = QStringLiteral("sample name %1 appears twice in the dataset index")
                .arg(QString::fromStdString(s.name));
    }
    return error;
}

} // namespace arm
