#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace arm {

class ProjectStore;
struct SampleRecord;

// What an export does with samples that still have no label (RAF-DB: label 0 in the list, as
// `arm-cli faces` writes them). Omit by default: the list is then a plain RAF-DB list (labels 1-7)
// that any RAF-DB training code reads; KeepMarked keeps their lines with label 0, the marker this
// tool's readers hold apart as "not labelled yet", to go on labelling elsewhere. docs/FACES.md.
enum class UnlabelledExport { Omit, KeepMarked };

struct ExportOptions {
    UnlabelledExport unlabelled = UnlabelledExport::Omit;
};

struct ExportReport {
    QString outDir;
    QString labelsFile;    // the rewritten list/CSV (empty for folder datasets)
    QString changeLogCsv;  // OUT/changes.csv
    QString changeLogJson; // OUT/changes.json
    int samples = 0;       // samples in the project
    int changed = 0;       // samples whose current label differs from the original
    int labelled = 0;      // samples written with a label
    int unlabelled = 0;    // samples still without a label: left out, or kept marked (unlabelledKept)
    bool unlabelledKept = false;
    int linked = 0;        // folder export: symlinks made
    int copied = 0;        // folder export: copies made where a link was impossible
};

// Writes the project's corrected labels in the dataset's own format into a NEW directory, never onto
// the original files:
//  - rafdb: OUT/<list file name>, the original list with the label of each changed line replaced, and
//    the lines of samples still without a label (label 0) left out or kept (ExportOptions);
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
    explicit LabelExporter(const ProjectStore& store, ExportOptions options = {});
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
    ExportOptions m_options;
};

} // namespace arm
