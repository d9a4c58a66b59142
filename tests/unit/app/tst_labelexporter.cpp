#include "app/store/LabelExporter.h"
#include "app/store/ProjectStore.h"
#include "engine/core/ExpressionClasses.h"
#include "tests/unit/StoreFixtures.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using arm::EditSource;
using arm::LabelExporter;
using arm::ProjectError;
using arm::ProjectStore;

namespace {

QList<QByteArray> lines(const QByteArray& bytes)
{
    QList<QByteArray> out = bytes.split('\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.pop_back();
    return out;
}

} // namespace

class TstLabelExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codesRoundTrip()
    {
        for (int code = 0; code < 7; ++code)
            QCOMPARE(LabelExporter::toFer2013Code(arm::ExpressionClasses::fromFer2013(code)), code);
        for (int code = 0; code < 8; ++code)
            QCOMPARE(LabelExporter::toAffectNetCode(arm::ExpressionClasses::fromAffectNet(code)), code);
        QCOMPARE(LabelExporter::toFer2013Code(7), -1); // Contempt has no FER2013 code
    }

    void textFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("rafdb") << "rafdb";
        QTest::newRow("fer2013") << "fer2013";
        QTest::newRow("affectnet") << "affectnet";
    }
    void textFormats()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        const arm::DatasetIndex index = format == QStringLiteral("rafdb")     ? fixtures::makeRafDb(data, 21)
                                        : format == QStringLiteral("fer2013") ? fixtures::makeFer2013(data, 21)
                                                                              : fixtures::makeAffectNet(data, 21);
        const QString labelFile = QString::fromStdString(index.labelFile);
        const QMap<QString, QByteArray> before = fixtures::treeHashes(data);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        auto name = [&](int i) { return QString::fromStdString(index.samples[static_cast<std::size_t>(i)].name); };
        // Sample 2: edited twice; sample 5: edited; sample 9: edited then undone; sample 12: edited back.
        store->applyEdit(name(2), 6, EditSource::Human, QStringLiteral("a, \"quoted\" note"));
        const int new2 = (index.samples[2].label + 3) % 7;
        const int new5 = (index.samples[5].label + 1) % 7;
        store->applyEdit(name(2), new2, EditSource::Suggestion);
        store->applyEdit(name(5), new5, EditSource::Rule);
        store->revertEdit(store->applyEdit(name(9), 4, EditSource::Human));
        const int original12 = index.samples[12].label;
        store->applyEdit(name(12), (original12 + 1) % 7, EditSource::Human);
        store->applyEdit(name(12), original12, EditSource::Human);

        const QString out = dir.filePath(QStringLiteral("export"));
        const arm::ExportReport report = LabelExporter(*store).exportTo(out);
        QCOMPARE(report.samples, 21);
        QCOMPARE(report.changed, 2);
        QCOMPARE(QFileInfo(report.labelsFile).fileName(), QFileInfo(labelFile).fileName());
        QCOMPARE(fixtures::treeHashes(data), before); // the original dataset is untouched

        const QList<QByteArray> oldLines = lines(fixtures::readAll(labelFile));
        const QList<QByteArray> newLines = lines(fixtures::readAll(report.labelsFile));
        QCOMPARE(newLines.size(), oldLines.size());
        QMap<int, int> expected{{index.samples[2].sourceLine, new2}, {index.samples[5].sourceLine, new5}};
        for (int i = 0; i < oldLines.size(); ++i) {
            const int lineNo = i + 1;
            if (!expected.contains(lineNo)) {
                QCOMPARE(newLines[i], oldLines[i]); // byte for byte, line ends included
                continue;
            }
            const int label = expected.value(lineNo);
            if (format == QStringLiteral("rafdb")) {
                QCOMPARE(newLines[i], oldLines[i].split(' ')[0] + ' ' + QByteArray::number(label + 1));
            } else if (format == QStringLiteral("fer2013")) {
                QCOMPARE(newLines[i], QByteArray::number(LabelExporter::toFer2013Code(label)) + oldLines[i].mid(1));
                QVERIFY(newLines[i].endsWith('\r'));
            } else {
                // The 7th column (after a quoted field containing commas) carries the expression.
                QByteArray expectedLine = oldLines[i];
                const int at = expectedLine.indexOf("\",") + 2;
                expectedLine.replace(at, expectedLine.indexOf(',', at) - at,
                                     QByteArray::number(LabelExporter::toAffectNetCode(label)));
                QCOMPARE(newLines[i], expectedLine);
            }
        }

        // Change log: every edit that is not undone, oldest first.
        const QList<QByteArray> csv = lines(fixtures::readAll(report.changeLogCsv));
        QCOMPARE(csv.size(), 1 + 5);
        QCOMPARE(csv[0], QByteArray("sample,old,new,old_name,new_name,source,time,note"));
        QVERIFY(csv[1].startsWith(name(2).toUtf8() + ',' + QByteArray::number(index.samples[2].label + 1) + ",7,"));
        QVERIFY(csv[1].endsWith(",\"a, \"\"quoted\"\" note\""));
        QVERIFY(csv[3].contains(",rule,"));
        const QJsonArray json = QJsonDocument::fromJson(fixtures::readAll(report.changeLogJson)).array();
        QCOMPARE(json.size(), 5);
        QCOMPARE(json[1].toObject()[QStringLiteral("new")].toInt(), new2 + 1);
        QCOMPARE(json[1].toObject()[QStringLiteral("source")].toString(), QStringLiteral("suggestion"));
        QCOMPARE(json[2].toObject()[QStringLiteral("sample")].toString(), name(5));

        // Exporting onto the original label file's folder is refused and leaves it as it was.
        try {
            LabelExporter(*store).exportTo(QFileInfo(labelFile).absolutePath());
            QFAIL("exported onto the original label file");
        } catch (const ProjectError& e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("original")));
        }
        QCOMPARE(fixtures::treeHashes(data), before);
    }

    void changedLabelFileIsDetected()
    {
        QTemporaryDir dir;
        const arm::DatasetIndex index = fixtures::makeRafDb(dir.filePath(QStringLiteral("data")), 10);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        store->applyEdit(QStringLiteral("train_00002"), 0, EditSource::Human);
        // Someone reordered the list file after the project was made: line 2 now holds another sample.
        QList<QByteArray> list = lines(fixtures::readAll(QString::fromStdString(index.labelFile)));
        std::swap(list[1], list[2]);
        fixtures::writeFile(QString::fromStdString(index.labelFile), list.join('\n') + '\n');
        try {
            LabelExporter(*store).exportTo(dir.filePath(QStringLiteral("out")));
            QFAIL("exported into a label file that no longer matches");
        } catch (const ProjectError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("list_patition_label.txt:2")), e.what());
        }
    }

    void imageFolder()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("faces"));
        const arm::DatasetIndex index = fixtures::makeFolder(data, 21);
        const QMap<QString, QByteArray> before = fixtures::treeHashes(data);
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), index);
        // Sample 3 ("train/happy/face3.png") becomes sad; sample 5 ("test/angry/face5.png") becomes neutral.
        store->applyEdit(QStringLiteral("train/happy/face3.png"), 4, EditSource::Human);
        store->applyEdit(QStringLiteral("test/angry/face5.png"), 6, EditSource::Suggestion);
        const QString out = dir.filePath(QStringLiteral("fixed"));
        const arm::ExportReport report = LabelExporter(*store).exportTo(out);
        QCOMPARE(report.samples, 21);
        QCOMPARE(report.changed, 2);
        QCOMPARE(report.linked + report.copied, 21);
        QVERIFY(report.labelsFile.isEmpty());
        const QString moved = out + QStringLiteral("/train/sad/face3.png");
        QVERIFY(QFileInfo::exists(moved));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/train/happy/face3.png")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/test/neutral/face5.png")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/train/happy/face10.png"))); // unchanged sample
        QCOMPARE(fixtures::readAll(moved), fixtures::readAll(data + QStringLiteral("/train/happy/face3.png")));
        if (report.linked > 0)
            QVERIFY(QFileInfo(moved).isSymLink());
        QCOMPARE(fixtures::treeHashes(data), before);
        // Exporting again over a previous export works (links replaced), inside the dataset does not.
        QCOMPARE(LabelExporter(*store).exportTo(out).linked + report.copied, 21);
        QVERIFY_THROWS_EXCEPTION(ProjectError, LabelExporter(*store).exportTo(data + QStringLiteral("/export")));
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/export/train")));
        QCOMPARE(lines(fixtures::readAll(report.changeLogCsv)).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TstLabelExporter)
#include "tst_labelexporter.moc"
