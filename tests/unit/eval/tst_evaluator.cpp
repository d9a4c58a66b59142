#include "engine/data/DatasetOpener.h"
#include "engine/eval/Evaluator.h"
#include "engine/loading/ImageTensor.h"
#include "engine/model/ModelHandle.h"
#include "engine/model/FerNet.h"
#include "engine/runtime/Runtime.h"
#include "engine/synth/SynthDatasetWriter.h"

#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <limits>

using namespace arm;

namespace {

std::shared_ptr<ModelHandle> tinyModel(bool withRunning, unsigned seed)
{
    torch::manual_seed(seed);
    ModelConfig c;
    c.arch = Arch::ResNet18Arm;
    c.inputSize = 64;
    c.generic = GenericMode::Batch;
    auto m = ModelHandle::create(c);
    if (withRunning) {
        const int o = m->network()->geometry().dealbinoSize;
        m->network()->setRunningGeneric(torch::rand({o, o}));
    }
    return m;
}

// The evaluator's contract, computed by hand: the same batches through the same network.
std::vector<std::vector<float>> manualProbabilities(ModelHandle& model, const DatasetIndex& data,
                                                    const std::vector<int>& order, int batchSize, GenericMode mode)
{
    FerNet net = model.network();
    const GenericMode before = net->genericMode();
    net->setGenericMode(mode);
    torch::NoGradGuard noGrad;
    std::vector<std::vector<float>> out;
    for (std::size_t start = 0; start < order.size(); start += static_cast<std::size_t>(batchSize)) {
        std::vector<torch::Tensor> xs;
        for (std::size_t i = start; i < std::min(order.size(), start + static_cast<std::size_t>(batchSize)); ++i)
            xs.push_back(ImageTensor::fromMat(DatasetOpener::loadImage(data.samples[static_cast<std::size_t>(order[i])]),
                                              64));
        const torch::Tensor p = torch::softmax(net->forward(torch::stack(xs)), 1).contiguous();
        for (int64_t k = 0; k < p.size(0); ++k)
            out.emplace_back(p[k].data_ptr<float>(), p[k].data_ptr<float>() + p.size(1));
    }
    net->setGenericMode(before);
    return out;
}

} // namespace

class TstEvaluator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Runtime::configureThreads(0);
        QVERIFY(m_dir.isValid());
        SynthOptions o;
        o.outDir = (m_dir.path() + QStringLiteral("/synth")).toStdString();
        o.count = 50;
        o.size = 48;
        o.seed = 4;
        SynthDatasetWriter::write(o);
        m_data = DatasetOpener::open(o.outDir);
        QCOMPARE(m_data.samples.size(), std::size_t{50});
        QVERIFY(m_data.indicesOf(Split::Test).size() >= 8);
        m_model = tinyModel(true, 11);
    }

    void recordsMatchManualForward_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<QString>("generic");
        QTest::newRow("batch mode, batches of 3") << 3 << "batch";
        QTest::newRow("batch mode, one batch") << 64 << "batch";
        QTest::newRow("running mode, batches of 4") << 4 << "running";
        QTest::newRow("none, batches of 2") << 2 << "none";
    }
    void recordsMatchManualForward()
    {
        QFETCH(int, batchSize);
        QFETCH(QString, generic);
        const GenericMode mode = genericModeFromString(generic.toStdString());
        // A deliberately scrambled order: records must follow it (and batches are cut from it).
        std::vector<int> order = m_data.indicesOf(Split::Test);
        std::reverse(order.begin(), order.end());
        std::swap(order[0], order[order.size() / 2]);
        EvalOptions eo;
        eo.batchSize = batchSize;
        eo.generic = mode;
        int lastDone = -1, calls = 0;
        const EvalResult r = Evaluator::evaluate(*m_model, m_data, order, eo, [&](int done, int total) {
            QCOMPARE(total, static_cast<int>(order.size()));
            QVERIFY(done > lastDone);
            lastDone = done;
            ++calls;
        });
        QCOMPARE(lastDone, static_cast<int>(order.size()));
        QCOMPARE(calls, static_cast<int>((order.size() + batchSize - 1) / batchSize));
        QVERIFY(!r.cancelled);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.records.size(), order.size());
        const auto expected = manualProbabilities(*m_model, m_data, order, batchSize, mode);
        for (std::size_t i = 0; i < order.size(); ++i) {
            const EvalRecord& rec = r.records[i];
            QCOMPARE(rec.sampleIndex, order[i]);
            QCOMPARE(rec.label, m_data.samples[static_cast<std::size_t>(order[i])].label);
            QCOMPARE(rec.probabilities.size(), std::size_t{7});
            for (int c = 0; c < 7; ++c)
                QVERIFY2(std::abs(rec.probabilities[c] - expected[i][c]) < 1e-5f, qPrintable(QString::number(i)));
            const int argmax = static_cast<int>(std::max_element(expected[i].begin(), expected[i].end()) -
                                                expected[i].begin());
            QCOMPARE(rec.predicted, argmax);
            QVERIFY(std::abs(rec.loss + std::log(expected[i][rec.label])) < 1e-4f);
            QVERIFY(std::abs(rec.confidence - expected[i][argmax]) < 1e-5f);
        }
    }

    void metricsAgreeWithRecords()
    {
        const EvalResult r = Evaluator::evaluate(*m_model, m_data, {});
        const std::vector<int> test = m_data.indicesOf(Split::Test);
        QCOMPARE(r.records.size(), test.size()); // empty list = the Test split
        QCOMPARE(r.metrics.samples, static_cast<int>(test.size()));
        std::vector<std::vector<int>> confusion(7, std::vector<int>(7, 0));
        int correct = 0;
        double nll = 0;
        for (const EvalRecord& rec : r.records) {
            ++confusion[rec.label][rec.predicted];
            correct += rec.label == rec.predicted;
            nll += rec.loss;
        }
        QVERIFY(r.metrics.confusion == confusion);
        QVERIFY(std::abs(r.metrics.accuracy - static_cast<double>(correct) / test.size()) < 1e-12);
        QVERIFY(std::abs(r.metrics.negativeLogLikelihood - nll / test.size()) < 1e-6);
        int support = 0;
        for (const ClassMetrics& c : r.metrics.perClass)
            support += c.support;
        QCOMPARE(support, static_cast<int>(test.size()));
    }

    void genericOverrideIsRestored()
    {
        QVERIFY(m_model->network()->genericMode() == GenericMode::Batch);
        EvalOptions eo;
        eo.generic = GenericMode::Running;
        const EvalResult running = Evaluator::evaluate(*m_model, m_data, {}, eo);
        QVERIFY(m_model->network()->genericMode() == GenericMode::Batch);
        QVERIFY(m_model->config().generic == GenericMode::Batch);
        // The override did take effect: running-mode probabilities differ from batch-mode ones.
        const EvalResult batch = Evaluator::evaluate(*m_model, m_data, {});
        float diff = 0;
        for (std::size_t i = 0; i < batch.records.size(); ++i)
            for (int c = 0; c < 7; ++c)
                diff = std::max(diff, std::abs(batch.records[i].probabilities[c] - running.records[i].probabilities[c]));
        QVERIFY(diff > 1e-6f);

        // Running mode without a running feature: a clear error, and the mode is untouched.
        auto bare = tinyModel(false, 12);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Evaluator::evaluate(*bare, m_data, {}, eo));
        QVERIFY(bare->network()->genericMode() == GenericMode::Batch);
    }

    void corruptImageBecomesProblem()
    {
        SynthOptions o;
        o.outDir = (m_dir.path() + QStringLiteral("/corrupt")).toStdString();
        o.count = 50;
        o.size = 48;
        o.seed = 4;
        SynthDatasetWriter::write(o);
        DatasetIndex data = DatasetOpener::open(o.outDir);
        const std::vector<int> test = data.indicesOf(Split::Test);
        const Sample& bad = data.samples[static_cast<std::size_t>(test[1])];
        {
            std::ofstream(bad.path, std::ios::binary | std::ios::trunc) << "\xff\xd8 not really a jpeg";
        }
        EvalOptions eo;
        eo.batchSize = 4;
        const EvalResult r = Evaluator::evaluate(*m_model, data, test, eo);
        QCOMPARE(r.records.size(), test.size() - 1);
        QCOMPARE(r.problems.size(), std::size_t{1});
        QVERIFY2(r.problems[0].where.find(bad.path) != std::string::npos ||
                     r.problems[0].reason.find(bad.path) != std::string::npos,
                 r.problems[0].where.c_str());
        for (const EvalRecord& rec : r.records)
            QVERIFY(rec.sampleIndex != test[1]);
        QCOMPARE(r.metrics.samples, static_cast<int>(test.size()) - 1);
    }

    void cancelStopsBetweenBatches()
    {
        std::atomic<bool> cancel{false};
        EvalOptions eo;
        eo.batchSize = 2;
        const std::vector<int> test = m_data.indicesOf(Split::Test);
        const EvalResult r = Evaluator::evaluate(
            *m_model, m_data, test, eo, [&](int, int) { cancel = true; }, &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(r.records.size(), std::size_t{2});
        QCOMPARE(r.metrics.samples, 2);
        QVERIFY(m_model->network()->genericMode() == GenericMode::Batch);
    }

    void batchSizeSweep()
    {
        std::vector<int> test = m_data.indicesOf(Split::Test);
        test.resize(6);
        const auto rows = Evaluator::batchSizeSweep(*m_model, m_data, test, {1, 4});
        QCOMPARE(rows.size(), std::size_t{3});
        QCOMPARE(rows[0].mode, std::string("batch"));
        QCOMPARE(rows[0].batchSize, 1);
        QCOMPARE(rows[1].batchSize, 4);
        QCOMPARE(rows[2].mode, std::string("running"));
        QVERIFY(rows[2].available);
        EvalOptions eo;
        eo.batchSize = 4;
        QCOMPARE(rows[1].accuracy, Evaluator::evaluate(*m_model, m_data, test, eo).metrics.accuracy);
        eo.generic = GenericMode::Running;
        QCOMPARE(rows[2].accuracy, Evaluator::evaluate(*m_model, m_data, test, eo).metrics.accuracy);
        QVERIFY(m_model->network()->genericMode() == GenericMode::Batch);

        auto bare = tinyModel(false, 13);
        const auto bareRows = Evaluator::batchSizeSweep(*bare, m_data, test, {3});
        QCOMPARE(bareRows.size(), std::size_t{2});
        QVERIFY(bareRows[0].available);
        QVERIFY(!bareRows[1].available);
        QVERIFY(bareRows[1].note.find("running") != std::string::npos);
    }

    // Before: NaN weights gave records with NaN probabilities, "predicted" class 0, and crashed the
    // metrics. Now evaluation stops with an error that names the model.
    void nonFiniteOutputsAreAnErrorNamingTheModel()
    {
        auto broken = tinyModel(true, 17);
        {
            torch::NoGradGuard noGrad;
            broken->network()->named_parameters()["fc.weight"].fill_(std::numeric_limits<float>::quiet_NaN());
        }
        std::vector<int> test = m_data.indicesOf(Split::Test);
        test.resize(4);
        EvalOptions eo;
        eo.batchSize = 2;
        try {
            Evaluator::evaluate(*broken, m_data, test, eo);
            QFAIL("a model with NaN weights was evaluated");
        } catch (const std::runtime_error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(broken->formatDescription() + ": the model produces NaN/Inf outputs", 0) == 0, e.what());
            QVERIFY2(msg.find("its weights are corrupt") != std::string::npos, e.what());
        }
    }

    void badArgumentsAreRejected()
    {
        EvalOptions eo;
        eo.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Evaluator::evaluate(*m_model, m_data, {}, eo));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Evaluator::evaluate(*m_model, m_data, {100000}));
    }

private:
    QTemporaryDir m_dir;
    DatasetIndex m_data;
    std::shared_ptr<ModelHandle> m_model;
};

QTEST_GUILESS_MAIN(TstEvaluator)
#include "tst_evaluator.moc"
