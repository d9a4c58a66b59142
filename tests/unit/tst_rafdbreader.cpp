#include "DatasetFixtures.h"

#include "engine/DatasetOpener.h"
#include "engine/ExpressionClasses.h"
#include "engine/RafDbReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fixtures;

class TstRafDbReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plantedProblems()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string root = dir.path().toStdString();
        const std::string img = root + "/Image/aligned/";
        for (const char* stem : {"train_00001", "train_00002", "test_0001", "train_00003", "train_00004"})
            writeImage(img + stem + "_aligned.jpg", 100, 100);
        writeText(root + "/EmoLabel/list_patition_label.txt",
                  "train_00001.jpg 5\n"   // 1 good, Sadness
                  "train_00002.jpg 1\r\n" // 2 good, Surprise (CRLF tolerated)
                  "test_0001.jpg 7\n"     // 3 good, Neutral
                  "train_00003.jpg 8\n"   // 4 label out of range
                  "train_00004.jpg\n"     // 5 malformed
                  "train_00001.jpg 3\n"   // 6 duplicate
                  "train_00005.jpg 2\n"   // 7 missing image
                  "\n"                    // 8 blank: ignored
                  "val_0001.jpg 2\n"      // 9 malformed (prefix)
                  "test_0002.jpg x\n");   // 10 malformed (label)
        const arm::DatasetIndex index = arm::RafDbReader::read(root);
        QCOMPARE(int(index.samples.size()), 3);
        QCOMPARE(index.splitCounts().at("train"), 2);
        QCOMPARE(index.splitCounts().at("test"), 1);
        QCOMPARE(index.samples[0].label, int(arm::ExpressionClasses::Sadness));
        QCOMPARE(index.samples[1].label, int(arm::ExpressionClasses::Surprise));
        QCOMPARE(index.samples[2].label, int(arm::ExpressionClasses::Neutral));
        QCOMPARE(int(index.samples[2].split), int(arm::Split::Test));
        QCOMPARE(index.samples[1].sourceLine, 2);
        QVERIFY(endsWith(index.samples[0].path, "Image/aligned/train_00001_aligned.jpg"));
        QCOMPARE(q(index.samples[0].name), QStringLiteral("train_00001.jpg"));
        QCOMPARE(int(index.problems.size()), 6);
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:4", "out of range"));
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:5", "malformed"));
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:6", "duplicate"));
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:7", "missing image"));
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:9", "malformed"));
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:10", "malformed"));
        QCOMPARE(index.classCounts(arm::Split::Train)[arm::ExpressionClasses::Sadness], 1);
    }
    void labelFilePathAndOriginalFallback()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/Image/original/train_1.jpg");
        writeText(root + "/EmoLabel/list_patition_label.txt", "train_1.jpg 4\ntest_1.jpg 4\n");
        const arm::DatasetIndex index = arm::RafDbReader::read(root + "/EmoLabel/list_patition_label.txt");
        QCOMPARE(int(index.samples.size()), 1);
        QVERIFY(endsWith(index.samples[0].path, "Image/original/train_1.jpg"));
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:2", "missing image"));
        const cv::Mat m = arm::DatasetOpener::loadImage(index.samples[0]);
        QCOMPARE(m.cols, 16);
    }
    void missingLabelFileThrows()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, arm::RafDbReader::read(dir.path().toStdString()));
    }
};

QTEST_GUILESS_MAIN(TstRafDbReader)
#include "tst_rafdbreader.moc"
