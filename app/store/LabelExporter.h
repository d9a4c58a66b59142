#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace arm {

class ProjectStore;
struct SampleRecord;

struct ExportReport {
    QString outDir;
    QString labelsFile;    // the rewritten list/CSV (empty for folder datasets)
    QString changeLogCsv;  // OUT/changes.csv
    QString changeLogJson; // OUT/changes.json
    int samples = 0;       // samples in the project
    int changed = 0;       // samples whose current label differs from the original
    int linked = 0;        // folder export: symlinks made
    int copied = 0;        // folder export: copies made where a link was impossible
};

// Writes the project's corrected labels in the dataset's own format into a NEW directory, never onto
// the original files:
//  - rafdb: OUT/<list file name>, the original list with the label of each changed line replaced;
//  - fer2013 / affectnet: OUT/<csv name>, the original CSV byte for byte except the emotion/expression
//    field of changed rows (labels mapped back to the format's codes);
//  - folder / affectnet-folder: OUT/[split/]<class>/<file> symlinks to the originals (copies when
//    links are impossible), with class folders named as in the original dataset.
// Plus OUT/changes.csv and OUT/changes.json listing every edit that is not undone. Files are written
// through QSaveFile (temporary file + rename). Throws ProjectError naming the file and line at fault.
// Nothing is written outside OUT ('..', absolute stored paths and links out of OUT are refused), and
// every edit counted in the report is read back from the output: an edit that cannot be written is an
// error naming the sample, never a silent drop.
class LabelExporter {
public:
    explicit LabelExporter(const ProjectStore& store);
    ExportReport exportTo(const QString& outDir) const;

    // Canonical class index -> the format's code; -1 when the format has no such class.
    static int toFer2013Code(int classIndex);
    static int toAffectNetCode(int classIndex);

private:
    void exportTextFormat(const QString& outDir, ExportReport& report) const;
    void exportFolder(const QString& outDir, ExportReport& report) const;
    void writeChangeLog(const QString& outDir, ExportReport& report) const;
    void checkLabel(const SampleRecord& sample, int classCount) const;
    void verifyWritten(const QString& path, const std::map<int, QByteArray>& lines) const;
    // OUT/[above the class folder]/<class folder>/<file>, created and checked to lie inside `root`.
    QString outputPath(const QString& root, const SampleRecord& sample, const QString& classFolder) const;

    const ProjectStore& m_store;
};

} // namespace arm
