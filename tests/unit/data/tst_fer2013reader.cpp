#include "tests/unit/DatasetFixtures.h"

#include "engine/data/DatasetOpener.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/data/Fer2013Reader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fixtures;

class TstFer2013Reader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plantedProblems()
    {
        QTemporaryDir dir;
        const std::string csv = dir.path().toStdString() + "/fer2013.csv";
        const std::string good = pixels(2304);
        writeText(csv, "emotion,pixels,Usage\n"                       // 1
                       "3,\"" + good + "\",Training\n"                 // 2 good Happiness train (quoted)
                       "0," + good + ",PublicTest\r\n"                  // 3 good Anger validation
                       "6," + pixels(2304, 7) + ",PrivateTest\n"        // 4 good Neutral test
                       "9," + good + ",Training\n"                      // 5 label out of range
                       "2," + pixels(2303) + ",Training\n"              // 6 wrong pixel count
                       "2," + good + ",Elsewhere\n"                     // 7 malformed usage
                       "x," + good + ",Training\n"                      // 8 malformed emotion
                       "4\n"                                            // 9 malformed: too few fields
                       "5," + pixels(2304, 300) + ",Training\n");       // 10 indexed; fails at decode
        const arm::DatasetIndex index = arm::Fer2013Reader::read(csv);
        QCOMPARE(int(index.samples.size()), 4);
        QCOMPARE(index.splitCounts().at("train"), 2);
        QCOMPARE(index.splitCounts().at("validation"), 1);
        QCOMPARE(index.splitCounts().at("test"), 1);
        QCOMPARE(index.samples[0].label, int(arm::ExpressionClasses::Happiness));
        QCOMPARE(index.samples[1].label, int(arm::ExpressionClasses::Anger));
        QCOMPARE(index.samples[2].label, int(arm::ExpressionClasses::Neutral));
        QCOMPARE(int(index.problems.size()), 5);
        QVERIFY(hasProblem(index.problems, "fer2013.csv:5", "out of range"));
        QVERIFY(hasProblem(index.problems, "fer2013.csv:6", "wrong pixel count 2303"));
        QVERIFY(hasProblem(index.problems, "fer2013.csv:7", "malformed"));
        QVERIFY(hasProblem(index.problems, "fer2013.csv:8", "malformed"));
        QVERIFY(hasProblem(index.problems, "fer2013.csv:9", "malformed"));

        // Pixels come from the stored byte offset.
        const cv::Mat a = arm::DatasetOpener::loadImage(index.samples[0]);
        QCOMPARE(a.rows, 48);
        QCOMPARE(a.cols, 48);
        QCOMPARE(int(a.at<uchar>(0, 5)), 5);
        QCOMPARE(int(a.at<uchar>(47, 47)), 2303 % 256);
        const cv::Mat c = arm::DatasetOpener::loadImage(index.samples[2]);
        QCOMPARE(int(c.at<uchar>(10, 10)), 7);
        // Values above 255 are caught at decode time, naming file and line.
        try {
            arm::DatasetOpener::loadImage(index.samples[3]);
            QFAIL("decode should fail");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find("fer2013.csv:10") != std::string::npos, e.what());
        }
    }
    void ferPlusColumnsInAnyOrder()
    {
        QTemporaryDir dir;
        const std::string csv = dir.path().toStdString() + "/ferplus.csv";
        writeText(csv, "Usage,Image name,pixels,neutral,happiness,emotion\n"
                       "Training,fer0000001.png," + pixels(2304) + ",4,6,3\n"
                       "PrivateTest,fer0000002.png," + pixels(2304) + ",10,0,6\n"
                       "PrivateTest,fer0000002.png," + pixels(2304) + ",10,0,6\n");
        const arm::DatasetIndex index = arm::DatasetOpener::open(dir.path().toStdString());
        QCOMPARE(int(index.format), int(arm::DatasetFormat::Fer2013));
        QCOMPARE(int(index.samples.size()), 2);
        QCOMPARE(q(index.samples[1].name), QStringLiteral("fer0000002.png"));
        QCOMPARE(int(index.samples[1].split), int(arm::Split::Test));
        QVERIFY(hasProblem(index.problems, "ferplus.csv:4", "duplicate"));
        QCOMPARE(arm::DatasetOpener::loadImage(index.samples[1]).rows, 48);
    }
    // A row without line breaks is read up to a bound, not into a string as large as the file.
    void overlongRowIsNamed()
    {
        QTemporaryDir dir;
        const std::string csv = dir.path().toStdString() + "/fer2013.csv";
        writeText(csv, "emotion,pixels,Usage\n3," + pixels(2304) + ",Training\n3," + std::string(2u << 20, '7') +
                           ",Training\n");
        try {
            arm::Fer2013Reader::read(csv);
            QFAIL("a 2 MiB row was accepted");
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString::fromStdString(e.what()).startsWith(q(csv + ":3: line longer than 1 MiB")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TstFer2013Reader)
#include "tst_fer2013reader.moc"
