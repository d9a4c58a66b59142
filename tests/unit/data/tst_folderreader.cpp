#include "tests/unit/DatasetFixtures.h"
#include "tests/unit/data/HostileFiles.h"

#include "engine/data/DatasetOpener.h"
#include "engine/data/DatasetValidator.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/data/FolderReader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

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
    // Before: the link was a sample and validating it read /dev/zero for 39 s into 17 GB and bad_alloc;
    // the FIFO blocked the validator for ever. Now both are problems of the index, found in no time.
    void devicesAndPipesAreProblemsNotSamples()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/happy/1.jpg");
        writeImage(root + "/sad/2.jpg");
        QVERIFY(hostile::symlinkTo("/dev/zero", root + "/happy/zero.jpg"));
        QVERIFY(hostile::makeFifo(root + "/sad/pipe.png"));
        QVERIFY(hostile::symlinkTo(root + "/nowhere.jpg", root + "/sad/dangling.jpg"));
        arm::DatasetIndex index;
        arm::ValidationReport report;
        const hostile::Outcome o = hostile::runBounded([&] {
            index = arm::DatasetOpener::open(root);
            report = arm::DatasetValidator::validate(index, 1);
        });
        QVERIFY2(o.finished, "opening or validating the folder dataset blocked");
        QVERIFY2(!o.threw, o.message.c_str());
        QCOMPARE(int(index.samples.size()), 2);
        QVERIFY(hasProblem(index.problems, "happy/zero.jpg", "character device"));
        QVERIFY(hasProblem(index.problems, "sad/pipe.png", "named pipe"));
        QVERIFY(hasProblem(index.problems, "sad/dangling.jpg", "broken link"));
        QCOMPARE(report.good, 2);
        QVERIFY(o.seconds < 5.0);
    }
    // File names are bytes on Linux: a Latin-1 name must still index (and be shown escaped in JSON).
    void nonUtf8FileNamesAreKept()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        // Qt would re-encode these names, so the files are made with the standard library and OpenCV.
        const cv::Mat img(16, 16, CV_8UC3, cv::Scalar(10, 20, 30));
        std::filesystem::create_directories(root + "/happy");
        std::filesystem::create_directories(root + "/\xe9tonn\xe9"); // an extra class with a Latin-1 name
        QVERIFY(cv::imwrite(root + "/happy/caf\xe9.jpg", img));
        QVERIFY(cv::imwrite(root + "/\xe9tonn\xe9/1.jpg", img));
        const arm::DatasetIndex index = arm::FolderReader::read(root);
        const int cols = index.samples.empty() ? 0 : arm::DatasetOpener::loadImage(index.samples[0]).cols;
        std::filesystem::remove_all(root + "/happy"); // QTemporaryDir cannot remove these names itself
        std::filesystem::remove_all(root + "/\xe9tonn\xe9");
        QCOMPARE(int(index.samples.size()), 2);
        const arm::Sample& cafe = index.samples[0]; // folders in byte order: "happy" < "\xe9tonn\xe9"
        QVERIFY(endsWith(cafe.path, "caf\xe9.jpg"));
        QCOMPARE(cols, 16);
        // Class names go into checkpoints and reports (JSON): valid UTF-8, odd bytes escaped.
        QCOMPARE(index.classNames.back(), std::string("\\xE9tonn\\xE9"));
        QCOMPARE(index.samples[1].label, index.numClasses() - 1);
    }
};

QTEST_GUILESS_MAIN(TstFolderReader)
#include "tst_folderreader.moc"
