#include "tests/unit/DatasetFixtures.h"

#include "engine/data/AffectNetReader.h"
#include "engine/data/DatasetOpener.h"
#include "engine/core/ExpressionClasses.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fixtures;

class TstAffectNetReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plantedProblems()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        const std::string images = root + "/Manually_Annotated_Images/";
        for (const char* f : {"1/a.jpg", "1/b.jpg", "2/c.jpg", "2/d.jpg", "3/e.jpg", "3/f.jpg", "4/g.jpg"})
            writeImage(images + f, 40, 30);
        const std::string header = "subDirectory_filePath,face_x,face_y,face_width,face_height,facial_landmarks,"
                                   "expression,valence,arousal\n";
        writeText(root + "/training.csv", header +
                  "1/a.jpg,2,3,20,10,\"1.0;2.0\",1,0.5,0.2\n" // 2 good Happiness, box
                  "1/b.jpg,0,0,0,0,1;2,7,0,0\n"               // 3 good Contempt (8th class)
                  "2/c.jpg,0,0,40,30,,8,0,0\n"                // 4 skipped (None)
                  "2/d.jpg,0,0,40,30,,10,0,0\n"               // 5 skipped (Non-Face)
                  "3/e.jpg,0,0,40,30,,11,0,0\n"               // 6 label out of range
                  "9/zz.jpg,0,0,40,30,,2,0,0\n"               // 7 missing image
                  "1/a.jpg,0,0,40,30,,2,0,0\n"                // 8 duplicate
                  "3/f.jpg,0,0\n");                           // 9 malformed
        writeText(root + "/validation.csv", header +
                  "4/g.jpg,0,0,40,30,,6,0,0\n"                // 2 good Anger, validation
                  "3/f.jpg,0,0,40,30,,sad,0,0\n");            // 3 malformed expression
        const arm::DatasetIndex index = arm::DatasetOpener::open(root);
        QCOMPARE(int(index.format), int(arm::DatasetFormat::AffectNetCsv));
        QCOMPARE(index.numClasses(), 8);
        QCOMPARE(q(index.classNames[7]), QStringLiteral("Contempt"));
        QCOMPARE(int(index.samples.size()), 3);
        QCOMPARE(index.skipped, 2);
        QCOMPARE(index.splitCounts().at("train"), 2);
        QCOMPARE(index.splitCounts().at("validation"), 1);
        QCOMPARE(index.samples[0].label, int(arm::ExpressionClasses::Happiness));
        QCOMPARE(index.samples[1].label, 7);
        QCOMPARE(index.samples[2].label, int(arm::ExpressionClasses::Anger));
        QCOMPARE(int(index.problems.size()), 5);
        QVERIFY(hasProblem(index.problems, "training.csv:6", "out of range"));
        QVERIFY(hasProblem(index.problems, "training.csv:7", "missing image"));
        QVERIFY(hasProblem(index.problems, "training.csv:8", "duplicate"));
        QVERIFY(hasProblem(index.problems, "training.csv:9", "malformed"));
        QVERIFY(hasProblem(index.problems, "validation.csv:3", "malformed"));
        // The face box crops the image.
        const cv::Mat face = arm::DatasetOpener::loadImage(index.samples[0]);
        QCOMPARE(face.cols, 20);
        QCOMPARE(face.rows, 10);
        QCOMPARE(arm::DatasetOpener::loadImage(index.samples[1]).cols, 40); // no box: whole image
    }
    void imagesNextToTheCsvAndSplitColumn()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/5/x.jpg");
        writeImage(root + "/5/y.jpg");
        writeText(root + "/labels.csv", "expression,subDirectory_filePath,split\n0,5/x.jpg,test\n3,5/y.jpg,train\n");
        const arm::DatasetIndex index = arm::AffectNetReader::read(root + "/labels.csv");
        QCOMPARE(int(index.samples.size()), 2);
        QCOMPARE(int(index.samples[0].split), int(arm::Split::Test));
        QCOMPARE(index.samples[0].label, int(arm::ExpressionClasses::Neutral));
        QCOMPARE(index.samples[1].label, int(arm::ExpressionClasses::Surprise));
        QVERIFY(index.problems.empty());
    }
    // A face box whose x + width overflows int is clamped to the image, not computed in int.
    void hostileBoxesAndOverlongRows()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/5/x.jpg", 40, 30);
        writeImage(root + "/5/y.jpg", 40, 30);
        writeText(root + "/labels.csv", "subDirectory_filePath,face_x,face_y,face_width,face_height,expression\n"
                                        "5/x.jpg,2147483000,0,2147483000,10,1\n"
                                        "5/y.jpg,10,5,2147483647,2147483647,1\n"
                                        "5/x.jpg," + std::string(2u << 20, '1') + ",0,1,1,1\n");
        const arm::DatasetIndex index = arm::AffectNetReader::read(root + "/labels.csv");
        QCOMPARE(int(index.samples.size()), 2);
        QCOMPARE(arm::DatasetOpener::loadImage(index.samples[0]).cols, 40); // box outside: whole image
        const cv::Mat clamped = arm::DatasetOpener::loadImage(index.samples[1]);
        QCOMPARE(clamped.cols, 30);
        QCOMPARE(clamped.rows, 25);
        QVERIFY(hasProblem(index.problems, "labels.csv:4", "line longer than 1 MiB"));
    }
};

QTEST_GUILESS_MAIN(TstAffectNetReader)
#include "tst_affectnetreader.moc"
