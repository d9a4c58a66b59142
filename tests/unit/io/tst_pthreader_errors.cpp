// PthReader / PthWriter / Unpickler without Python: C++ round trips, hand-made pickles, and hostile
// input (empty, garbage, truncated, bit-flipped, unknown opcodes) that must give a named PthError.
#include "engine/io/PthError.h"
#include "engine/io/PthReader.h"
#include "engine/io/PthWriter.h"
#include "engine/io/Unpickler.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include <QtTest>

#include <fstream>
#include <random>

namespace {

std::string tmpPath(const QTemporaryDir& dir, const char* name)
{
    return (dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString();
}

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

// A torch.save-like zip with the given data.pkl and storage records.
void writeZip(const std::string& path, const std::string& pickle,
              const std::map<std::string, std::string>& records = {})
{
    caffe2::serialize::PyTorchStreamWriter zip(path);
    zip.writeRecord("data.pkl", pickle.data(), pickle.size());
    for (const auto& [name, bytes] : records)
        zip.writeRecord(name, bytes.data(), bytes.size());
    zip.writeEndOfFile();
}

std::string str(const std::string& s) // BINUNICODE
{
    std::string out = "X";
    for (int i = 0; i < 4; ++i)
        out.push_back(char((s.size() >> (8 * i)) & 0xff));
    return out + s;
}

const std::string Z(1, '\0'); // an embedded NUL byte ("\x00" would end a C string literal)

QByteArray bytes(const std::string& s) { return QByteArray(s.data(), qsizetype(s.size())); }

// Returns the PthError message, or "" when reading succeeded.
QString readError(const std::string& path)
{
    try {
        arm::PthReader::read(path);
    } catch (const arm::PthError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

std::map<std::string, torch::Tensor> sampleTensors()
{
    torch::manual_seed(7);
    const torch::Tensor big = torch::randn({5, 6});
    return {
        {"features.0.weight", torch::randn({4, 3, 3, 3})},
        {"features.1.num_batches_tracked", torch::tensor(int64_t(12345678901))},
        {"arm.alpha", torch::ones({1}) * 0.5},
        {"transposed", big.t()},                  // non-contiguous: written contiguous
        {"half", torch::randn({3}).to(torch::kHalf)},
        {"bool", torch::tensor({true, false})},
        {"int", torch::tensor({-70000, 3, 300}, torch::kInt)},
        {"empty", torch::zeros({0, 3})},
    };
}

} // namespace

class TstPthReaderErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writerReaderRoundTrip()
    {
        QTemporaryDir dir;
        const auto tensors = sampleTensors();
        const std::string path = tmpPath(dir, "rt.pth");
        arm::writePth(tensors, path);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("rt.pth")}); // temp renamed away
        const arm::PthContents back = arm::PthReader::read(path);
        QCOMPARE(back.layout, arm::PthLayout::BareStateDict);
        QVERIFY(!back.hasModulePrefix);
        QCOMPARE(back.tensors.size(), tensors.size());
        for (const auto& [name, t] : tensors) {
            QVERIFY2(back.tensors.count(name), name.c_str());
            QCOMPARE(back.tensors.at(name).scalar_type(), t.scalar_type());
            QVERIFY2(torch::equal(back.tensors.at(name), t), name.c_str());
        }
    }

    void modulePrefixIsReportedNotStripped()
    {
        QTemporaryDir dir;
        const std::string path = tmpPath(dir, "dp.pth");
        arm::writePth({{"module.fc.weight", torch::ones({2, 2})}, {"module.fc.bias", torch::zeros({2})}}, path);
        const arm::PthContents c = arm::PthReader::read(path);
        QVERIFY(c.hasModulePrefix);
        QVERIFY(c.tensors.count("module.fc.weight"));
    }

    void wrapperLayouts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("layout");
        QTest::newRow("authors") << QStringLiteral("model_state_dict") << int(arm::PthLayout::AuthorsWrapper);
        QTest::newRow("state_dict") << QStringLiteral("state_dict") << int(arm::PthLayout::StateDictWrapper);
        QTest::newRow("model") << QStringLiteral("model") << int(arm::PthLayout::ModelWrapper);
    }
    void wrapperLayouts()
    {
        QFETCH(QString, key);
        QFETCH(int, layout);
        QTemporaryDir dir;
        // {'iter': 70000, 'lr': 0.5, 'arch': 'r18', <key>: OrderedDict(w=<float tensor (2,)>)} in protocol 2,
        // with an OrderedDict _metadata BUILD exactly like torch.save.
        std::string p = "\x80\x02}q" + Z + "(";
        p += str("iter") + "J\x70\x11\x01" + Z;
        p += str("lr") + std::string("G\x3f\xe0\x00\x00\x00\x00\x00\x00", 9);
        p += str("arch") + str("r18");
        p += str(key.toStdString()) + "ccollections\nOrderedDict\nq\x01)Rq\x02";
        p += "(" + str("w") + "ctorch._utils\n_rebuild_tensor_v2\n(" + "(" + str("storage") +
             "ctorch\nFloatStorage\n" + str("0") + str("cpu") + "K\x02tQK" + Z + "K\x02\x85K\x01\x85\x89" +
             "h\x01)RtRu";
        p += "}" + str("version") + "K\x01sb"; // _metadata
        p += "u.";
        const float data[2] = {1.5f, -2.0f};
        const std::string path = tmpPath(dir, "w.pth");
        writeZip(path, p, {{"data/0", std::string(reinterpret_cast<const char*>(data), sizeof data)}});
        const arm::PthContents c = arm::PthReader::read(path);
        QCOMPARE(int(c.layout), layout);
        QCOMPARE(c.iter.value_or(-1), layout == int(arm::PthLayout::BareStateDict) ? -1 : int64_t(70000));
        QCOMPARE(std::get<double>(c.metadata.at("lr")), 0.5);
        QCOMPARE(std::get<std::string>(c.metadata.at("arch")), std::string("r18"));
        QCOMPARE(c.tensors.size(), size_t(1));
        QVERIFY(torch::equal(c.tensors.at("w"), torch::tensor({1.5f, -2.0f})));
    }

    void namedErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("hello, world\n") << QStringLiteral("not a PyTorch zip");
        QTest::newRow("garbage-pk") << QByteArray("PK\x03\x04garbage garbage garbage", 27)
                                    << QStringLiteral("cannot read the archive");
    }
    void namedErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = tmpPath(dir, "bad.pth");
        writeBytes(path, bytes.toStdString());
        const QString msg = readError(path);
        QVERIFY2(msg.contains(QStringLiteral("bad.pth")) && msg.contains(expected), qPrintable(msg));
    }

    void missingFile()
    {
        const QString msg = readError("/nonexistent/dir/x.pth");
        QVERIFY2(msg.contains(QStringLiteral("x.pth")) && msg.contains(QStringLiteral("cannot open")),
                 qPrintable(msg));
    }

    void directoryIsNamed()
    {
        QTemporaryDir dir;
        const QString msg = readError(dir.path().toStdString());
        QVERIFY2(msg.contains(QStringLiteral("is a directory")), qPrintable(msg));
    }

    void pickleProblemsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("pickle");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown opcode") << QByteArray("\x80\x02}\xff.", 5)
                                        << QStringLiteral("unknown opcode 0xff at byte 3");
        QTest::newRow("no stop") << QByteArray("\x80\x02}", 3) << QStringLiteral("truncated");
        QTest::newRow("short int") << QByteArray("\x80\x02J\x01", 4) << QStringLiteral("truncated");
        QTest::newRow("underflow") << QByteArray("\x80\x02s.", 4) << QStringLiteral("stack underflow");
        QTest::newRow("bad memo") << QByteArray("\x80\x02h\x05.", 5) << QStringLiteral("memo entry 5");
        QTest::newRow("unsupported global")
            << bytes("\x80\x02}" + str("w") + "cos\nsystem\n)Rs.")
            << QStringLiteral("unsupported global os.system");
        QTest::newRow("pickled module")
            << bytes(std::string("\x80\x02") + "c__main__\nNet\n)R.") << QStringLiteral("__main__.Net");
        QTest::newRow("not a dict") << QByteArray("\x80\x02K\x05.", 5) << QStringLiteral("not a dict");
        QTest::newRow("missing storage")
            << bytes("\x80\x02}" + str("w") + "ctorch._utils\n_rebuild_tensor_v2\n((" + str("storage") +
                     "ctorch\nFloatStorage\n" + str("42") + str("cpu") + "K\x02tQK" + Z +
                     "K\x02\x85K\x01\x85\x89)tRs.")
            << QStringLiteral("missing storage record data/42");
        QTest::newRow("bad storage type")
            << bytes("\x80\x02(" + str("storage") + "cnumpy\nfloat\n" + str("0") + str("cpu") + "K\x02tQ.")
            << QStringLiteral("unsupported storage type");
    }
    void pickleProblemsAreNamed()
    {
        QFETCH(QByteArray, pickle);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = tmpPath(dir, "p.pth");
        writeZip(path, pickle.toStdString());
        const QString msg = readError(path);
        QVERIFY2(msg.contains(QStringLiteral("p.pth")) && msg.contains(expected), qPrintable(msg));
    }

    void viewPastStorageEndIsRefused()
    {
        QTemporaryDir dir;
        // size (3,) stride (1,) offset 0 on a 2-element storage
        std::string p = "\x80\x02}" + str("w") + "ctorch._utils\n_rebuild_tensor_v2\n((" + str("storage") +
                        "ctorch\nFloatStorage\n" + str("0") + str("cpu") + "K\x02tQK" + Z + "K\x03\x85K\x01\x85\x89)tRs.";
        const std::string path = tmpPath(dir, "v.pth");
        writeZip(path, p, {{"data/0", std::string(8, '\0')}});
        QVERIFY2(readError(path).contains(QStringLiteral("past the end of storage")), qPrintable(readError(path)));
    }

    void zipWithoutDataPkl()
    {
        QTemporaryDir dir;
        const std::string path = tmpPath(dir, "nodata.pth");
        {
            caffe2::serialize::PyTorchStreamWriter zip(path);
            zip.writeRecord("other.txt", "x", 1);
            zip.writeEndOfFile();
        }
        QVERIFY2(readError(path).contains(QStringLiteral("no data.pkl")), qPrintable(readError(path)));
    }

    // Every prefix of a valid file is an error (never a crash, never a silent partial result).
    void truncatedFiles()
    {
        QTemporaryDir dir;
        const std::string good = tmpPath(dir, "good.pth");
        arm::writePth(sampleTensors(), good);
        const std::string bytes = readBytes(good);
        const std::string cut = tmpPath(dir, "cut.pth");
        for (size_t n = 0; n < bytes.size(); n += std::max<size_t>(1, bytes.size() / 97)) {
            writeBytes(cut, bytes.substr(0, n));
            QVERIFY2(!readError(cut).isEmpty(), qPrintable(QString::number(n)));
        }
    }

    // The pickle alone, cut at every byte: the unpickler must report truncation, not read past the end.
    void truncatedPickleEveryByte()
    {
        const auto map = sampleTensors();
        const std::string pickle = arm::pthPickle({map.begin(), map.end()});
        auto loader = [](const std::string&, c10::ScalarType dtype) {
            return torch::zeros({1000}, torch::TensorOptions().dtype(dtype));
        };
        for (size_t n = 0; n + 1 < pickle.size(); ++n) {
            const std::string part = pickle.substr(0, n);
            arm::PickleArena arena;
            arm::Unpickler u("mem", reinterpret_cast<const uint8_t*>(part.data()), part.size(), loader, arena);
            QVERIFY_EXCEPTION_THROWN(u.parse(), arm::PthError);
        }
        arm::PickleArena arena;
        arm::Unpickler whole("mem", reinterpret_cast<const uint8_t*>(pickle.data()), pickle.size(), loader, arena);
        QCOMPARE(whole.parse()->entries.size(), sampleTensors().size());
    }

    // Random byte corruption of the pickle: any outcome but a crash or a foreign exception is fine.
    void corruptedPickleNeverCrashes()
    {
        const auto map = sampleTensors();
        const std::string pickle = arm::pthPickle({map.begin(), map.end()});
        auto loader = [](const std::string&, c10::ScalarType dtype) {
            return torch::zeros({64}, torch::TensorOptions().dtype(dtype));
        };
        std::mt19937 rng(42);
        int errors = 0;
        for (int iter = 0; iter < 2000; ++iter) {
            std::string bad = pickle;
            for (int k = 0; k < 3; ++k)
                bad[rng() % bad.size()] = char(rng() & 0xff);
            arm::PickleArena arena;
            arm::Unpickler u("mem", reinterpret_cast<const uint8_t*>(bad.data()), bad.size(), loader, arena);
            try {
                u.parse();
            } catch (const arm::PthError&) {
                ++errors;
            }
        }
        QVERIFY(errors > 0);
    }

    // Random byte corruption of a whole small .pth (zip headers, CRCs, pickle, data): PthError or success.
    void corruptedFileNeverCrashes()
    {
        QTemporaryDir dir;
        const std::string good = tmpPath(dir, "good.pth");
        arm::writePth({{"w", torch::arange(6, torch::kFloat).reshape({2, 3})}, {"n", torch::tensor(int64_t(3))}}, good);
        const std::string bytes = readBytes(good);
        const std::string bad = tmpPath(dir, "bad.pth");
        std::mt19937 rng(7);
        int errors = 0;
        for (int iter = 0; iter < 300; ++iter) {
            std::string b = bytes;
            for (int k = 0; k < 1 + iter % 4; ++k)
                b[rng() % b.size()] = char(rng() & 0xff);
            writeBytes(bad, b);
            errors += readError(bad).isEmpty() ? 0 : 1;
        }
        QVERIFY(errors > 0);
    }

    void deepNestingIsRefused()
    {
        // ]q\0 then repeatedly: ] (new list) h\0 (old) ... build 1000-deep nesting via memo
        std::string p = "\x80\x02]q";
        p.push_back('\0');
        for (int i = 0; i < 1000; ++i) {
            p += "]q";
            p.push_back('\x01');
            p += "h";
            p.push_back('\0');
            p += "a0h"; // append old into new, pop, push new
            p.push_back('\x01');
            p += "q";
            p.push_back('\0');
            p += "0";
        }
        p += "h";
        p.push_back('\0');
        p += ".";
        arm::PickleArena arena;
        arm::Unpickler u("deep", reinterpret_cast<const uint8_t*>(p.data()), p.size(), {}, arena);
        try {
            u.parse();
            QFAIL("accepted 1000-deep nesting");
        } catch (const arm::PthError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("nested deeper")), e.what());
        }
    }

    void writerKeepsGivenOrderAndRefusesDuplicates()
    {
        QTemporaryDir dir;
        const std::string path = tmpPath(dir, "o.pth");
        const std::vector<std::pair<std::string, torch::Tensor>> ordered = {
            {"z.weight", torch::ones({2})}, {"a.weight", torch::zeros({3})}};
        arm::writePthOrdered(ordered, path);
        const std::string pickle = readBytes(path);
        QVERIFY(pickle.find("z.weight") < pickle.find("a.weight"));
        QCOMPARE(arm::PthReader::read(path).tensors.size(), size_t(2));
        QVERIFY_EXCEPTION_THROWN(arm::writePthOrdered({{"a", torch::ones({1})}, {"a", torch::ones({1})}}, path),
                                 arm::PthError);
        QCOMPARE(arm::PthReader::read(path).tensors.size(), size_t(2)); // old file intact
    }

    void hugeStrideZeroViewIsRefused()
    {
        QTemporaryDir dir;
        // size (2^31, 2^31) stride (0, 0) on a 1-element storage: in bounds, but 2^62 elements
        std::string p = "\x80\x02}" + str("w") + "ctorch._utils\n_rebuild_tensor_v2\n((" + str("storage") +
                        "ctorch\nFloatStorage\n" + str("0") + str("cpu") + "K\x01tQK" + Z +
                        "(\x8a\x05" + Z + Z + Z + "\x80" + Z + "\x8a\x05" + Z + Z + Z + "\x80" + Z + "t(K" + Z +
                        "K" + Z + "t\x89)tRs.";
        const std::string path = tmpPath(dir, "h.pth");
        writeZip(path, p, {{"data/0", std::string(4, '\0')}});
        QVERIFY2(readError(path).contains(QStringLiteral("more than 2^40")), qPrintable(readError(path)));
    }

    void writerRefusesUnsupportedDtypeAndKeepsNoTemp()
    {
        QTemporaryDir dir;
        const std::string path = tmpPath(dir, "c.pth");
        QVERIFY_EXCEPTION_THROWN(arm::writePth({{"z", torch::zeros({2}, torch::kComplexFloat)}}, path), arm::PthError);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstPthReaderErrors)
#include "tst_pthreader_errors.moc"
