// CheckpointFile: the .ckpt container. Hostile headers and sections are named errors, bounded before
// anything is allocated; FIFOs are refused without blocking.
#include "engine/core/Fnv1a.h"
#include "engine/io/CheckpointFile.h"
#include "tests/unit/core/ChildProcess.h"

#include <QtTest>

#include <fstream>

#include <sys/stat.h>

using arm::CheckpointFile;

namespace {

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::string kMagicLine = "ARM-INSPECTOR-CHECKPOINT 1\n";

// A header line with one section of `claimed` bytes, followed by `actual`.
std::string fileWithSection(std::uint64_t claimed, const std::string& actual)
{
    nlohmann::json h{{"config", nlohmann::json::object()},
                     {"sections", {{{"name", "weights"}, {"bytes", claimed}, {"fnv1a64", arm::Fnv1a::hexOf(actual)}}}}};
    return kMagicLine + h.dump() + "\n" + actual;
}

// The error message of read(), "" when it succeeded.
std::string readError(const std::string& path, bool withSections = true)
{
    try {
        CheckpointFile::read(path, withSections);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TstCheckpointFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const std::string p = path("rt.ckpt");
        const std::string weights("\x00\x01weights\n\xff", 11);
        CheckpointFile::write(p,
                              {{"config", {{"num_classes", 3}}},
                               {"epoch", 7},
                               {"metadata", {{"note", "a\nb"}, {"root", std::string("/data/\xff\xfe")}}},
                               {"running_generic_valid", true},
                               {"torch_version", "1.13"}},
                              {{"weights", weights}, {"optimizer", "opt"}});
        QVERIFY(CheckpointFile::isCheckpoint(p));
        const CheckpointFile::Contents c = CheckpointFile::read(p, true);
        QCOMPARE(c.config.at("num_classes").get<int>(), 3);
        QCOMPARE(c.epoch, 7);
        QCOMPARE(c.metadata.at("note").get<std::string>(), std::string("a\nb"));
        // A path that is not UTF-8 is written with replacement characters instead of failing the save.
        QVERIFY(c.metadata.at("root").get<std::string>().rfind("/data/", 0) == 0);
        QVERIFY(c.runningGenericValid);
        QCOMPARE(c.torchVersion, std::string("1.13"));
        QCOMPARE(c.sections.at("weights"), weights);
        QCOMPARE(c.sections.at("optimizer"), std::string("opt"));
        const CheckpointFile::Contents h = CheckpointFile::read(p, false);
        QVERIFY(h.sections.empty());
        QCOMPARE(h.sectionSizes.at("weights"), std::uint64_t(weights.size()));
    }

    void jsonDepthIgnoresStrings()
    {
        QCOMPARE(CheckpointFile::jsonDepth("{\"a\": \"[[[[{{\", \"b\": [1, [2]]}", 64), 3);
        QCOMPARE(CheckpointFile::jsonDepth("{\"a\": \"\\\"[[[[\"}", 64), 1);
        QCOMPARE(CheckpointFile::jsonDepth(std::string(100000, '['), 64), 65); // stops counting past the limit
    }

    void hostileHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        // 10^6-deep nesting crashed the old reader (recursive copy of the parsed JSON).
        QTest::newRow("deep nesting") << QByteArray(std::string(1000000, '[').c_str()) << QStringLiteral("nested deeper than 64");
        QTest::newRow("deep in metadata")
            << QByteArray(("{\"config\":{},\"sections\":[],\"metadata\":" + std::string(70, '[') + std::string(70, ']') + "}").c_str())
            << QStringLiteral("nested deeper than 64");
        QTest::newRow("not json") << QByteArray("{\"config\": [1, 2") << QStringLiteral("invalid JSON");
        QTest::newRow("not utf-8") << QByteArray("{\"config\": {}, \"sections\": [], \"x\": \"\xff\xfe\"}")
                                   << QStringLiteral("not UTF-8) at byte");
        QTest::newRow("epoch type") << QByteArray("{\"config\": {}, \"sections\": [], \"epoch\": \"five\"}")
                                    << QStringLiteral("key 'epoch' must be");
        QTest::newRow("metadata type") << QByteArray("{\"config\": {}, \"sections\": [], \"metadata\": [1]}")
                                       << QStringLiteral("key 'metadata' must be an object");
        QTest::newRow("config type") << QByteArray("{\"config\": 3, \"sections\": []}") << QStringLiteral("key 'config' must be");
        QTest::newRow("no sections") << QByteArray("{\"config\": {}}") << QStringLiteral("'sections' missing");
        QTest::newRow("section bytes type")
            << QByteArray("{\"config\": {}, \"sections\": [{\"name\": \"w\", \"bytes\": \"12\", \"fnv1a64\": \"0123456789abcdef\"}]}")
            << QStringLiteral("section 1: 'bytes' must be a byte count");
        QTest::newRow("negative bytes")
            << QByteArray("{\"config\": {}, \"sections\": [{\"name\": \"w\", \"bytes\": -5, \"fnv1a64\": \"0123456789abcdef\"}]}")
            << QStringLiteral("section 1: 'bytes' must be a byte count");
        QTest::newRow("duplicate section")
            << QByteArray("{\"config\": {}, \"sections\": [{\"name\": \"w\", \"bytes\": 0, \"fnv1a64\": \"14650fb0739d0383\"},"
                          "{\"name\": \"w\", \"bytes\": 0, \"fnv1a64\": \"14650fb0739d0383\"}]}")
            << QStringLiteral("appears twice");
    }
    void hostileHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        const std::string p = path("h.ckpt");
        writeBytes(p, kMagicLine + header.toStdString() + "\n");
        const std::string msg = readError(p);
        QVERIFY2(msg.rfind(p + ": ", 0) == 0, msg.c_str());
        QVERIFY2(msg.find(expected.toStdString()) != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("json.exception") == std::string::npos, msg.c_str());
        QCOMPARE(readError(p, false), msg); // peek checks the same
    }

    void overlongHeaderIsBounded()
    {
        const std::string p = path("long.ckpt");
        writeBytes(p, kMagicLine + "\"" + std::string(CheckpointFile::kMaxHeaderBytes + 10, 'x'));
        const std::string msg = readError(p);
        QVERIFY2(msg.find("longer than 8 MiB") != std::string::npos, msg.c_str());
    }

    void versionGarbageIsPrintable()
    {
        const std::string p = path("v.ckpt");
        writeBytes(p, "ARM-INSPECTOR-CHECKPOINT \x01\x02\xff" + std::string(200, 'z'));
        const std::string msg = readError(p);
        QVERIFY2(msg.find("unsupported checkpoint version ' ???zzz") != std::string::npos, msg.c_str());
        QVERIFY2(msg.size() < p.size() + 140, msg.c_str());
    }

    // A header claiming a 6 GiB section in a small file: "truncated", without trying to allocate 6 GiB
    // first (the old reader did). The child's address space is capped at 1 GiB above its current size.
    void hugeSectionClaimIsBoundedByTheFile()
    {
        const std::string p = path("huge.ckpt");
        writeBytes(p, fileWithSection(std::uint64_t(6) << 30, std::string(100, 'w')));
        const std::string msg = readError(p);
        QVERIFY2(msg.find("truncated checkpoint: section 'weights' should have 6442450944 bytes, the file has 100 left") !=
                     std::string::npos,
                 msg.c_str());
        const armtest::ChildResult r = armtest::runInChild(
            [&] { return readError(p).find("truncated checkpoint") != std::string::npos ? 0 : 1; }, 20000,
            armtest::currentAddressSpace() + (rlim_t(1) << 30));
        QVERIFY(r.exited);
        QCOMPARE(r.code, 0);
    }

    void sectionProblems()
    {
        const std::string p = path("s.ckpt");
        std::string good = fileWithSection(5, "abcde");
        writeBytes(p, good);
        QCOMPARE(readError(p), std::string());
        writeBytes(p, good + "x");
        QVERIFY(readError(p).find("1 unexpected bytes after the last section") != std::string::npos);
        good.back() = 'X';
        writeBytes(p, good);
        QVERIFY(readError(p).find("section 'weights' does not match its checksum") != std::string::npos);
        QCOMPARE(readError(p, false), std::string()); // the header alone does not read the bytes
    }

    void nonRegularFilesAreNamed()
    {
        const std::string fifo = path("pipe.ckpt");
        QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
        // Old reader: std::ifstream blocked forever in open(). Run in a child so a regression cannot hang the suite.
        const armtest::ChildResult r = armtest::runInChild(
            [&] {
                if (CheckpointFile::isCheckpoint(fifo))
                    return 1;
                return readError(fifo) == fifo + ": is a named pipe (FIFO), not a file" ? 0 : 2;
            },
            5000);
        QVERIFY2(!r.timedOut, "reading a FIFO blocked");
        QCOMPARE(r.code, 0);
        QVERIFY(readError(m_dir.path().toStdString()).find("is a directory") != std::string::npos);
        QVERIFY(readError("/dev/zero").find("is a device") != std::string::npos);
        QVERIFY(!CheckpointFile::isCheckpoint("/dev/zero"));
    }

    // Every prefix of a valid file is an error, never a crash or a partial result.
    void everyPrefixIsAnError()
    {
        const std::string p = path("whole.ckpt"), cut = path("cut.ckpt");
        CheckpointFile::write(p, {{"config", nlohmann::json::object()}}, {{"weights", std::string(300, 'w')}});
        const std::string bytes = readBytes(p);
        for (std::size_t n = 0; n < bytes.size(); ++n) {
            writeBytes(cut, bytes.substr(0, n));
            QVERIFY2(!readError(cut).empty(), qPrintable(QString::number(n)));
        }
        writeBytes(cut, bytes);
        QCOMPARE(readError(cut), std::string());
    }

private:
    std::string path(const std::string& name) const { return m_dir.filePath(QString::fromStdString(name)).toStdString(); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstCheckpointFile)
#include "tst_checkpointfile.moc"
