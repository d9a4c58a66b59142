#include "engine/model/Checkpoint.h"
#include "engine/audit/CrossValidation.h"
#include "engine/data/DatasetOpener.h"
#include "engine/model/FerNet.h"
#include "engine/audit/LabelAuditRunner.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"
#include "engine/synth/SynthDatasetWriter.h"

#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <set>

using namespace arm;

class TstCrossValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Runtime::configureThreads(0);
        QVERIFY(m_dir.isValid());
        SynthOptions o;
        o.outDir = (m_dir.path() + QStringLiteral("/noisy")).toStdString();
        o.count = 60;
        o.size = 48;
        o.seed = 9;
        o.noise = 0.2;
        m_plan = SynthDatasetWriter::plan(o);
        SynthDatasetWriter::write(o);
        m_data = DatasetOpener::open(o.outDir);
        QCOMPARE(m_data.samples.size(), std::size_t{60});
    }

    void foldsAreStratifiedDisjointAndCover_data()
    {
        QTest::addColumn<int>("k");
        QTest::newRow("2 folds") << 2;
        QTest::newRow("3 folds") << 3;
        QTest::newRow("5 folds") << 5;
    }
    void foldsAreStratifiedDisjointAndCover()
    {
        QFETCH(int, k);
        const std::vector<int> train = m_data.indicesOf(Split::Train);
        const auto folds = CrossValidation::stratifiedFolds(m_data, train, k, 17);
        QCOMPARE(static_cast<int>(folds.size()), k);
        std::multiset<int> all;
        std::size_t smallest = train.size(), largest = 0;
        for (const auto& f : folds) {
            all.insert(f.begin(), f.end());
            smallest = std::min(smallest, f.size());
            largest = std::max(largest, f.size());
            QVERIFY(std::is_sorted(f.begin(), f.end()));
        }
        QCOMPARE(all.size(), train.size()); // disjoint + cover: every train sample exactly once
        QVERIFY(std::set<int>(all.begin(), all.end()) == std::set<int>(train.begin(), train.end()));
        QVERIFY(largest - smallest <= 1);
        // Stratified: each class's count per fold differs by at most one between folds.
        for (int c = 0; c < m_data.numClasses(); ++c) {
            int lo = 1 << 30, hi = 0;
            for (const auto& f : folds) {
                int n = 0;
                for (int i : f)
                    n += m_data.samples[static_cast<std::size_t>(i)].label == c;
                lo = std::min(lo, n);
                hi = std::max(hi, n);
            }
            QVERIFY2(hi - lo <= 1, qPrintable(QStringLiteral("class %1: %2..%3").arg(c).arg(lo).arg(hi)));
        }
    }

    void foldsAreSeeded()
    {
        const std::vector<int> train = m_data.indicesOf(Split::Train);
        QVERIFY(CrossValidation::stratifiedFolds(m_data, train, 3, 5) == CrossValidation::stratifiedFolds(m_data, train, 3, 5));
        QVERIFY(CrossValidation::stratifiedFolds(m_data, train, 3, 5) != CrossValidation::stratifiedFolds(m_data, train, 3, 6));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CrossValidation::stratifiedFolds(m_data, train, 1, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 CrossValidation::stratifiedFolds(m_data, {0, 1}, 3, 0));
    }

    void foldKeyTracksLabelsAndOptions()
    {
        const std::vector<int> train = m_data.indicesOf(Split::Train);
        CrossTrainOptions o;
        const std::string key = CrossValidation::foldKey(m_data, train, o, 0);
        QCOMPARE(CrossValidation::foldKey(m_data, train, o, 0), key);
        QVERIFY(CrossValidation::foldKey(m_data, train, o, 1) != key);
        CrossTrainOptions longer = o;
        longer.epochs += 1;
        QVERIFY(CrossValidation::foldKey(m_data, train, longer, 0) != key);
        DatasetIndex relabelled = m_data;
        relabelled.samples[static_cast<std::size_t>(train[3])].label =
            (relabelled.samples[static_cast<std::size_t>(train[3])].label + 1) % 7;
        QVERIFY(CrossValidation::foldKey(relabelled, train, o, 0) != key);
        // The arithmetic is part of the identity: a bf16 fold model is another model. fp32 keeps the key
        // it had before precision existed (caches stay valid), so fp32 and the default agree.
        CrossTrainOptions bf16 = o;
        bf16.precision = arm::Precision::Bf16;
        QVERIFY(CrossValidation::foldKey(m_data, train, bf16, 0) != key);
        CrossTrainOptions fp32 = o;
        fp32.precision = arm::Precision::Fp32;
        QCOMPARE(CrossValidation::foldKey(m_data, train, fp32, 0), key);
    }

    void truthFileIsFoundAndRead()
    {
        const std::string truth = LabelAuditRunner::findTruthFile(m_data);
        QVERIFY(!truth.empty());
        QVERIFY(truth.find("truth") != std::string::npos);
        const std::vector<int> clean = LabelAuditRunner::readTruthFile(truth, m_data);
        int flipped = 0;
        for (const SynthSample& s : m_plan) {
            auto it = std::find_if(m_data.samples.begin(), m_data.samples.end(),
                                   [&](const Sample& x) { return x.name == s.name; });
            QVERIFY(it != m_data.samples.end());
            QCOMPARE(clean[static_cast<std::size_t>(it - m_data.samples.begin())], s.cleanLabel);
            QCOMPARE(it->label, s.givenLabel);
            flipped += s.cleanLabel != s.givenLabel;
        }
        QVERIFY(flipped > 0);

        const std::string bad = (m_dir.path() + QStringLiteral("/bad_truth.txt")).toStdString();
        std::ofstream(bad) << "train_00001.jpg 3 4\ntrain_00002.jpg nine 4\n";
        try {
            LabelAuditRunner::readTruthFile(bad, m_data);
            QFAIL("a malformed truth line was accepted");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find("bad_truth.txt:2") != std::string::npos, e.what());
        }
    }

    // The audit pipeline without training: probabilities come from the cache under the model's fingerprint.
    // Probabilities that point at the clean label must recover exactly the flipped samples.
    void auditUsesCacheAndScoresAgainstTruth()
    {
        torch::manual_seed(3);
        ModelConfig c;
        c.inputSize = 64;
        FerNet net(c);
        const std::string ckpt = (m_dir.path() + QStringLiteral("/m.ckpt")).toStdString();
        Checkpoint::save(ckpt, net);
        const std::string fingerprint = ModelHandle::open(ckpt)->fingerprint();
        const std::vector<int> clean = LabelAuditRunner::readTruthFile(LabelAuditRunner::findTruthFile(m_data), m_data);

        std::map<std::string, std::vector<float>> rows;
        int noisy = 0;
        for (int i : m_data.indicesOf(Split::Train)) {
            std::vector<float> p(7, 0.02f);
            p[static_cast<std::size_t>(clean[static_cast<std::size_t>(i)])] = 0.88f;
            rows[m_data.samples[static_cast<std::size_t>(i)].name] = p;
            noisy += clean[static_cast<std::size_t>(i)] != m_data.samples[static_cast<std::size_t>(i)].label;
        }
        int loads = 0, saves = 0;
        PredictionCache cache;
        cache.load = [&](const std::string& key) {
            ++loads;
            return key == fingerprint ? rows : std::map<std::string, std::vector<float>>{};
        };
        cache.save = [&](const std::string&, const std::map<std::string, std::vector<float>>&) { ++saves; };

        AuditOptions ao;
        ao.weights = ckpt;
        const AuditResult r = LabelAuditRunner::run(m_data, ao, {}, &cache);
        QCOMPARE(loads, 1);
        QCOMPARE(saves, 0); // nothing was missing
        QCOMPARE(r.cachedRows, static_cast<int>(m_data.indicesOf(Split::Train).size()));
        QCOMPARE(r.methods.size(), std::size_t{2});
        for (const AuditMethodResult& m : r.methods) {
            QVERIFY(m.score.has_value());
            QCOMPARE(m.score->noisySamples, noisy);
            QCOMPARE(m.score->truePositives, noisy);
            QCOMPARE(m.score->precision, 1.0);
            QCOMPARE(m.score->recall, 1.0);
            QCOMPARE(m.score->correctSuggestedLabel, noisy);
            for (const LabelSuggestion& s : m.suggestions) {
                QVERIFY(m_data.samples[static_cast<std::size_t>(s.sampleIndex)].split == Split::Train);
                QCOMPARE(s.suggested, clean[static_cast<std::size_t>(s.sampleIndex)]);
                QCOMPARE(s.given, m_data.samples[static_cast<std::size_t>(s.sampleIndex)].label);
            }
        }
    }

    // Without a cache the model really runs: in-sample probabilities for every train sample, saved to the cache.
    void auditInSampleRunsTheModel()
    {
        torch::manual_seed(4);
        ModelConfig c;
        c.inputSize = 64;
        FerNet net(c);
        const std::string ckpt = (m_dir.path() + QStringLiteral("/m2.ckpt")).toStdString();
        Checkpoint::save(ckpt, net);
        std::map<std::string, std::vector<float>> saved;
        PredictionCache cache;
        cache.save = [&](const std::string&, const std::map<std::string, std::vector<float>>& rows) { saved = rows; };
        AuditOptions ao;
        ao.weights = ckpt;
        ao.method = AuditMethod::Scn;
        ao.delta = 0.0;
        const AuditResult r = LabelAuditRunner::run(m_data, ao, {}, &cache);
        const std::size_t n = m_data.indicesOf(Split::Train).size();
        QCOMPARE(r.probabilities.size(), n);
        QCOMPARE(saved.size(), n);
        QCOMPARE(r.methods.size(), std::size_t{1});
        QCOMPARE(r.methods[0].method, std::string("scn"));
        // delta 0: every sample whose argmax is not its given label is suggested.
        std::size_t disagree = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const auto& p = r.probabilities[k];
            const int top = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
            disagree += top != m_data.samples[static_cast<std::size_t>(r.sampleIndices[k])].label;
        }
        QCOMPARE(r.methods[0].suggestions.size(), disagree);
    }

    // K-fold cross-training end to end on a tiny budget: every train sample gets probabilities from the
    // model of the fold that held it out; a second run with the cache retrains nothing and agrees.
    void crossTrainingGivesOutOfSampleProbabilities()
    {
        const std::vector<int> train = m_data.indicesOf(Split::Train);
        CrossTrainOptions o;
        o.folds = 2;
        o.epochs = 1;
        o.batchSize = 16;
        o.inputSize = 64;
        o.seed = 21;
        std::map<std::string, std::map<std::string, std::vector<float>>> store;
        PredictionCache cache;
        cache.load = [&](const std::string& key) {
            return store.count(key) ? store[key] : std::map<std::string, std::vector<float>>{};
        };
        cache.save = [&](const std::string& key, const std::map<std::string, std::vector<float>>& rows) {
            store[key] = rows;
        };
        std::set<std::string> stages;
        const OutOfSample a = CrossValidation::outOfSampleProbabilities(
            m_data, train, o, [&](const CrossTrainProgress& p) { stages.insert(p.stage); }, &cache);
        QVERIFY(!a.cancelled);
        QCOMPARE(a.cachedFolds, 0);
        QCOMPARE(a.probabilities.size(), train.size());
        QCOMPARE(store.size(), std::size_t{2});
        QVERIFY(stages.count("train") && stages.count("predict"));
        const auto folds = CrossValidation::stratifiedFolds(m_data, train, 2, o.seed);
        for (std::size_t r = 0; r < train.size(); ++r) {
            QCOMPARE(a.probabilities[r].size(), std::size_t{7});
            float sum = 0;
            for (float p : a.probabilities[r])
                sum += p;
            QVERIFY(std::abs(sum - 1.0f) < 1e-4f);
            const int f = a.foldOf[r];
            const auto& held = folds[static_cast<std::size_t>(f)];
            QVERIFY(std::binary_search(held.begin(), held.end(), train[r]));
            // Saved under the key of the fold model that did not train on the sample.
            QVERIFY(store[a.foldKeys[static_cast<std::size_t>(f)]].count(
                m_data.samples[static_cast<std::size_t>(train[r])].name));
        }
        const OutOfSample b = CrossValidation::outOfSampleProbabilities(m_data, train, o, {}, &cache);
        QCOMPARE(b.cachedFolds, 2);
        QVERIFY(b.probabilities == a.probabilities);
    }

private:
    QTemporaryDir m_dir;
    std::vector<SynthSample> m_plan;
    DatasetIndex m_data;
};

QTEST_GUILESS_MAIN(TstCrossValidation)
#include "tst_crossvalidation.moc"
