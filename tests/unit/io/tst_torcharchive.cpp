// TorchArchive: the .ckpt weights section (torch::pickle_save bytes) read with the project's checked
// unpickler. Views past their storage and million-deep nesting crashed torch::pickle_load; here they
// are PthErrors naming the section and the byte.
#include "engine/io/PthError.h"
#include "engine/io/PthReader.h"
#include "engine/io/TorchArchive.h"
#include "tests/unit/core/ChildProcess.h"
#include "tests/unit/io/PickleFixtures.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <QtTest>

#include <random>

#include <sys/stat.h>

using arm::TorchArchive;

using picklefixtures::str;
using picklefixtures::zipBytes;

namespace {

// {name: _rebuild_tensor_v2(storage '0' of `numel` floats, 0, size, stride)} wrapped in restore_type_tag, as
// torch::pickle_save writes it. size/stride are pickled tuples such as "(M\xe8\x03M\xe8\x03t".
std::string tensorDictPickle(const std::string& name, int numel, const std::string& size, const std::string& stride)
{
    return "\x80\x02" "ctorch.jit._pickle\nrestore_type_tag\n}(" + str(name) +
           "ctorch._utils\n_rebuild_tensor_v2\n((" + str("storage") + "ctorch\nFloatStorage\n" + str("0") + str("cpu") +
           "K" + std::string(1, char(numel)) + "tQK" + std::string(1, '\0') + size + stride +
           "\x89" "ccollections\nOrderedDict\n)RtRu" + str("Dict[str, Tensor]") + "\x86R.";
}

std::string readError(const std::string& bytes)
{
    try {
        TorchArchive::readStateDict("w.ckpt (section 'weights')", bytes);
    } catch (const arm::PthError& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TstTorchArchive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatPickleSaveWrites()
    {
        c10::Dict<std::string, torch::Tensor> dict;
        dict.insert("fc.weight", torch::arange(6, torch::kFloat).view({2, 3}));
        dict.insert("bn.num_batches_tracked", torch::tensor(int64_t(42)));
        dict.insert("empty", torch::zeros({0, 4}));
        const std::vector<char> saved = torch::pickle_save(dict);
        const auto sd = TorchArchive::readStateDict("x", std::string(saved.begin(), saved.end()));
        QCOMPARE(sd.size(), std::size_t(3));
        QVERIFY(torch::equal(sd.at("fc.weight"), dict.at("fc.weight")));
        QCOMPARE(sd.at("bn.num_batches_tracked").item<int64_t>(), int64_t(42));
        QCOMPARE(sd.at("empty").sizes().vec(), std::vector<int64_t>({0, 4}));
    }

    void handMadePickleMatchesTheFormat()
    {
        // The helper below must build what pickle_save builds, or the hostile cases prove nothing.
        const std::string ok = zipBytes(tensorDictPickle("w", 6, "(K\x02K\x03t", "(K\x03K\x01t"),
                                        {{"data/0", std::string(24, '\0')}});
        const auto sd = TorchArchive::readStateDict("x", ok);
        QCOMPARE(sd.at("w").sizes().vec(), std::vector<int64_t>({2, 3}));
    }

    void viewPastItsStorageIsNamed()
    {
        // A 1000x1000 view of a 4-float storage.
        const std::string bad = zipBytes(tensorDictPickle("fc.weight", 4, "(M\xe8\x03M\xe8\x03t", "(M\xe8\x03K\x01t"),
                                         {{"data/0", std::string(16, '\0')}});
        const std::string msg = readError(bad);
        QVERIFY2(msg.rfind("w.ckpt (section 'weights'): tensor view (offset 0) reaches past the end of storage 0", 0) == 0,
                 msg.c_str());
        QVERIFY2(msg.find("at byte") != std::string::npos, msg.c_str());
    }

    void millionDeepNestingIsNamed()
    {
        const std::string pickle = "\x80\x02)" + std::string(1000000, '\x85') + ".";
        const std::string msg = readError(zipBytes(pickle));
        QVERIFY2(msg.find("nested deeper than") != std::string::npos, msg.c_str());
    }

    void otherProblemsAreNamed()
    {
        QVERIFY(readError("garbage").find("cannot read the archive") != std::string::npos);
        QVERIFY(readError("").find("cannot read the archive") != std::string::npos);
        // LibTorch's zip reader failures are named in plain words; its "[enforce fail at
        // inline_container.cc:120] ." text (found by fuzz_pth) never reaches the user.
        const std::string emptyZip = std::string("PK\x05\x06", 4) + std::string(18, '\0');
        for (const std::string& bad : {std::string("garbage"), std::string(), emptyZip}) {
            const std::string msg = readError(bad);
            QVERIFY2(msg.find("enforce fail") == std::string::npos && msg.find("inline_container") == std::string::npos,
                     msg.c_str());
        }
        QVERIFY2(readError(emptyZip).find("the zip archive is empty") != std::string::npos, readError(emptyZip).c_str());
        QVERIFY(readError(zipBytes("\x80\x02" "ctorch.jit._pickle\nrestore_type_tag\n)R."))
                    .find("called without a value") != std::string::npos);
        QVERIFY(readError(zipBytes("\x80\x02K\x05.")).find("is a int, not a state_dict") != std::string::npos);
        const std::string missing = zipBytes(tensorDictPickle("w", 6, "(K\x06t", "(K\x01t"));
        QVERIFY(readError(missing).find("missing storage record data/0") != std::string::npos);
    }

    // A deflated record may claim any uncompressed size (allocated before inflating): refused by name.
    // (Small compressed records are legitimate: optimizer states deflate their TorchScript code.)
    void compressedRecordsAreRefused()
    {
        std::string zip = zipBytes(tensorDictPickle("w", 6, "(K\x02K\x03t", "(K\x03K\x01t"),
                                   {{"data/0", std::string(24, '\0')}});
        const std::size_t central = zip.find("PK\x01\x02");
        QVERIFY(central != std::string::npos);
        zip[central + 10] = 8; // compression method: deflate
        for (int i = 0; i < 4; ++i)
            zip[central + 24 + i] = char(i == 3 ? 0x40 : 0); // uncompressed size: 1 GiB
        const std::string msg = readError(zip);
        QVERIFY2(msg.find("zip record 'archive/data.pkl' is compressed and claims more than 16 MiB") != std::string::npos,
                 msg.c_str());
    }

    // Random byte corruption of a real weights section: a PthError or a successful read, never a crash.
    void corruptedSectionsNeverCrash()
    {
        c10::Dict<std::string, torch::Tensor> dict;
        dict.insert("a", torch::randn({3, 4}));
        dict.insert("b", torch::randn({5}));
        const std::vector<char> saved = torch::pickle_save(dict);
        const std::string good(saved.begin(), saved.end());
        std::mt19937 rng(5);
        int errors = 0;
        for (int i = 0; i < 400; ++i) {
            std::string bad = good;
            for (int k = 0; k < 1 + i % 4; ++k)
                bad[rng() % bad.size()] = char(rng());
            errors += readError(bad).empty() ? 0 : 1;
        }
        QVERIFY(errors > 0);
    }

    // The .pth reader shares the archive code; a FIFO named as weights must not block it either.
    void pthReaderRefusesFifo()
    {
        QTemporaryDir dir;
        const std::string fifo = dir.filePath(QStringLiteral("w.pth")).toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0644), 0);
        const armtest::ChildResult r = armtest::runInChild(
            [&] {
                try {
                    arm::PthReader::read(fifo);
                } catch (const arm::PthError& e) {
                    return std::string(e.what()) == fifo + ": is a named pipe (FIFO), not a file" ? 0 : 2;
                }
                return 1;
            },
            5000);
        QVERIFY2(!r.timedOut, "reading a FIFO blocked");
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TstTorchArchive)
#include "tst_torcharchive.moc"
