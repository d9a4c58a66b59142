#include "tests/unit/DatasetFixtures.h"
#include "tests/unit/data/HostileFiles.h"

#include "engine/data/DatasetOpener.h"
#include "engine/data/DatasetValidator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fixtures;

class TstDatasetOpener : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("format");
        QTest::newRow("rafdb") << QStringLiteral("rafdb") << int(arm::DatasetFormat::RafDb);
        QTest::newRow("rafdb-labelfile") << QStringLiteral("rafdb-file") << int(arm::DatasetFormat::RafDb);
        QTest::newRow("fer2013-dir") << QStringLiteral("fer") << int(arm::DatasetFormat::Fer2013);
        QTest::newRow("fer2013-csv") << QStringLiteral("fer-file") << int(arm::DatasetFormat::Fer2013);
        QTest::newRow("affectnet") << QStringLiteral("affectnet") << int(arm::DatasetFormat::AffectNetCsv);
        QTest::newRow("folder") << QStringLiteral("folder") << int(arm::DatasetFormat::Folder);
        QTest::newRow("affectnet-folder") << QStringLiteral("affectnet-folder") << int(arm::DatasetFormat::AffectNetFolder);
    }
    void detects()
    {
        QFETCH(QString, kind);
        QFETCH(int, format);
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        std::string path = root;
        if (kind.startsWith(QStringLiteral("rafdb"))) {
            writeImage(root + "/Image/aligned/train_1_aligned.jpg");
            writeText(root + "/EmoLabel/list_patition_label.txt", "train_1.jpg 1\n");
            if (kind == QStringLiteral("rafdb-file"))
                path = root + "/EmoLabel/list_patition_label.txt";
        } else if (kind.startsWith(QStringLiteral("fer"))) {
            writeText(root + "/fer2013.csv", "emotion,pixels,Usage\n0," + pixels(2304) + ",Training\n");
            if (kind == QStringLiteral("fer-file"))
                path = root + "/fer2013.csv";
        } else if (kind == QStringLiteral("affectnet")) {
            writeImage(root + "/1/a.jpg");
            writeText(root + "/training.csv", "subDirectory_filePath,expression\n1/a.jpg,1\n");
        } else if (kind == QStringLiteral("folder")) {
            writeImage(root + "/happy/a.jpg");
        } else {
            writeImage(root + "/train/contempt/a.jpg");
            writeImage(root + "/train/happy/b.jpg");
        }
        QCOMPARE(int(arm::DatasetOpener::detect(path)), format);
        const arm::DatasetIndex index = arm::DatasetOpener::open(path);
        QCOMPARE(int(index.format), format);
        QVERIFY(!index.samples.empty());
        QVERIFY(index.problems.empty());
    }
    void unknownOrMissingThrows()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, arm::DatasetOpener::detect(dir.path().toStdString()));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, arm::DatasetOpener::open(dir.path().toStdString() + "/nope"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::datasetFormatFromString("imagenet"));
        QCOMPARE(int(arm::datasetFormatFromString("affectnet")), int(arm::DatasetFormat::AffectNetCsv));
    }
    void validatorFindsCorruptImages()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        const std::string img = root + "/Image/aligned/";
        writeImage(img + "train_1_aligned.jpg", 100, 100, 1);
        writeImage(img + "train_2_aligned.jpg", 100, 100, 2);
        writeImage(img + "test_1_aligned.jpg", 100, 100, 3);
        writeImage(img + "train_3_aligned.jpg", 100, 100, 4);
        truncateFile(img + "train_3_aligned.jpg", 300); // truncated JPEG
        writeText(img + "test_2_aligned.jpg", "garbage, not a JPEG at all");
        writeText(root + "/EmoLabel/list_patition_label.txt",
                  "train_1.jpg 1\ntrain_2.jpg 4\ntest_1.jpg 4\ntrain_3.jpg 2\ntest_2.jpg 3\ntrain_9.jpg 3\n");
        arm::DatasetIndex index = arm::DatasetOpener::open(root);
        QCOMPARE(int(index.samples.size()), 5);
        QCOMPARE(int(index.problems.size()), 1); // train_9 missing
        const arm::ValidationReport report = arm::DatasetValidator::validate(index, 2);
        QCOMPARE(report.good, 3);
        QCOMPARE(report.samples.at("train"), 2);
        QCOMPARE(report.samples.at("test"), 1);
        QCOMPARE(report.classCounts[3], 2);
        QCOMPARE(report.classCounts[1], 0);
        QCOMPARE(int(report.problems.size()), 3);
        QVERIFY(hasProblem(report.problems, "list_patition_label.txt:6", "missing image"));
        QVERIFY(hasProblem(report.problems, "train_3_aligned.jpg", "truncated"));
        QVERIFY(hasProblem(report.problems, "test_2_aligned.jpg", "undecodable"));
        arm::DatasetValidator::prune(index, report);
        QCOMPARE(int(index.samples.size()), 3);
        QCOMPARE(int(index.problems.size()), 3);
    }
    // Before: "no dataset format recognised" at best, and opening a FIFO as a CSV blocked for ever.
    void pipesAndDevicesAreNamed()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        QVERIFY(hostile::makeFifo(root + "/labels.csv"));
        QVERIFY(hostile::symlinkTo("/dev/zero", root + "/zero.csv"));
        for (const std::string& path : {root + "/labels.csv", root + "/zero.csv"}) {
            const hostile::Outcome o = hostile::runBounded([&] { arm::DatasetOpener::open(path); });
            QVERIFY2(o.finished, ("opening " + path + " blocked").c_str());
            QVERIFY2(o.threw && o.message.rfind(path + ": is a ", 0) == 0, o.message.c_str());
        }
    }
    // A FIFO or a /dev/zero link named *.csv next to class folders must not block format detection
    // (FER2013 and AffectNet detection read the first line of every CSV).
    void csvPipesDoNotBlockDetection()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        writeImage(root + "/happy/1.jpg");
        writeImage(root + "/sad/2.jpg");
        QVERIFY(hostile::makeFifo(root + "/fer2013.csv"));
        QVERIFY(hostile::symlinkTo("/dev/zero", root + "/training.csv"));
        arm::DatasetFormat format = arm::DatasetFormat::Auto;
        const hostile::Outcome o = hostile::runBounded([&] { format = arm::DatasetOpener::detect(root); });
        QVERIFY2(o.finished, "format detection blocked on a FIFO named fer2013.csv");
        QVERIFY2(!o.threw, o.message.c_str());
        QCOMPARE(int(format), int(arm::DatasetFormat::Folder));
    }
};

QTEST_GUILESS_MAIN(TstDatasetOpener)
#include "tst_datasetopener.moc"
