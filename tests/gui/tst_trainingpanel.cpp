#include "PanelFixtures.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/TrainingPanel.h"
#include "app/gui/panels/TrainingSettingsForm.h"
#include "app/store/ProjectStore.h"
#include "engine/model/ModelHandle.h"
#include "widgets/CurvePlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

using arm::TrainingPanel;

namespace {

struct FakeTrainer {
    int batches = 20;
    int busyMicroseconds = 2000;     // CPU work per batch, on the worker
    bool waitForCancel = false;      // run until cancelled
    std::mutex mutex;
    arm::TrainParams seenParams;
    std::vector<int> seenLabels;
    std::atomic<int> batchesDone{0};

    arm::TrainRunner runner()
    {
        return [this](const arm::DatasetIndex& data, const arm::TrainParams& p, const arm::TrainCallbacks& cb,
                      const std::atomic<bool>* cancel) {
            {
                std::lock_guard<std::mutex> lock(mutex);
                seenParams = p;
                seenLabels.clear();
                for (const auto& s : data.samples)
                    seenLabels.push_back(s.label);
            }
            arm::TrainResult r;
            if (cb.onLog)
                cb.onLog("fake trainer starts");
            volatile double sink = 0;
            for (int e = 1; e <= p.epochs; ++e) {
                for (int b = 1; b <= batches; ++b) {
                    if (cancel && cancel->load()) {
                        r.cancelled = true;
                        r.lastCheckpoint = p.outDir + "/last.ckpt";
                        return r;
                    }
                    const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(busyMicroseconds);
                    while (std::chrono::steady_clock::now() < until)
                        sink = sink + std::sqrt(double(b) + sink); // real CPU work, like a batch
                    ++batchesDone;
                    arm::TrainProgress progress;
                    progress.epoch = e;
                    progress.epochs = p.epochs;
                    progress.batch = b;
                    progress.batches = batches;
                    progress.loss = 2.0 / (e + b * 0.1);
                    progress.accuracy = 0.1 * e;
                    progress.imagesPerSecond = 100;
                    progress.etaSeconds = 65;
                    cb.onBatch(progress);
                    if (waitForCancel && e == p.epochs && b == batches)
                        b = 0; // keep going until cancelled
                }
                arm::EpochMetrics m;
                m.epoch = e;
                m.trainLoss = 1.0 / e;
                m.trainAccuracy = 0.5 + 0.05 * e;
                m.testLoss = 1.2 / e;
                m.testAccuracy = 0.4 + 0.05 * e;
                cb.onEpoch(m);
                r.epochs.push_back(m);
            }
            r.bestCheckpoint = p.outDir + "/best.ckpt";
            r.bestTestAccuracy = r.epochs.back().testAccuracy;
            return r;
        };
    }
};

} // namespace

class TstTrainingPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init() { QSettings().clear(); }

    void narrowPanelStacksSettingsAboveCurves()
    {
        arm::Workspace ws;
        arm::TrainingPanel panel(&ws);
        auto* splitter = panel.findChild<QSplitter*>();
        QVERIFY(splitter);
        panel.resize(520, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(splitter->orientation(), Qt::Vertical);
        panel.resize(1200, 700);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    }

    void formMapsOntoTrainParams()
    {
        arm::TrainingSettingsForm form;
        form.epochsSpin()->setValue(3);
        form.lrSpin()->setValue(0.0005);
        form.batchSpin()->setValue(16);
        form.optimizerCombo()->setCurrentIndex(form.optimizerCombo()->findData(QStringLiteral("sgd")));
        form.samplerCombo()->setCurrentIndex(form.samplerCombo()->findData(QStringLiteral("mrr")));
        form.freezeCheck()->setChecked(true);
        form.genericCombo()->setCurrentIndex(form.genericCombo()->findData(QStringLiteral("running")));
        form.archCombo()->setCurrentIndex(form.archCombo()->findData(QStringLiteral("resnet34-arm")));
        form.inputSizeSpin()->setValue(112);
        form.deviceCombo()->setCurrentIndex(form.deviceCombo()->findData(QStringLiteral("cpu")));
        form.outDirEdit()->setText(QStringLiteral("/tmp/run1"));
        const arm::TrainParams p = form.params();
        QCOMPARE(p.epochs, 3);
        QCOMPARE(p.lr, 0.0005);
        QCOMPARE(p.batchSize, 16);
        QCOMPARE(p.optimizer, std::string("sgd"));
        QCOMPARE(p.sampler, std::string("mrr"));
        QVERIFY(p.freezeBackbone);
        QVERIFY(p.model.generic == arm::GenericMode::Running);
        QVERIFY(p.model.arch == arm::Arch::ResNet34Arm);
        QCOMPARE(p.model.inputSize, 112);
        QCOMPARE(p.device, std::string("cpu"));
        QCOMPARE(p.outDir, std::string("/tmp/run1"));

        // And back: a second form shows the same settings.
        arm::TrainingSettingsForm other;
        other.setParams(p);
        const arm::TrainParams q = other.params();
        QCOMPARE(q.epochs, p.epochs);
        QCOMPARE(q.optimizer, p.optimizer);
        QCOMPARE(q.sampler, p.sampler);
        QVERIFY(q.model.generic == p.model.generic);
        QVERIFY(q.model.arch == p.model.arch);
        QCOMPARE(q.freezeBackbone, p.freezeBackbone);
        QCOMPARE(q.outDir, p.outDir);
    }

    void fineTuningUsesTheLoadedModelAndCurrentLabels()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        auto data = fixtures::dataset(dir.filePath(QStringLiteral("d")), 14);
        ws.setDataset(data);
        ws.setProject(arm::ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), *data));
        QVERIFY(ws.relabel(2, 6)); // the user's relabel must reach the trainer
        arm::ModelConfig config;
        config.arch = arm::Arch::ResNet18Arm;
        config.inputSize = 112;
        ws.setModel(arm::ModelHandle::create(config));
        TrainingPanel panel(&ws);
        panel.form()->setFineTune(true);
        QVERIFY(!panel.form()->archCombo()->isEnabled()); // fixed by the model
        const arm::TrainParams p = panel.currentParams();
        QVERIFY(p.model.arch == arm::Arch::ResNet18Arm);
        QCOMPARE(p.model.inputSize, 112);
        QCOMPARE(p.initWeights, ws.model()->path());
        QCOMPARE(p.model.numClasses, 7);
        QVERIFY(p.device == "cpu" || p.device.rfind("cuda", 0) == 0); // "auto" resolved
        QVERIFY(!p.outDir.empty());
        const auto copy = panel.trainingData();
        QCOMPARE(copy->samples[2].label, 6);
        QCOMPARE(ws.dataset().samples[2].label, 2); // the dataset itself is untouched
        panel.form()->setFineTune(false);
        QVERIFY(panel.currentParams().initWeights.empty());
    }

    void startRunsToTheEnd()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 14));
        TrainingPanel panel(&ws);
        FakeTrainer fake;
        panel.setRunner(fake.runner());
        panel.form()->epochsSpin()->setValue(3);
        panel.form()->outDirEdit()->setText(dir.filePath(QStringLiteral("run")));
        QSignalSpy started(&panel, &TrainingPanel::trainingStarted);
        QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
        QVERIFY(panel.startButton()->isEnabled());
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.cancelButton()->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(panel.lastResult().epochs.size(), std::size_t(3));
        QCOMPARE(panel.progressBar()->value(), panel.progressBar()->maximum());
        QCOMPARE(panel.progressBar()->maximum(), 3 * 20);
        QCOMPARE(panel.lossPlot()->points(QStringLiteral("test accuracy")).size(), 3);
        QCOMPARE(panel.lossPlot()->points(QStringLiteral("test accuracy")).last().y(), 0.55);
        QVERIFY(!panel.lossPlot()->points(QStringLiteral("train loss (per batch)")).isEmpty());
        QVERIFY(panel.logView()->toPlainText().contains(QStringLiteral("fake trainer starts")));
        QVERIFY(panel.logView()->toPlainText().contains(QStringLiteral("Epoch 3")));
        QVERIFY(panel.loadBestButton()->isVisibleTo(&panel));
        QVERIFY(panel.startButton()->isEnabled());
        // The settings are remembered for the next session.
        QCOMPARE(QSettings().value(QStringLiteral("panels/training/epochs")).toInt(), 3);
        // The fake wrote no checkpoint: loading it reports the error instead of crashing.
        panel.loadBestModel();
        QTRY_VERIFY(panel.logView()->toPlainText().contains(QStringLiteral("Could not load")));
        QVERIFY(!ws.model());
    }

    void cancelStopsTheRun()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 14));
        TrainingPanel panel(&ws);
        FakeTrainer fake;
        fake.waitForCancel = true;
        panel.setRunner(fake.runner());
        panel.form()->epochsSpin()->setValue(1);
        panel.form()->outDirEdit()->setText(dir.filePath(QStringLiteral("run")));
        QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
        panel.start();
        QTRY_VERIFY(panel.progressBar()->value() > 0);
        QVERIFY(panel.isTraining());
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(panel.lastResult().cancelled);
        QVERIFY(!panel.isTraining());
        QVERIFY(!panel.loadBestButton()->isVisibleTo(&panel));
        QVERIFY2(panel.progressText().contains(QStringLiteral("Cancelled")), qPrintable(panel.progressText()));
    }

    void unavailableTrainerDisablesStart()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 7));
        TrainingPanel panel(&ws);
        panel.setRunner({});
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.startButton()->toolTip().contains(QStringLiteral("not available")));
    }

    // Event-loop responsiveness while a CPU-busy training reports every batch: a 10 ms timer on the GUI
    // thread records the largest gap between its ticks. Target < 50 ms.
    void guiStaysResponsive()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 14));
        TrainingPanel panel(&ws);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        FakeTrainer fake;
        fake.batches = 150;
        fake.busyMicroseconds = 3000;
        panel.setRunner(fake.runner());
        panel.form()->epochsSpin()->setValue(4);
        panel.form()->outDirEdit()->setText(dir.filePath(QStringLiteral("run")));
        QElapsedTimer clock;
        qint64 last = -1, maxGap = 0, ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&]() {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                maxGap = std::max(maxGap, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
        clock.start();
        timer.start();
        panel.start();
        QVERIFY(finished.wait(60000));
        timer.stop();
        qInfo("event-loop stall during a %lld ms fake training (%d batches): max gap %lld ms over %lld ticks",
              clock.elapsed(), fake.batchesDone.load(), maxGap, ticks);
        QVERIFY(ticks > 10);
        QVERIFY2(maxGap < 100, qPrintable(QStringLiteral("max gap %1 ms").arg(maxGap)));
    }
};

QTEST_MAIN(TstTrainingPanel)
#include "tst_trainingpanel.moc"
