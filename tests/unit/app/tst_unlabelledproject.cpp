// Samples with no label yet (RAF-DB label 0, as `arm-cli faces` writes them) in a project: created,
// reopened, labelled by ordinary edits whose old label is "none", undone back to none, and exported
// (left out by default, kept with label 0 on request), every labelling edit read back from the output.
// The dataset is read by the real RAF-DB reader, so label 0 takes the path users' files take.
#include "app/store/LabelExporter.h"
#include "app/store/ProjectActions.h"
#include "app/store/ProjectStore.h"
#include "engine/data/DatasetOpener.h"
#include "tests/unit/StoreFixtures.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using arm::EditSource;
using arm::ExportOptions;
using arm::LabelExporter;
using arm::ProjectError;
using arm::ProjectStore;
using arm::UnlabelledExport;

namespace {

const QString kList = QStringLiteral("/EmoLabel/list_patition_label.txt");

// A RAF-DB layout dataset: `labelled` samples with labels 1..7 cycling, then `unlabelled` with label 0,
// interleaved in the list (every third line is unlabelled while both remain) as a half-done annotation has it.
arm::DatasetIndex writeDataset(const QString& root, int labelled, int unlabelled)
{
    QByteArray list;
    int l = 0, u = 0;
    for (int i = 0; l < labelled || u < unlabelled; ++i) {
        const bool none = u < unlabelled && (i % 3 == 2 || l >= labelled);
        const QString stem = QStringLiteral("train_%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        list += (stem + QStringLiteral(".jpg %1\n").arg(none ? 0 : (l % 7) + 1)).toUtf8();
        fixtures::writeFile(root + QStringLiteral("/Image/aligned/") + stem + QStringLiteral("_aligned.jpg"),
                            QByteArray(200 + i, char('a' + i % 26)));
        (none ? u : l) += 1;
    }
    fixtures::writeFile(root + kList, list);
    return arm::DatasetOpener::open(root.toStdString());
}

QList<QByteArray> lines(const QString& path)
{
    QList<QByteArray> out = fixtures::readAll(path).split('\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.pop_back();
    return out;
}

QString name(const arm::DatasetIndex& index, int unlabelledIndex)
{
    return QString::fromStdString(index.unlabelled[static_cast<std::size_t>(unlabelledIndex)].name);
}

} // namespace

class TstUnlabelledProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void projectHoldsSamplesWithNoLabel()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        const arm::DatasetIndex index = writeDataset(data, 4, 5);
        QCOMPARE(index.samples.size(), std::size_t(4));
        QCOMPARE(index.unlabelled.size(), std::size_t(5));
        const QString path = dir.filePath(QStringLiteral("p.armproj"));
        {
            auto store = ProjectStore::create(path, index);
            QCOMPARE(store->sampleCount(), 9);
        }
        auto store = ProjectStore::open(path); // the integrity check on open accepts label -1
        const auto samples = store->samples();
        QCOMPARE(int(samples.size()), 9);
        for (int i = 0; i < 9; ++i) { // labelled first, then the unlabelled, as the gallery shows them
            const bool none = i >= 4;
            QCOMPARE(samples[std::size_t(i)].originalLabel < 0, none);
            QCOMPARE(samples[std::size_t(i)].currentLabel, samples[std::size_t(i)].originalLabel);
        }
        QCOMPARE(store->currentLabel(name(index, 0)), -1);
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    }

    void aDatasetOfOnlyUnlabelledFacesGetsAProject()
    {
        QTemporaryDir dir;
        const arm::DatasetIndex index = writeDataset(dir.filePath(QStringLiteral("faces")), 0, 3);
        QVERIFY(index.samples.empty());
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        QCOMPARE(store->sampleCount(), 3);
        // A fingerprint of nothing would make every such dataset "the same": the unlabelled count.
        arm::DatasetIndex other = index;
        other.unlabelled.pop_back();
        QVERIFY(ProjectStore::fingerprint(other) != store->datasetFingerprint());
    }

    void labellingIsAnEditFromNoneThatUndoesAndSurvivesReopening()
    {
        QTemporaryDir dir;
        const arm::DatasetIndex index = writeDataset(dir.filePath(QStringLiteral("faces")), 2, 3);
        const QString path = dir.filePath(QStringLiteral("p.armproj"));
        qint64 undone = 0;
        {
            auto store = ProjectStore::create(path, index);
            store->applyEdit(name(index, 0), 3, EditSource::Human);
            undone = store->applyEdit(name(index, 1), 5, EditSource::Suggestion);
            store->revertEdit(undone);
            QCOMPARE(store->currentLabel(name(index, 1)), -1); // back to "no label", not to a class
            // No edit makes a sample unlabelled: -1 is refused like any label outside the classes.
            QVERIFY_THROWS_EXCEPTION(ProjectError, store->applyEdit(name(index, 2), -1, EditSource::Human));
        }
        auto store = ProjectStore::open(path);
        QCOMPARE(store->currentLabel(name(index, 0)), 3);
        QCOMPARE(store->originalLabel(name(index, 0)), -1);
        QCOMPARE(store->currentLabel(name(index, 1)), -1);
        const auto history = store->history(true);
        QCOMPARE(int(history.size()), 2);
        QCOMPARE(history[0].oldLabel, -1);
        QVERIFY(history[1].undone);
        const QJsonObject json = arm::project::editJson(store->classNames(), history[0]);
        QCOMPARE(json.value(QStringLiteral("old")).toInt(), 0); // RAF-DB's "not labelled yet"
        QCOMPARE(json.value(QStringLiteral("old_name")).toString(), QStringLiteral("none"));
        QCOMPARE(json.value(QStringLiteral("new")).toInt(), 4);
        QVERIFY(arm::project::historyText(*store).contains(QStringLiteral("none -> ")));
    }

    void exportLeavesUnlabelledOutByDefault()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        const arm::DatasetIndex index = writeDataset(data, 4, 5);
        const QMap<QString, QByteArray> before = fixtures::treeHashes(data);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        store->applyEdit(name(index, 1), 6, EditSource::Human);      // Neutral
        store->applyEdit(name(index, 3), 0, EditSource::Suggestion); // Surprise
        const QString out = dir.filePath(QStringLiteral("out"));
        const arm::ExportReport report = LabelExporter(*store).exportTo(out);
        QCOMPARE(report.labelled, 6);
        QCOMPARE(report.changed, 2);
        QCOMPARE(report.unlabelled, 3);
        QVERIFY(!report.unlabelledKept);
        const QList<QByteArray> written = lines(report.labelsFile);
        QCOMPARE(written.size(), 6);
        QMap<QString, QByteArray> labelOf;
        for (const QByteArray& line : written) {
            const QList<QByteArray> t = line.split(' ');
            QCOMPARE(t.size(), 2);
            QVERIFY2(t[1].toInt() >= 1 && t[1].toInt() <= 7, line.constData()); // a plain RAF-DB list
            labelOf.insert(QString::fromUtf8(t[0]), t[1]);
        }
        QCOMPARE(labelOf.value(name(index, 1)), QByteArray("7"));
        QCOMPARE(labelOf.value(name(index, 3)), QByteArray("1"));
        for (const arm::Sample& s : index.samples) // the labelled ones, as they were
            QCOMPARE(labelOf.value(QString::fromStdString(s.name)),
                     QByteArray::number(s.label + 1));
        for (int u : {0, 2, 4})
            QVERIFY(!labelOf.contains(name(index, u)));
        const QByteArray changes = fixtures::readAll(report.changeLogCsv);
        QVERIFY2(changes.contains((name(index, 1) + QStringLiteral(",0,7,none,")).toUtf8()), changes.constData());
        QCOMPARE(fixtures::treeHashes(data), before); // the original dataset is never modified
    }

    void exportCanKeepUnlabelledWithTheMarker()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        const arm::DatasetIndex index = writeDataset(data, 3, 4);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        store->applyEdit(name(index, 2), 4, EditSource::Human);
        ExportOptions options;
        options.unlabelled = UnlabelledExport::KeepMarked;
        const QString out = dir.filePath(QStringLiteral("out"));
        const arm::ExportReport report = LabelExporter(*store, options).exportTo(out);
        QCOMPARE(report.labelled, 4);
        QCOMPARE(report.unlabelled, 3);
        QVERIFY(report.unlabelledKept);
        // The exported list in a copy of the dataset reads back: 4 labelled, 3 still held apart.
        const QString copy = dir.filePath(QStringLiteral("copy"));
        QDirIterator it(data + QStringLiteral("/Image"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            fixtures::writeFile(copy + from.mid(data.size()), fixtures::readAll(from));
        }
        fixtures::writeFile(copy + kList, fixtures::readAll(report.labelsFile));
        const arm::DatasetIndex again = arm::DatasetOpener::open(copy.toStdString());
        QCOMPARE(again.samples.size(), std::size_t(4));
        QCOMPARE(again.unlabelled.size(), std::size_t(3));
        bool found = false;
        for (const arm::Sample& s : again.samples)
            if (QString::fromStdString(s.name) == name(index, 2)) {
                QCOMPARE(s.label, 4);
                found = true;
            }
        QVERIFY(found);
    }

    // Export safety (docs/RELIABILITY.md): a label given to a formerly unlabelled sample whose line is no
    // longer in the list is an error naming it, never an edit reported as exported.
    void aLabellingEditThatCannotBeWrittenIsAnError()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        const arm::DatasetIndex index = writeDataset(data, 2, 3);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        const QString last = name(index, 2);
        store->applyEdit(last, 2, EditSource::Human);
        QList<QByteArray> list = lines(data + kList);
        QVERIFY(list.back().startsWith(last.toUtf8()));
        list.pop_back(); // the list lost its last line since the project was made
        fixtures::writeFile(data + kList, list.join('\n') + '\n');
        const QString out = dir.filePath(QStringLiteral("out"));
        try {
            LabelExporter(*store).exportTo(out);
            QFAIL("the export reported success without the edit");
        } catch (const ProjectError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(last), e.what());
        }
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/list_patition_label.txt")));
    }

    void relocateFindsTheUnlabelledSamples()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        const arm::DatasetIndex index = writeDataset(data, 2, 2);
        const QString path = dir.filePath(QStringLiteral("p.armproj"));
        auto store = ProjectStore::create(path, index);
        store->applyEdit(name(index, 0), 1, EditSource::Human);
        const QString moved = dir.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(data, moved));
        QVERIFY(!store->datasetAvailable());
        store->relocate(arm::DatasetOpener::open(moved.toStdString()));
        QCOMPARE(store->datasetPath(), moved);
        QCOMPARE(store->currentLabel(name(index, 0)), 1);
        QVERIFY(QFileInfo::exists(store->absolutePath(store->samples().back())));
    }
};

QTEST_GUILESS_MAIN(TstUnlabelledProject)
#include "tst_unlabelledproject.moc"
