#include "DatasetFixtures.h"

#include "engine/DatasetOpener.h"
#include "engine/ExpressionClasses.h"
#include "engine/FolderReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fixtures;

class TstFolderReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsExtraClassesAndProblems()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/train/happy/1.jpg");
        writeImage(root + "/train/happy/2.png");
        writeImage(root + "/train/Angry/3.jpg");
        writeImage(root + "/train/zebra/4.jpg");   // unknown name: extra class
        writeImage(root + "/train/bored/5.jpg");   // another extra class
        writeImage(root + "/test/happy/6.jpg");
        writeImage(root + "/val/sad/7.jpg");
        writeText(root + "/train/happy/notes.txt", "not an image");
        writeText(root + "/train/happy/.DS_Store", "hidden: ignored");
        writeText(root + "/README.md", "loose top-level file: ignored");
        const arm::DatasetIndex index = arm::FolderReader::read(root);
        QCOMPARE(int(index.format), int(arm::DatasetFormat::Folder));
        QCOMPARE(int(index.samples.size()), 7);
        QCOMPARE(index.splitCounts().at("train"), 5);
        QCOMPARE(index.splitCounts().at("test"), 1);
        QCOMPARE(index.splitCounts().at("validation"), 1);
        QCOMPARE(index.numClasses(), 9);
        QCOMPARE(q(index.classNames[7]), QStringLiteral("bored"));
        QCOMPARE(q(index.classNames[8]), QStringLiteral("zebra"));
        const std::vector<int> train = index.classCounts(arm::Split::Train);
        QCOMPARE(train[arm::ExpressionClasses::Happiness], 2);
        QCOMPARE(train[arm::ExpressionClasses::Anger], 1);
        QCOMPARE(train[7], 1);
        QCOMPARE(train[8], 1);
        QCOMPARE(int(index.problems.size()), 1);
        QVERIFY(hasProblem(index.problems, "train/happy/notes.txt", "not an image"));
        QCOMPARE(q(index.samples.front().name).contains(QStringLiteral("/")), true);
    }
    void flatLayoutAndAffectNetExport()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/contempt/1.jpg");
        writeImage(root + "/neutral/2.jpg");
        writeImage(root + "/surprise/3.jpg");
        QCOMPARE(int(arm::DatasetOpener::detect(root)), int(arm::DatasetFormat::AffectNetFolder));
        const arm::DatasetIndex index = arm::DatasetOpener::open(root);
        QCOMPARE(index.numClasses(), 8);
        QCOMPARE(int(index.samples.size()), 3);
        QCOMPARE(index.splitCounts().at("train"), 3);
        QCOMPARE(index.classCounts()[7], 1);
        QCOMPARE(index.classCounts()[arm::ExpressionClasses::Neutral], 1);

        QTemporaryDir numeric;
        writeImage(numeric.path().toStdString() + "/1/a.jpg");
        writeImage(numeric.path().toStdString() + "/6/b.jpg");
        const arm::DatasetIndex codes = arm::DatasetOpener::open(numeric.path().toStdString(), arm::DatasetFormat::AffectNetCsv);
        QCOMPARE(int(codes.format), int(arm::DatasetFormat::AffectNetFolder));
        QCOMPARE(codes.samples[0].label, int(arm::ExpressionClasses::Happiness));
        QCOMPARE(codes.samples[1].label, int(arm::ExpressionClasses::Anger));
    }
};

QTEST_GUILESS_MAIN(TstFolderReader)
#include "tst_folderreader.moc"
