#include "engine/model/Checkpoint.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"
#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <QtTest>

#include <fstream>

using arm::Checkpoint;
using arm::FerNet;

namespace {

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& data)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

} // namespace

class TstCheckpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        arm::Runtime::configureThreads(0);
        QVERIFY(m_dir.isValid());
        torch::manual_seed(21);
        arm::ModelConfig c;
        c.arch = arm::Arch::ResNet18Arm;
        c.inputSize = 112;
        c.generic = arm::GenericMode::Running;
        c.numClasses = 4;
        c.classNames = {"w", "x", "y", "z"};
        c.norm.mean = {0.5f, 0.5f, 0.5f};
        c.norm.std = {0.25f, 0.3f, 0.35f};
        c.runningMomentum = 0.2;
        m_net = FerNet(c);
        {
            torch::NoGradGuard g;
            m_net->arm->alpha.fill_(0.37f);
            m_net->arm->bn->running_var.fill_(2.0f);
        }
        m_net->setRunningGeneric(torch::linspace(-1, 1, 25).view({5, 5}));
        // One Adam step so the optimizer has state worth saving.
        m_adam = std::make_unique<torch::optim::Adam>(m_net->parameters(), torch::optim::AdamOptions(1e-3));
        m_net->train();
        m_net->setGenericMode(arm::GenericMode::Batch);
        m_net->forward(torch::randn({2, 3, 112, 112})).sum().backward();
        m_adam->step();
        m_net->setGenericMode(arm::GenericMode::Running);
        m_path = path("good.ckpt");
        Checkpoint::save(m_path, m_net, 5, {{"accuracy", 0.5}, {"note", "line1\nline2"}}, m_adam.get());
    }

    void roundTrip()
    {
        QVERIFY(Checkpoint::isCheckpoint(m_path));
        arm::CheckpointData d = Checkpoint::load(m_path);
        QCOMPARE(d.epoch, 5);
        QCOMPARE(d.metadata.at("accuracy").get<double>(), 0.5);
        QCOMPARE(d.metadata.at("note").get<std::string>(), std::string("line1\nline2"));
        QVERIFY(d.config.arch == arm::Arch::ResNet18Arm);
        QCOMPARE(d.config.inputSize, 112);
        QVERIFY(d.config.generic == arm::GenericMode::Running);
        QVERIFY(d.config.classNames == m_net->config().classNames);
        QVERIFY(d.config.norm.std == m_net->config().norm.std);
        QCOMPARE(d.config.runningMomentum, 0.2);
        QCOMPARE(d.model->alphaValue(), m_net->alphaValue());
        QVERIFY(d.model->alphaValue() != 1.0f);
        QVERIFY(d.model->hasRunningGeneric());
        QVERIFY(torch::equal(d.model->runningGeneric(), m_net->runningGeneric()));
        QVERIFY(!d.model->is_training());
        const auto a = arm::StateDictLoader::stateDict(m_net, false), b = arm::StateDictLoader::stateDict(d.model, false);
        QCOMPARE(a.size(), b.size());
        for (const auto& [k, t] : a)
            QVERIFY2(torch::equal(t, b.at(k)), k.c_str());

        // Same predictions in running mode (eval), and the optimizer state restores.
        m_net->eval();
        torch::NoGradGuard g;
        const torch::Tensor x = torch::randn({2, 3, 112, 112});
        QVERIFY(torch::equal(m_net->forward(x), d.model->forward(x)));
        QVERIFY(!d.optimizerState.empty());
        torch::optim::Adam adam(d.model->parameters(), torch::optim::AdamOptions(1e-3));
        Checkpoint::restoreOptimizer(adam, d.optimizerState);
        QCOMPARE(adam.state().size(), m_adam->state().size());
        QVERIFY(adam.state().size() > 0);
    }

    void resaveKeepsOptimizerBytes()
    {
        arm::CheckpointData d = Checkpoint::load(m_path);
        d.model->setRunningGeneric(torch::full({5, 5}, 3.0f));
        const std::string p = path("resaved.ckpt");
        Checkpoint::save(p, d.model, d.epoch + 1, d.metadata, d.optimizerState);
        const arm::CheckpointData e = Checkpoint::load(p);
        QCOMPARE(e.optimizerState, d.optimizerState);
        QCOMPARE(e.epoch, 6);
        QVERIFY(torch::equal(e.model->runningGeneric(), torch::full({5, 5}, 3.0f)));
    }

    void peekReadsOnlyTheHeader()
    {
        const arm::CheckpointInfo info = Checkpoint::peek(m_path);
        QCOMPARE(info.epoch, 5);
        QVERIFY(info.hasOptimizer);
        QVERIFY(info.runningGenericValid);
        QCOMPARE(info.config.numClasses, 4);
    }

    void noRunningFeatureStaysInvalid()
    {
        arm::ModelConfig c = m_net->config();
        c.generic = arm::GenericMode::Batch;
        FerNet fresh(c);
        const std::string p = path("fresh.ckpt");
        Checkpoint::save(p, fresh);
        const arm::CheckpointData d = Checkpoint::load(p);
        QVERIFY(!d.model->hasRunningGeneric());
        QVERIFY(d.optimizerState.empty());
        QCOMPARE(d.epoch, 0);
        QVERIFY(!Checkpoint::peek(p).runningGenericValid);
    }

    void saveIsAtomicAndOverwrites()
    {
        const std::string p = path("twice.ckpt");
        Checkpoint::save(p, m_net, 1);
        Checkpoint::save(p, m_net, 2);
        QCOMPARE(Checkpoint::peek(p).epoch, 2);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*.tmp-*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Checkpoint::save(path("no/such/dir/x.ckpt"), m_net));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "missing.ckpt" << QByteArray("missing") << "cannot open";
        QTest::newRow("empty") << "empty.ckpt" << QByteArray("empty") << "empty file";
        QTest::newRow("text") << "notes.txt" << QByteArray("text") << "not an ARM Inspector checkpoint";
        QTest::newRow("pth zip") << "model.pth" << QByteArray("zip") << "not an ARM Inspector checkpoint";
        QTest::newRow("future version") << "future.ckpt" << QByteArray("version") << "unsupported checkpoint version";
        QTest::newRow("header only") << "head.ckpt" << QByteArray("headeronly") << "JSON header is missing";
        QTest::newRow("bad json") << "json.ckpt" << QByteArray("json") << "corrupt checkpoint header";
        QTest::newRow("truncated") << "cut.ckpt" << QByteArray("truncated") << "truncated checkpoint";
        QTest::newRow("flipped byte") << "flip.ckpt" << QByteArray("flip") << "does not match its checksum";
        QTest::newRow("bad config") << "config.ckpt" << QByteArray("config") << "unknown architecture";
    }
    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, kind);
        QFETCH(QString, expected);
        const std::string p = path(name.toStdString());
        const std::string good = readAll(m_path);
        const std::size_t firstNl = good.find('\n'), secondNl = good.find('\n', firstNl + 1);
        if (kind == "empty")
            writeAll(p, "");
        else if (kind == "text")
            writeAll(p, "hello, I am a text file\n");
        else if (kind == "zip")
            writeAll(p, std::string("PK\x03\x04", 4) + std::string(100, 'x'));
        else if (kind == "version")
            writeAll(p, "ARM-INSPECTOR-CHECKPOINT 99\n{}\n");
        else if (kind == "headeronly")
            writeAll(p, good.substr(0, firstNl + 1));
        else if (kind == "json")
            writeAll(p, good.substr(0, firstNl + 1) + "{\"config\": [1, 2\n");
        else if (kind == "truncated")
            writeAll(p, good.substr(0, good.size() / 2));
        else if (kind == "flip") {
            std::string bad = good;
            bad[secondNl + 1 + (good.size() - secondNl) / 2] ^= 0x5a;
            writeAll(p, bad);
        } else if (kind == "config") {
            std::string header = good.substr(firstNl + 1, secondNl - firstNl - 1);
            const std::string from = "\"resnet18-arm\"";
            header.replace(header.find(from), from.size(), "\"resnet19-arm\"");
            writeAll(p, good.substr(0, firstNl + 1) + header + good.substr(secondNl));
        }
        try {
            Checkpoint::load(p);
            QFAIL("a bad file loaded");
        } catch (const std::runtime_error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find(p) != std::string::npos, e.what());
            QVERIFY2(msg.find(expected.toStdString()) != std::string::npos, e.what());
        }
        if (kind != "missing" && kind != "empty" && kind != "text" && kind != "zip")
            QVERIFY(Checkpoint::isCheckpoint(p));
        else
            QVERIFY(!Checkpoint::isCheckpoint(p));
    }

    void optimizerMismatchIsNamed()
    {
        arm::CheckpointData d = Checkpoint::load(m_path);
        torch::optim::SGD sgd(d.model->parameters(), torch::optim::SGDOptions(0.1).momentum(0.9));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Checkpoint::restoreOptimizer(sgd, "garbage bytes"));
    }

private:
    std::string path(const std::string& name) const { return m_dir.filePath(QString::fromStdString(name)).toStdString(); }

    QTemporaryDir m_dir;
    FerNet m_net{nullptr};
    std::unique_ptr<torch::optim::Adam> m_adam;
    std::string m_path;
};

QTEST_GUILESS_MAIN(TstCheckpoint)
#include "tst_checkpoint.moc"
