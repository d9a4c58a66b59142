// Hostile .ckpt files, each of which crashed, hung or blew up memory before (issue "Reliability"):
// every one must now be a std::runtime_error naming the file and what is wrong.
#include "engine/io/CheckpointFile.h"
#include "engine/io/TorchArchive.h"
#include "engine/model/Checkpoint.h"
#include "engine/model/FerNet.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"
#include "tests/unit/core/ChildProcess.h"
#include "tests/unit/io/PickleFixtures.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <QtTest>

#include <fstream>

#include <sys/stat.h>

using arm::Checkpoint;
using arm::CheckpointFile;

using picklefixtures::str;
using picklefixtures::zipBytes;

namespace {

// The error of Checkpoint::load; "" when it loaded; "NOT A runtime_error: ..." for anything else.
std::string loadError(const std::string& path)
{
    try {
        Checkpoint::load(path);
    } catch (const std::runtime_error& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("NOT A runtime_error: ") + e.what();
    }
    return {};
}

} // namespace

class TstCheckpointHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        arm::Runtime::configureThreads(0);
        QVERIFY(m_dir.isValid());
        torch::manual_seed(3);
        arm::ModelConfig c;
        c.arch = arm::Arch::ResNet18Arm;
        c.inputSize = 112;
        c.numClasses = 4;
        m_good = path("good.ckpt");
        Checkpoint::save(m_good, arm::FerNet(c), 2, {{"note", "fine"}});
        QCOMPARE(loadError(m_good), std::string());
        const CheckpointFile::Contents contents = CheckpointFile::read(m_good, true);
        m_weights = contents.sections.at("weights");
        std::ifstream in(m_good, std::ios::binary);
        std::string line;
        std::getline(in, line);
        std::getline(in, line);
        m_header = nlohmann::json::parse(line);
        m_header.erase("sections");
    }

    void deepJsonHeader()
    {
        const std::string p = path("deep-header.ckpt");
        // Valid JSON, so the old reader parsed it and then crashed copying the 10^6-deep metadata.
        std::ofstream(p, std::ios::binary) << "ARM-INSPECTOR-CHECKPOINT 1\n{\"config\": {}, \"sections\": [], \"metadata\": {\"x\": "
                                           << std::string(1000000, '[') << std::string(1000000, ']') << "}}\n";
        expectError(p, "corrupt checkpoint header: JSON nested deeper than 64 levels");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Checkpoint::peek(p));
    }

    void sectionClaimingSixGiB()
    {
        const std::string p = path("six-gib.ckpt");
        nlohmann::json h = m_header;
        h["sections"] = {{{"name", "weights"}, {"bytes", std::uint64_t(6) << 30}, {"fnv1a64", "0000000000000000"}}};
        std::ofstream(p, std::ios::binary) << "ARM-INSPECTOR-CHECKPOINT 1\n" << h.dump() << "\n" << m_weights;
        // In a child whose address space is capped: the old reader allocated the 6 GiB before noticing.
        const armtest::ChildResult r = armtest::runInChild(
            [&] {
                return loadError(p).find(p + ": truncated checkpoint: section 'weights' should have 6442450944 bytes") == 0
                           ? 0
                           : 1;
            },
            30000, armtest::currentAddressSpace() + (rlim_t(1) << 30));
        QVERIFY(r.exited);
        QCOMPARE(r.code, 0);
    }

    void viewExceedingItsStorage()
    {
        // fc.weight as a 1000x1000 view of a 4-float storage (torch::pickle_load did not check this).
        const std::string pickle =
            "\x80\x02}(" + str("fc.weight") + "ctorch._utils\n_rebuild_tensor_v2\n((" + str("storage") +
            "ctorch\nFloatStorage\n" + str("0") + str("cpu") + "K\x04tQK" + std::string(1, '\0') +
            "(M\xe8\x03M\xe8\x03t(M\xe8\x03K\x01t\x89" "ccollections\nOrderedDict\n)RtRu.";
        const std::string p = writeWithWeights("view.ckpt", zipBytes(pickle, {{"data/0", std::string(16, '\0')}}));
        expectError(p, "(section 'weights'): tensor view (offset 0) reaches past the end of storage 0 (4 elements) at byte");
    }

    void deeplyNestedWeights()
    {
        const std::string p =
            writeWithWeights("nested.ckpt", zipBytes("\x80\x02)" + std::string(1000000, '\x85') + "."));
        expectError(p, "(section 'weights'): containers nested deeper than 200 at byte");
    }

    void nanWeight()
    {
        auto sd = arm::TorchArchive::readStateDict("good", m_weights);
        sd["fc.weight"][1][2] = std::numeric_limits<float>::quiet_NaN();
        const std::string p = writeWithWeights("nan.ckpt", pickled(sd));
        expectError(p, ": state dict holds unusable values; 1 invalid key(s): fc.weight (holds NaN or infinite values)");
    }

    void negativeVariance()
    {
        auto sd = arm::TorchArchive::readStateDict("good", m_weights);
        sd["features.1.running_var"][0] = -1.0f;
        const std::string p = writeWithWeights("negvar.ckpt", pickled(sd));
        expectError(p, "features.1.running_var (has a negative running variance)");
    }

    // The optimizer section (read on resume) went to LibTorch's unchecked reader as well.
    void hostileOptimizerState()
    {
        torch::nn::Linear layer(2, 2);
        torch::optim::Adam adam(layer->parameters(), torch::optim::AdamOptions(1e-3));
        layer->forward(torch::ones({1, 2})).sum().backward();
        adam.step();
        const std::string good = Checkpoint::optimizerStateBytes(adam);
        torch::optim::Adam fresh(layer->parameters(), torch::optim::AdamOptions(1e-3));
        Checkpoint::restoreOptimizer(fresh, good, "last.ckpt (optimizer state)"); // our check accepts real states
        QCOMPARE(fresh.state().size(), adam.state().size());
        const std::string deep = zipBytes("\x80\x02)" + std::string(1000000, '\x85') + ".");
        try {
            Checkpoint::restoreOptimizer(fresh, deep, "last.ckpt (optimizer state)");
            QFAIL("a hostile optimizer state was accepted");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).rfind("last.ckpt (optimizer state): containers nested deeper than 200 at byte", 0) == 0,
                     e.what());
        }
    }

    void fifoAsCheckpoint()
    {
        const std::string p = path("pipe.ckpt");
        QCOMPARE(::mkfifo(p.c_str(), 0644), 0);
        // The old reader blocked forever in open(); a child keeps a regression from hanging the suite.
        const armtest::ChildResult r = armtest::runInChild(
            [&] {
                if (Checkpoint::isCheckpoint(p))
                    return 1;
                if (loadError(p) != p + ": is a named pipe (FIFO), not a file")
                    return 2;
                try {
                    arm::ModelHandle::open(p); // not ours -> the .pth reader, which must refuse it too
                } catch (const std::runtime_error& e) {
                    return std::string(e.what()) == p + ": is a named pipe (FIFO), not a file" ? 0 : 3;
                }
                return 4;
            },
            10000);
        QVERIFY2(!r.timedOut, "opening a FIFO blocked");
        QCOMPARE(r.code, 0);
    }

    void twoBillionClasses()
    {
        nlohmann::json h = m_header;
        h["config"]["num_classes"] = 2000000000;
        h["config"]["class_names"] = nlohmann::json::array();
        const std::string p = path("classes.ckpt");
        CheckpointFile::write(p, h, {{"weights", m_weights}});
        // Capped child: the old code built a 2e9-class layer (17 GB) before comparing shapes.
        const armtest::ChildResult r = armtest::runInChild(
            [&] {
                return loadError(p) == p + ": bad model config in checkpoint: num_classes 2000000000 is not a whole "
                                           "number from 1 to 1000"
                           ? 0
                           : 1;
            },
            30000, armtest::currentAddressSpace() + (rlim_t(1) << 30));
        QVERIFY2(!r.timedOut, "loading took too long");
        QCOMPARE(r.code, 0);
    }

    void wrongTypesNameTheKey()
    {
        nlohmann::json h = m_header;
        h["epoch"] = "five";
        std::string p = path("epoch.ckpt");
        CheckpointFile::write(p, h, {{"weights", m_weights}});
        expectError(p, "corrupt checkpoint header: key 'epoch' must be a whole number");
        h = m_header;
        h["config"]["arch"] = 5;
        p = path("arch.ckpt");
        CheckpointFile::write(p, h, {{"weights", m_weights}});
        expectError(p, "bad model config in checkpoint: model config key 'arch'");
    }

    void metadataThatIsNotUtf8IsSaved()
    {
        // The old writer threw nlohmann's raw type_error.316 for a dataset path that is not UTF-8.
        const std::string p = path("latin1.ckpt");
        arm::ModelConfig c;
        c.inputSize = 112;
        Checkpoint::save(p, arm::FerNet(c), 1, {{"dataset", std::string("/data/caf\xe9")}});
        QCOMPARE(Checkpoint::peek(p).metadata.at("dataset").get<std::string>().substr(0, 9), std::string("/data/caf"));
    }

private:
    std::string path(const std::string& name) const { return m_dir.filePath(QString::fromStdString(name)).toStdString(); }

    // A copy of the good checkpoint whose weights section is `weights` (hash recomputed: the content
    // is hostile, not corrupt).
    std::string writeWithWeights(const std::string& name, const std::string& weights) const
    {
        const std::string p = path(name);
        CheckpointFile::write(p, m_header, {{"weights", weights}});
        return p;
    }

    static std::string pickled(const std::map<std::string, torch::Tensor>& sd)
    {
        c10::Dict<std::string, torch::Tensor> dict;
        for (const auto& [k, t] : sd)
            dict.insert(k, t);
        const std::vector<char> bytes = torch::pickle_save(dict);
        return std::string(bytes.begin(), bytes.end());
    }

    static void expectError(const std::string& p, const std::string& expected)
    {
        const std::string msg = loadError(p);
        QVERIFY2(msg.rfind(p, 0) == 0, msg.c_str());
        QVERIFY2(msg.find(expected) != std::string::npos, (msg + "\n  expected: " + expected).c_str());
        QVERIFY2(msg.find("json.exception") == std::string::npos && msg.find("c10") == std::string::npos, msg.c_str());
    }

    QTemporaryDir m_dir;
    std::string m_good, m_weights;
    nlohmann::json m_header;
};

QTEST_GUILESS_MAIN(TstCheckpointHostile)
#include "tst_checkpoint_hostile.moc"
