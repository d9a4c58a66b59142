#include "engine/core/ExpressionClasses.h"
#include "engine/synth/SynthDatasetWriter.h"

#include <opencv2/imgcodecs.hpp>

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct ListEntry {
    std::string name;
    int label = 0;
};

std::vector<ListEntry> readList(const fs::path& file)
{
    std::ifstream in(file);
    std::vector<ListEntry> out;
    std::string line;
    static const std::regex re(R"(^(train_\d{5}|test_\d{4})\.jpg [1-7]$)");
    while (std::getline(in, line)) {
        if (!std::regex_match(line, re))
            throw std::runtime_error("malformed list line: " + line);
        std::istringstream ss(line);
        ListEntry e;
        ss >> e.name >> e.label;
        out.push_back(e);
    }
    return out;
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path imagePath(const fs::path& dir, const std::string& name)
{
    return dir / "Image" / "aligned" / (name.substr(0, name.size() - 4) + "_aligned.jpg");
}

arm::SynthOptions options(const QTemporaryDir& tmp, const char* sub, int count, unsigned long long seed)
{
    arm::SynthOptions o;
    o.outDir = (fs::path(tmp.path().toStdString()) / sub).string();
    o.count = count;
    o.seed = seed;
    return o;
}

} // namespace

class TstSynthDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classCountsFollowRafdb()
    {
        // The RAF-DB train size reproduces RAF-DB's own counts exactly.
        QVERIFY(arm::SynthDatasetWriter::classCounts(12271) == arm::SynthDatasetWriter::rafdbTrainCounts());
        const auto c = arm::SynthDatasetWriter::classCounts(3000);
        int sum = 0;
        for (int k : c)
            sum += k;
        QCOMPARE(sum, 3000);
        QCOMPARE(int(std::max_element(c.begin(), c.end()) - c.begin()), int(arm::ExpressionClasses::Happiness));
        QCOMPARE(int(std::min_element(c.begin(), c.end()) - c.begin()), int(arm::ExpressionClasses::Fear));
        const double ratio = double(c[arm::ExpressionClasses::Happiness]) / c[arm::ExpressionClasses::Fear];
        QVERIFY2(ratio > 14 && ratio < 20, qPrintable(QString::number(ratio)));
        // Small sets still contain every class.
        for (int k : arm::SynthDatasetWriter::classCounts(30))
            QVERIFY(k >= 1);
    }
    void layoutIsRafdbBasic()
    {
        QTemporaryDir tmp;
        const arm::SynthOptions o = options(tmp, "ds", 150, 7);
        const arm::SynthResult r = arm::SynthDatasetWriter::write(o);
        QCOMPARE(r.train, 120);
        QCOMPARE(r.test, 30);
        QVERIFY(r.truthFile.empty());
        const fs::path dir(o.outDir);
        QVERIFY(!fs::exists(dir / "EmoLabel" / "noise_truth.txt"));
        const auto list = readList(dir / "EmoLabel" / "list_patition_label.txt");
        QCOMPARE(int(list.size()), 150);
        std::map<std::string, int> trainCounts;
        int train = 0, test = 0;
        std::array<int, 7> perClass{};
        for (const auto& e : list) {
            const bool isTest = e.name.rfind("test_", 0) == 0;
            const int number = std::stoi(e.name.substr(isTest ? 5 : 6, isTest ? 4 : 5));
            QCOMPARE(number, isTest ? ++test : ++train); // consecutive numbering from 1 per split
            if (!isTest)
                ++perClass[static_cast<std::size_t>(e.label - 1)];
            const cv::Mat img = cv::imread(imagePath(dir, e.name).string(), cv::IMREAD_UNCHANGED);
            QVERIFY2(!img.empty(), e.name.c_str());
            QCOMPARE(img.size(), cv::Size(100, 100));
            QCOMPARE(img.channels(), 3);
        }
        QVERIFY(perClass == arm::SynthDatasetWriter::classCounts(120));
        QVERIFY(perClass == r.trainClassCounts);
        // Nothing else in the image folder.
        int files = 0;
        for (const auto& e : fs::directory_iterator(dir / "Image" / "aligned")) {
            (void)e;
            ++files;
        }
        QCOMPARE(files, 150);
        QVERIFY(arm::SynthDatasetWriter::isSynthOutput(o.outDir));
    }
    void sameSeedSameBytes()
    {
        QTemporaryDir tmp;
        arm::SynthOptions a = options(tmp, "a", 60, 42), b = options(tmp, "b", 60, 42), c = options(tmp, "c", 60, 43);
        a.noise = b.noise = c.noise = 0.3;
        b.threads = 3; // the thread count must not change a byte
        arm::SynthDatasetWriter::write(a);
        arm::SynthDatasetWriter::write(b);
        arm::SynthDatasetWriter::write(c);
        for (const char* f : {"EmoLabel/list_patition_label.txt", "EmoLabel/noise_truth.txt", "synth_info.json"})
            QCOMPARE(slurp(fs::path(a.outDir) / f), slurp(fs::path(b.outDir) / f));
        int differ = 0;
        for (const auto& e : readList(fs::path(a.outDir) / "EmoLabel" / "list_patition_label.txt")) {
            const std::string ia = slurp(imagePath(a.outDir, e.name));
            QVERIFY(!ia.empty());
            QVERIFY2(ia == slurp(imagePath(b.outDir, e.name)), e.name.c_str());
            differ += ia != slurp(imagePath(c.outDir, e.name)) ? 1 : 0;
        }
        QCOMPARE(differ, 60); // another seed draws other faces
        QVERIFY(slurp(fs::path(a.outDir) / "EmoLabel/list_patition_label.txt") !=
                slurp(fs::path(c.outDir) / "EmoLabel/list_patition_label.txt"));
    }
    void noiseFlipsTrainLabelsAndTruthIsConsistent_data()
    {
        QTest::addColumn<double>("noise");
        QTest::newRow("10%") << 0.1;
        QTest::newRow("35%") << 0.35;
    }
    void noiseFlipsTrainLabelsAndTruthIsConsistent()
    {
        QFETCH(double, noise);
        QTemporaryDir tmp;
        arm::SynthOptions o = options(tmp, "n", 250, 9);
        o.noise = noise;
        const arm::SynthResult r = arm::SynthDatasetWriter::write(o);
        QVERIFY(QString::fromStdString(r.truthFile).contains(QStringLiteral("truth")));
        const auto list = readList(fs::path(o.outDir) / "EmoLabel" / "list_patition_label.txt");
        std::ifstream truth(r.truthFile);
        std::string name;
        int clean = 0, given = 0, flipped = 0;
        std::size_t i = 0;
        while (truth >> name >> clean >> given) {
            QVERIFY(i < list.size());
            QCOMPARE(name, list[i].name);
            QCOMPARE(given, list[i].label);
            QVERIFY(clean >= 1 && clean <= 7);
            if (clean != given) {
                ++flipped;
                QVERIFY2(name.rfind("train_", 0) == 0, "test labels must stay clean");
            }
            ++i;
        }
        QCOMPARE(i, list.size());
        QCOMPARE(flipped, int(std::lround(noise * r.train)));
        QCOMPARE(flipped, r.flipped);
        // The clean labels are the noise-free dataset's labels: same seed without noise.
        arm::SynthOptions cleanOpts = o;
        cleanOpts.noise = 0.0;
        const auto plan = arm::SynthDatasetWriter::plan(cleanOpts);
        std::ifstream truth2(r.truthFile);
        for (const auto& s : plan) {
            truth2 >> name >> clean >> given;
            QCOMPARE(clean, s.cleanLabel + 1);
        }
    }
    void refusesForeignNonEmptyDirectory()
    {
        QTemporaryDir tmp;
        arm::SynthOptions o = options(tmp, "x", 20, 1);
        fs::create_directories(o.outDir);
        std::ofstream(fs::path(o.outDir) / "precious.txt") << "keep me";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, arm::SynthDatasetWriter::write(o));
        QVERIFY(!fs::exists(fs::path(o.outDir) / "EmoLabel"));
        o.force = true;
        arm::SynthDatasetWriter::write(o);
        QCOMPARE(slurp(fs::path(o.outDir) / "precious.txt"), std::string("keep me"));
    }
    void rewritesPreviousOutputWithoutStaleFiles()
    {
        QTemporaryDir tmp;
        arm::SynthOptions o = options(tmp, "r", 40, 1);
        o.noise = 0.2;
        arm::SynthDatasetWriter::write(o);
        o.count = 15;
        o.noise = 0.0;
        arm::SynthDatasetWriter::write(o); // a previous synth output: no --force needed
        int files = 0;
        for (const auto& e : fs::directory_iterator(fs::path(o.outDir) / "Image" / "aligned")) {
            (void)e;
            ++files;
        }
        QCOMPARE(files, 15);
        QVERIFY(!fs::exists(fs::path(o.outDir) / "EmoLabel" / "noise_truth.txt"));
    }
    void rejectsBadOptions_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("noise");
        QTest::addColumn<int>("size");
        QTest::newRow("count 0") << 0 << 0.0 << 100;
        QTest::newRow("noise > 1") << 10 << 1.5 << 100;
        QTest::newRow("noise < 0") << 10 << -0.1 << 100;
        QTest::newRow("size 4") << 10 << 0.0 << 4;
    }
    void rejectsBadOptions()
    {
        QFETCH(int, count);
        QFETCH(double, noise);
        QFETCH(int, size);
        arm::SynthOptions o;
        o.outDir = "unused";
        o.count = count;
        o.noise = noise;
        o.size = size;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, arm::SynthDatasetWriter::plan(o));
    }
    void otherSizes()
    {
        QTemporaryDir tmp;
        arm::SynthOptions o = options(tmp, "s", 10, 2);
        o.size = 48;
        arm::SynthDatasetWriter::write(o);
        const auto list = readList(fs::path(o.outDir) / "EmoLabel" / "list_patition_label.txt");
        QCOMPARE(cv::imread(imagePath(o.outDir, list.front().name).string()).size(), cv::Size(48, 48));
    }
};

QTEST_GUILESS_MAIN(TstSynthDataset)
#include "tst_synthdataset.moc"
