#include "tests/unit/DatasetFixtures.h"
#include "tests/unit/data/HostileFiles.h"

#include "engine/data/DatasetOpener.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/data/RafDbReader.h"

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
    // Label 0 = not labelled yet (what `arm-cli faces` writes): kept apart from the labelled samples, so
    // no class count, sampler or trainer ever sees label -1; a duplicate or missing one is still a problem.
    void labelZeroIsUnlabelled()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        for (const char* stem : {"train_a_0", "train_a_1", "train_b_0"})
            writeImage(root + "/Image/aligned/" + stem + "_aligned.jpg", 100, 100);
        writeText(root + "/EmoLabel/list_patition_label.txt",
                  "train_a_0.jpg 0\ntrain_a_1.jpg 4\ntrain_b_0.jpg 0\ntrain_a_0.jpg 0\ntrain_c_0.jpg 0\n");
        const arm::DatasetIndex index = arm::RafDbReader::read(root);
        QCOMPARE(int(index.samples.size()), 1);
        QCOMPARE(int(index.unlabelled.size()), 2);
        QCOMPARE(index.unlabelled[1].label, -1);
        QCOMPARE(q(index.unlabelled[1].name), QStringLiteral("train_b_0.jpg"));
        QCOMPARE(index.classCounts()[arm::ExpressionClasses::Happiness], 1);
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:4", "duplicate"));
        QVERIFY(hasProblem(index.problems, "list_patition_label.txt:5", "missing image"));
        QCOMPARE(int(index.problems.size()), 2);
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
    // Windows editors save a BOM; before, it made the first line "malformed (name does not start with
    // train_)" and the sample was lost.
    void utf8BomIsStripped()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/Image/aligned/train_1_aligned.jpg");
        writeImage(root + "/Image/aligned/test_1_aligned.jpg");
        writeText(root + "/EmoLabel/list_patition_label.txt", "\xEF\xBB\xBFtrain_1.jpg 4\r\ntest_1.jpg 5\r\n");
        const arm::DatasetIndex index = arm::RafDbReader::read(root);
        QVERIFY2(index.problems.empty(), index.problems.empty() ? "" : index.problems[0].reason.c_str());
        QCOMPARE(int(index.samples.size()), 2);
        QCOMPARE(q(index.samples[0].name), QStringLiteral("train_1.jpg"));
    }
    // Before: one "malformed line" problem per line. Now one error that says what to do.
    void utf16LabelFileIsOneClearError_data()
    {
        QTest::addColumn<QByteArray>("bom");
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE", 2) << true;
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF", 2) << false;
        QTest::newRow("UTF-16LE without BOM") << QByteArray() << true;
    }
    void utf16LabelFileIsOneClearError()
    {
        QFETCH(QByteArray, bom);
        QFETCH(bool, littleEndian);
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/Image/aligned/train_1_aligned.jpg");
        std::string text(bom.constData(), std::size_t(bom.size()));
        for (char c : std::string("train_1.jpg 4\r\ntest_1.jpg 5\r\n"))
            text += littleEndian ? std::string{c, '\0'} : std::string{'\0', c};
        writeText(root + "/EmoLabel/list_patition_label.txt", text);
        try {
            arm::RafDbReader::read(root);
            QFAIL("a UTF-16 label file was read as UTF-8");
        } catch (const std::runtime_error& e) {
            const QString msg = QString::fromStdString(e.what());
            QVERIFY2(msg.contains(QStringLiteral("list_patition_label.txt: ")) &&
                         msg.contains(QStringLiteral("UTF-16 encoded; save it as UTF-8")),
                     qPrintable(msg));
        }
    }
    void labelFileMustBeASaneRegularFile()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        QVERIFY(QDir().mkpath(q(root + "/pipe/EmoLabel")));
        QVERIFY(hostile::makeFifo(root + "/pipe/EmoLabel/list_patition_label.txt"));
        const hostile::Outcome fifo =
            hostile::runBounded([&] { arm::RafDbReader::read(root + "/pipe/EmoLabel/list_patition_label.txt"); });
        QVERIFY2(fifo.finished, "reading a FIFO label file blocked");
        QVERIFY2(fifo.threw && fifo.message.find("named pipe") != std::string::npos, fifo.message.c_str());

        QVERIFY(QDir().mkpath(q(root + "/big/EmoLabel")));
        QVERIFY(hostile::sparseFile(root + "/big/EmoLabel/list_patition_label.txt", 65ll << 20));
        const hostile::Outcome big = hostile::runBounded([&] { arm::RafDbReader::read(root + "/big"); });
        QVERIFY2(big.finished && big.threw && big.message.find("larger than the 64 MiB accepted") != std::string::npos,
                 big.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TstRafDbReader)
#include "tst_rafdbreader.moc"
