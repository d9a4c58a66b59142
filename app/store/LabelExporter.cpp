#include "app/store/LabelExporter.h"

#include "app/store/ProjectActions.h"
#include "app/store/ProjectStore.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/data/FileLimits.h"

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

LabelExporter::LabelExporter(const ProjectStore& store, ExportOptions options) : m_store(store), m_options(options)
{
}

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
    // Regular files only, size-bounded: a label file replaced by a FIFO blocked here forever, and one at
    // /dev/zero was read until memory ran out (both found by the campaign).
    QByteArray original;
    try {
        const std::vector<unsigned char> bytes =
            FileLimits::readAll(source.toStdString(), FileLimits::kMaxCsvBytes, "original label file");
        original = QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    } catch (const std::exception& e) {
        fail(QStringLiteral("%1; relocate the dataset first").arg(QString::fromStdString(e.what())));
    }

    // Changed samples by the label-file line that defined them.
    std::map<int, SampleRecord> changedByLine;
    const auto samples = m_store.samples();
    report.samples = static_cast<int>(samples.size());
    const int classCount = static_cast<int>(m_store.classNames().size());
    for (const SampleRecord& s : samples) {
        if (s.currentLabel >= 0)
            ++report.labelled;
        if (s.currentLabel == s.originalLabel)
            continue;
        checkLabel(s, classCount);
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

    const bool rafdb = format == QStringLiteral("rafdb");
    const bool keepUnlabelled = m_options.unlabelled == UnlabelledExport::KeepMarked;
    report.unlabelledKept = keepUnlabelled;
    QByteArray out;
    out.reserve(original.size() + 64);
    std::map<int, QByteArray> written; // output line -> the line as written, checked after the write
    int lineNo = 0;
    int outLine = 0; // lines left out shift the output's numbering
    qsizetype pos = 0;
    while (pos < original.size()) {
        qsizetype end = original.indexOf('\n', pos);
        end = end < 0 ? original.size() : end + 1;
        ++lineNo;
        const auto it = changedByLine.find(lineNo);
        if (it == changedByLine.end()) {
            // RAF-DB's label 0 is "not labelled yet" (what the readers hold apart): the sample was
            // never labelled, here or in the list. Judged on the line itself, so a list line the project
            // does not know (a project made before it was added) is treated alike.
            const QList<QByteArray> tokens =
                rafdb ? original.mid(pos, end - pos).simplified().split(' ') : QList<QByteArray>();
            const bool unlabelled = tokens.size() >= 2 && tokens[1] == "0";
            if (unlabelled)
                ++report.unlabelled;
            if (!unlabelled || keepUnlabelled) {
                out.append(original.constData() + pos, end - pos);
                ++outLine;
            }
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
            written[outLine + 1] = line;
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
            written[outLine + 1] = line;
        }
        out.append(line).append(terminator);
        ++outLine;
        pos = end;
    }
    // Every edit must have found its line: a label file that lost lines since the project was made
    // would otherwise drop edits silently while the report still counted them.
    QStringList missing;
    if (written.size() != changedByLine.size())
        for (const auto& [line, sample] : changedByLine)
            if (line > lineNo)
                missing << QStringLiteral("%1 (line %2)").arg(sample.name).arg(line);
    if (!missing.isEmpty())
        fail(QStringLiteral("%1: has only %2 lines, so %3 edit(s) cannot be written: %4; the label file changed "
                            "since the project was created (nothing was exported)")
                 .arg(source)
                 .arg(lineNo)
                 .arg(missing.size())
                 .arg(missing.join(QStringLiteral(", "))));
    writeAtomically(target, out);
    verifyWritten(target, written);
    report.labelsFile = target;
}

void LabelExporter::checkLabel(const SampleRecord& s, int classCount) const
{
    if (s.currentLabel < 0 || s.currentLabel >= classCount)
        fail(QStringLiteral("%1: sample %2 has label %3, outside the project's %4 classes; it cannot be exported")
                 .arg(m_store.filePath(), s.name)
                 .arg(s.currentLabel + 1)
                 .arg(classCount));
}

// Reads the written file back: each edited line must hold exactly what was meant to be written, so a
// short write or a file replaced under us is an error instead of an edit reported but missing.
void LabelExporter::verifyWritten(const QString& path, const std::map<int, QByteArray>& lines) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot read back the exported labels: %2").arg(path, file.errorString()));
    const QList<QByteArray> all = file.readAll().split('\n');
    for (const auto& [line, content] : lines) {
        QByteArray got = line <= all.size() ? all[line - 1] : QByteArray();
        while (got.endsWith('\r'))
            got.chop(1);
        if (got != content)
            fail(QStringLiteral("%1:%2: the exported line does not hold the edit (read back '%3')")
                     .arg(path)
                     .arg(line)
                     .arg(QString::fromUtf8(got.left(80))));
    }
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
    const QString root = QFileInfo(outDir).canonicalFilePath();
    const int classCount = static_cast<int>(folderOf.size());
    for (const SampleRecord& s : samples) {
        if (s.currentLabel < 0 && s.originalLabel < 0) {
            ++report.unlabelled; // no class folder to file it under (folder datasets have no marker)
            continue;
        }
        checkLabel(s, classCount);
        ++report.labelled;
        if (s.currentLabel != s.originalLabel)
            ++report.changed;
        const QString from = m_store.absolutePath(s);
        if (!QFileInfo(from).isFile())
            fail(QStringLiteral("%1: the original image of sample %2 is missing or not a regular file; relocate the "
                                "dataset and export again")
                     .arg(from, s.name));
        // Keep what lies above the class folder (e.g. train/ or test/), swap the class folder. Only plain
        // relative components are kept: a stored path with '..' or an absolute one must not steer the
        // output out of OUT.
        const QString to = outputPath(root, s, folderOf[s.currentLabel]);
        // A link there is a previous export's output (removing it leaves its target alone); a plain
        // file that IS the original must never be replaced.
        const QFileInfo existing(to);
        if (!existing.isSymLink() && sameFile(to, from))
            fail(QStringLiteral("%1: refusing to overwrite an original image").arg(to));
        if (existing.isSymLink() || existing.exists()) {
            if (!existing.isSymLink() && !existing.isFile())
                fail(QStringLiteral("%1: exists and is not a file; choose an empty export directory").arg(to));
            if (!QFile::remove(to))
                fail(QStringLiteral("%1: cannot replace the previous export's entry").arg(to));
        }
        if (QFile::link(from, to)) {
            ++report.linked;
        } else if (QFile::copy(from, to)) {
            ++report.copied;
        } else {
            fail(QStringLiteral("%1: cannot link or copy %2").arg(to, from));
        }
        if (!QFileInfo(to).isFile()) // a dangling link is an edit reported but not exported
            fail(QStringLiteral("%1: the exported entry for sample %2 does not lead to its image %3")
                     .arg(to, s.name, from));
    }
}

QString LabelExporter::outputPath(const QString& root, const SampleRecord& s, const QString& classFolder) const
{
    QStringList parts;
    const QString rel = QDir::fromNativeSeparators(s.relativePath);
    if (!QDir::isAbsolutePath(rel)) {
        QStringList above = rel.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        above.removeLast(); // the file
        if (!above.isEmpty())
            above.removeLast(); // the class folder
        for (const QString& part : above)
            if (part == QStringLiteral("..") || part == QStringLiteral("."))
                fail(QStringLiteral("%1: sample %2 has the path '%3', which leaves the dataset folder; the project "
                                    "file was altered")
                         .arg(m_store.filePath(), s.name, s.relativePath));
        parts = above;
    } else if (!s.split.isEmpty()) {
        parts << s.split; // a sample that lay outside the dataset root: file it under its split
    }
    const QString fileName = QFileInfo(rel).fileName();
    if (fileName.isEmpty() || fileName == QStringLiteral("..") || fileName == QStringLiteral(".") ||
        classFolder.contains(QLatin1Char('/')) || classFolder == QStringLiteral("..") || classFolder.isEmpty())
        fail(QStringLiteral("%1: sample %2 has no usable file or class folder name ('%3', '%4')")
                 .arg(m_store.filePath(), s.name, fileName, classFolder));
    parts << classFolder;
    const QString dir = QDir(root).filePath(parts.join(QLatin1Char('/')));
    if (!QDir().mkpath(dir))
        fail(QStringLiteral("%1: cannot create the class folder").arg(dir));
    // A folder inside OUT that is a link to elsewhere (left there before the export) would carry the
    // output out of OUT: resolve it and refuse.
    const QString real = QFileInfo(dir).canonicalFilePath();
    if (real.isEmpty() || !(real == root || real.startsWith(root + QLatin1Char('/'))))
        fail(QStringLiteral("%1: leads outside the export directory %2 (a symbolic link?); refusing to write there")
                 .arg(dir, root));
    return QDir(real).filePath(fileName);
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
                           csvField(project::labelName(names, e.oldLabel)),
                           csvField(project::labelName(names, e.newLabel)), toString(e.source),
                           e.time.toString(Qt::ISODateWithMs), csvField(e.note)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    report.changeLogCsv = QDir(outDir).filePath(QStringLiteral("changes.csv"));
    writeAtomically(report.changeLogCsv, csv.toUtf8());
    report.changeLogJson = QDir(outDir).filePath(QStringLiteral("changes.json"));
    writeAtomically(report.changeLogJson, QJsonDocument(project::historyJson(m_store, false)).toJson());
}

} // namespace arm
