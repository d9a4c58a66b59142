#include "engine/model/Checkpoint.h"
#include "engine/model/FerNet.h"
#include "engine/loading/ImageTensor.h"
#include "engine/eval/Predictor.h"
#include "engine/runtime/Runtime.h"

#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <QtTest>

#include <fstream>
#include <limits>

class TstPredictor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        arm::Runtime::configureThreads(0);
        QVERIFY(m_dir.isValid());
        torch::manual_seed(31);
        arm::ModelConfig c;
        c.arch = arm::Arch::ResNet18Arm;
        c.inputSize = 64;
        c.generic = arm::GenericMode::Batch;
        m_net = arm::FerNet(c);
        m_net->setRunningGeneric(torch::full({1, 1}, 0.5f));
        m_ckpt = file("model.ckpt");
        arm::Checkpoint::save(m_ckpt, m_net);
        cv::RNG rng(5);
        for (int i = 0; i < 5; ++i) {
            cv::Mat img(40 + 10 * i, 50, CV_8UC3);
            rng.fill(img, cv::RNG::UNIFORM, 0, 255);
            m_images.push_back(file("img" + std::to_string(i) + ".png"));
            QVERIFY(cv::imwrite(m_images.back(), img));
        }
        std::ofstream(file("broken.png")) << "not a png";
    }

    void predictionsMatchTheModel_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<QString>("generic");
        QTest::newRow("batch of 5, batch mode") << 5 << "batch";
        QTest::newRow("batches of 2, running mode") << 2 << "running";
        QTest::newRow("batches of 1, none") << 1 << "none";
    }
    void predictionsMatchTheModel()
    {
        QFETCH(int, batchSize);
        QFETCH(QString, generic);
        arm::PredictorOptions o;
        o.batchSize = batchSize;
        o.generic = arm::genericModeFromString(generic.toStdString());
        arm::Predictor p;
        p.load(m_ckpt, o);
        const auto results = p.predict(m_images);
        QCOMPARE(results.size(), m_images.size());

        arm::CheckpointData d = arm::Checkpoint::load(m_ckpt);
        d.model->setGenericMode(*o.generic);
        torch::NoGradGuard g;
        for (std::size_t start = 0; start < m_images.size(); start += batchSize) {
            std::vector<torch::Tensor> xs;
            for (std::size_t i = start; i < std::min(m_images.size(), start + batchSize); ++i)
                xs.push_back(arm::ImageTensor::fromMat(arm::ImageTensor::readImage(m_images[i]), 64));
            const torch::Tensor logits = d.model->forward(torch::stack(xs));
            for (std::size_t k = 0; k < xs.size(); ++k) {
                const arm::Prediction& r = results[start + k];
                QCOMPARE(r.path, m_images[start + k]);
                QVERIFY(r.ok());
                QCOMPARE(r.logits.size(), std::size_t{7});
                for (int c = 0; c < 7; ++c)
                    QVERIFY(std::abs(r.logits[c] - logits[k][c].item<float>()) < 1e-5f);
                QCOMPARE(r.label, static_cast<int>(logits[k].argmax().item<int64_t>()));
                float sum = 0;
                for (float q : r.probabilities)
                    sum += q;
                QVERIFY(std::abs(sum - 1.0f) < 1e-5f);
            }
        }
    }

    void badImagesAreCollected()
    {
        arm::Predictor p;
        p.load(m_ckpt);
        const std::vector<std::string> paths{m_images[0], file("broken.png"), file("absent.jpg"), m_images[1]};
        const auto results = p.predict(paths);
        QCOMPARE(results.size(), std::size_t{4});
        QVERIFY(results[0].ok() && results[3].ok());
        QVERIFY(!results[1].ok() && !results[2].ok());
        QVERIFY2(results[1].error.find("broken.png") != std::string::npos, results[1].error.c_str());
        QVERIFY2(results[2].error.find("absent.jpg") != std::string::npos, results[2].error.c_str());
        QCOMPARE(results[2].label, -1);
    }

    // Before: label "Surprise" (argmax of NaN) with null logits, exit 0.
    void nonFiniteOutputsAreAnErrorNamingTheWeights()
    {
        arm::CheckpointData d = arm::Checkpoint::load(m_ckpt);
        {
            torch::NoGradGuard noGrad;
            d.model->named_parameters()["fc.bias"].fill_(std::numeric_limits<float>::infinity());
        }
        arm::Predictor p;
        arm::PredictorOptions o;
        o.source = "broken.ckpt";
        p.setModel(d.model, d.config, o);
        try {
            p.predict(m_images);
            QFAIL("a model with Inf weights gave predictions");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).rfind("broken.ckpt: the model produces NaN/Inf outputs", 0) == 0, e.what());
        }
        // load() names the checkpoint it opened (whether its loader or the prediction refuses it).
        const std::string nanCkpt = file("nan.ckpt");
        {
            torch::NoGradGuard noGrad;
            d.model->named_parameters()["fc.bias"].fill_(std::numeric_limits<float>::quiet_NaN());
        }
        arm::Checkpoint::save(nanCkpt, d.model);
        try {
            arm::Predictor q;
            q.load(nanCkpt);
            q.predict(m_images);
            QFAIL("a checkpoint with NaN weights gave predictions");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find(nanCkpt) != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("NaN") != std::string::npos, e.what());
        }
    }

    void refusals()
    {
        arm::Predictor p;
        arm::PredictorOptions o;
        o.inputSize = 96; // an ARM model's fc is tied to its input size
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, p.load(m_ckpt, o));
        o = {};
        o.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, p.load(m_ckpt, o));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, p.load(file("broken.png")));
        // Running mode without a running feature is refused up front.
        arm::ModelConfig c = m_net->config();
        arm::FerNet fresh(c);
        o = {};
        o.generic = arm::GenericMode::Running;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, p.setModel(fresh, c, o));
    }

private:
    std::string file(const std::string& name) const { return m_dir.filePath(QString::fromStdString(name)).toStdString(); }

    QTemporaryDir m_dir;
    arm::FerNet m_net{nullptr};
    std::string m_ckpt;
    std::vector<std::string> m_images;
};

QTEST_GUILESS_MAIN(TstPredictor)
#include "tst_predictor.moc"
