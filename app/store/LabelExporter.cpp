#include "app/store/LabelExporter.h"

#include "app/store/ProjectActions.h"
#include "app/store/ProjectStore.h"
#include "engine/ExpressionClasses.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>

#include <map>

namespace arm {
namespace {

[[noreturn]] void fail(const QString& message)
{
    throw ProjectError(ProjectError::Kind::Io, message);
}

void writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
}

// Same file on disk? Compares canonical paths (follows links) of existing files.
bool sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

// Canonical path of `path` even when it does not exist yet: its deepest existing ancestor, canonical
// (links resolved), plus the rest.
QString resolvedPath(const QString& path)
{
    QString existing = QFileInfo(path).absoluteFilePath();
    QString rest;
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath()) {
        rest = QFileInfo(existing).fileName() + (rest.isEmpty() ? QString() : QLatin1Char('/') + rest);
        existing = QFileInfo(existing).absolutePath();
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return rest.isEmpty() ? canonical : QDir(canonical).filePath(rest);
}

bool isInside(const QString& dir, const QString& root)
{
    const QString d = resolvedPath(dir);
    const QString r = QFileInfo(root).canonicalFilePath();
    return !d.isEmpty() && !r.isEmpty() && (d == r || d.startsWith(r + QLatin1Char('/')));
}

// Byte range [begin, end) of field `column` in one CSV line, honouring double quotes.
std::pair<int, int> fieldRange(const QByteArray& line, int column)
{
    int field = 0;
    int start = 0;
    bool quoted = false;
    for (int i = 0; i <= line.size(); ++i) {
        const char c = i < line.size() ? line[i] : ',';
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            if (field == column)
                return {start, i};
            ++field;
            start = i + 1;
        }
    }
    return {-1, -1};
}

int columnIndex(const QByteArray& header, const char* name)
{
    const QList<QByteArray> fields = header.trimmed().split(',');
    for (int i = 0; i < fields.size(); ++i) {
        QByteArray f = fields[i].trimmed();
        if (f.startsWith('"') && f.endsWith('"') && f.size() >= 2)
            f = f.mid(1, f.size() - 2);
        if (f.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString stem(const QString& name)
{
    QString s = QFileInfo(name).completeBaseName();
    if (s.endsWith(QStringLiteral("_aligned")))
        s.chop(8);
    return s;
}

} // namespace

LabelExporter::LabelExporter(const ProjectStore& store) : m_store(store) {}

int LabelExporter::toFer2013Code(int classIndex)
{
    for (int code = 0; code < 7; ++code)
        if (ExpressionClasses::fromFer2013(code) == classIndex)
            return code;
    return -1;
}

int LabelExporter::toAffectNetCode(int classIndex)
{
    for (int code = 0; code < 8; ++code)
        if (ExpressionClasses::fromAffectNet(code) == classIndex)
            return code;
    return -1;
}

ExportReport LabelExporter::exportTo(const QString& outDir) const
{
    ExportReport report;
    report.outDir = QFileInfo(outDir).absoluteFilePath();
    if (QFileInfo(report.outDir).exists() && !QFileInfo(report.outDir).isDir())
        fail(QStringLiteral("%1: exists and is not a directory").arg(report.outDir));
    const QString format = m_store.datasetFormat();
    const bool folder = format == QStringLiteral("folder") || format == QStringLiteral("affectnet-folder");
    // Checked before anything is created: not even an empty folder may appear inside the dataset.
    if (folder && isInside(report.outDir, m_store.datasetPath()))
        fail(QStringLiteral("%1: refusing to export inside the original dataset %2")
                 .arg(report.outDir, m_store.datasetPath()));
    if (!QDir().mkpath(report.outDir))
        fail(QStringLiteral("%1: cannot create the export directory").arg(report.outDir));
    if (folder)
        exportFolder(report.outDir, report);
    else
        exportTextFormat(report.outDir, report);
    writeChangeLog(report.outDir, report);
    return report;
}

void LabelExporter::exportTextFormat(const QString& outDir, ExportReport& report) const
{
    const QString format = m_store.datasetFormat();
    const QString source = m_store.labelFile();
    if (source.isEmpty())
        fail(QStringLiteral("%1: the project records no label file for its %2 dataset").arg(m_store.filePath(), format));
    const QString target = QDir(outDir).filePath(QFileInfo(source).fileName());
    if (sameFile(target, source))
        fail(QStringLiteral("%1: refusing to overwrite the original label file; export to another directory")
                 .arg(target));
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot read the original label file (%2); relocate the dataset first")
                 .arg(source, in.errorString()));
    const QByteArray original = in.readAll();

    // Changed samples by the label-file line that defined them.
    std::map<int, SampleRecord> changedByLine;
    const auto samples = m_store.samples();
    report.samples = static_cast<int>(samples.size());
    for (const SampleRecord& s : samples) {
        if (s.currentLabel == s.originalLabel)
            continue;
        if (s.sourceLine <= 0)
            fail(QStringLiteral("%1: sample %2 has no line in %3, so its label cannot be written back")
                     .arg(m_store.filePath(), s.name, source));
        changedByLine[s.sourceLine] = s;
    }
    report.changed = static_cast<int>(changedByLine.size());

    int column = -1;
    if (format == QStringLiteral("fer2013") || format == QStringLiteral("affectnet")) {
        const QByteArray header = original.left(original.indexOf('\n'));
        column = columnIndex(header, format == QStringLiteral("fer2013") ? "emotion" : "expression");
        if (column < 0)
            fail(QStringLiteral("%1:1: no '%2' column in the header")
                     .arg(source, format == QStringLiteral("fer2013") ? QStringLiteral("emotion")
                                                                      : QStringLiteral("expression")));
    } else if (format != QStringLiteral("rafdb")) {
        fail(QStringLiteral("%1: cannot export labels of a '%2' dataset").arg(m_store.filePath(), format));
    }

    QByteArray out;
    out.reserve(original.size() + 64);
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < original.size()) {
        qsizetype end = original.indexOf('\n', pos);
        end = end < 0 ? original.size() : end + 1;
        ++lineNo;
        const auto it = changedByLine.find(lineNo);
        if (it == changedByLine.end()) {
            out.append(original.constData() + pos, end - pos);
            pos = end;
            continue;
        }
        const SampleRecord& s = it->second;
        QByteArray line = original.mid(pos, end - pos);
        QByteArray terminator;
        while (line.endsWith('\n') || line.endsWith('\r')) {
            terminator.prepend(line.back());
            line.chop(1);
        }
        const QString where = QStringLiteral("%1:%2").arg(source).arg(lineNo);
        // The label file must be the one the project was made from: check the line still belongs to
        // the sample (byte offset for FER2013, the name otherwise).
        if (s.offset != 0 ? static_cast<quint64>(pos) != s.offset
                          : (format != QStringLiteral("fer2013") &&
                             !QString::fromUtf8(line).contains(stem(s.name))))
            fail(QStringLiteral("%1: does not hold sample %2 any more; the label file changed since the project "
                                "was created")
                     .arg(where, s.name));
        if (format == QStringLiteral("rafdb")) {
            const QList<QByteArray> tokens = line.simplified().split(' ');
            if (tokens.size() < 2)
                fail(QStringLiteral("%1: expected 'name label'").arg(where));
            line = tokens[0] + ' ' + QByteArray::number(s.currentLabel + 1);
        } else {
            const int code = format == QStringLiteral("fer2013") ? toFer2013Code(s.currentLabel)
                                                                 : toAffectNetCode(s.currentLabel);
            if (code < 0)
                fail(QStringLiteral("%1: class %2 of sample %3 has no %4 code")
                         .arg(where, m_store.classNames().value(s.currentLabel), s.name, format));
            const auto [b, e] = fieldRange(line, column);
            if (b < 0)
                fail(QStringLiteral("%1: has no column %2").arg(where).arg(column + 1));
            line.replace(b, e - b, QByteArray::number(code));
        }
        out.append(line).append(terminator);
        pos = end;
    }
    writeAtomically(target, out);
    report.labelsFile = target;
}

void LabelExporter::exportFolder(const QString& outDir, ExportReport& report) const
{
    const auto samples = m_store.samples();
    report.samples = static_cast<int>(samples.size());
    // Class folder names as the dataset spelled them (the most common parent folder of each class's
    // original samples), falling back to the project's class names.
    std::vector<QMap<QString, int>> votes(static_cast<std::size_t>(m_store.classNames().size()));
    for (const SampleRecord& s : samples)
        if (s.originalLabel >= 0 && s.originalLabel < static_cast<int>(votes.size()))
            ++votes[static_cast<std::size_t>(s.originalLabel)][QFileInfo(s.relativePath).dir().dirName()];
    QStringList folderOf = m_store.classNames();
    for (int c = 0; c < folderOf.size(); ++c) {
        int best = 0;
        for (auto it = votes[static_cast<std::size_t>(c)].cbegin(); it != votes[static_cast<std::size_t>(c)].cend(); ++it)
            if (it.value() > best) {
                best = it.value();
                folderOf[c] = it.key();
            }
    }
    for (const SampleRecord& s : samples) {
        if (s.currentLabel != s.originalLabel)
            ++report.changed;
        // Keep what lies above the class folder (e.g. train/ or test/), swap the class folder.
        const QString prefix = QFileInfo(QFileInfo(s.relativePath).path()).path();
        const QString dir = QDir(outDir).filePath(prefix == QStringLiteral(".") ? folderOf[s.currentLabel]
                                                                                : prefix + QLatin1Char('/') +
                                                                                      folderOf[s.currentLabel]);
        if (!QDir().mkpath(dir))
            fail(QStringLiteral("%1: cannot create the class folder").arg(dir));
        const QString from = m_store.absolutePath(s);
        const QString to = QDir(dir).filePath(QFileInfo(s.relativePath).fileName());
        // A link there is a previous export's output (removing it leaves its target alone); a plain
        // file that IS the original must never be replaced.
        const bool link = QFileInfo(to).isSymLink();
        if (!link && sameFile(to, from))
            fail(QStringLiteral("%1: refusing to overwrite an original image").arg(to));
        if (link || QFileInfo::exists(to))
            QFile::remove(to);
        if (QFile::link(from, to)) {
            ++report.linked;
        } else if (QFile::copy(from, to)) {
            ++report.copied;
        } else {
            fail(QStringLiteral("%1: cannot link or copy %2").arg(to, from));
        }
    }
}

void LabelExporter::writeChangeLog(const QString& outDir, ExportReport& report) const
{
    const QStringList names = m_store.classNames();
    auto csvField = [](QString text) {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
            text = QLatin1Char('"') + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
        return text;
    };
    QString csv = QStringLiteral("sample,old,new,old_name,new_name,source,time,note\n");
    for (const LabelEdit& e : m_store.history(false))
        csv += QStringList{csvField(e.sample), QString::number(e.oldLabel + 1), QString::number(e.newLabel + 1),
                           csvField(names.value(e.oldLabel)), csvField(names.value(e.newLabel)), toString(e.source),
                           e.time.toString(Qt::ISODateWithMs), csvField(e.note)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    report.changeLogCsv = QDir(outDir).filePath(QStringLiteral("changes.csv"));
    writeAtomically(report.changeLogCsv, csv.toUtf8());
    report.changeLogJson = QDir(outDir).filePath(QStringLiteral("changes.json"));
    writeAtomically(report.changeLogJson, QJsonDocument(project::historyJson(m_store, false)).toJson());
}

} // namespace arm
