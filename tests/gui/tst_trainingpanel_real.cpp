// The training panel driving the real Trainer: a tiny synthetic dataset (48 faces at 48 px,
// ResNet-18+ARM at 64 px, 2 epochs), live progress, the best checkpoint loaded back as the workspace's
// model, and the event-loop stall measured while it trains (a 10 ms timer on the GUI thread; target
// < 50 ms).
#include "app/gui/Workspace.h"
#include "app/gui/panels/TrainingPanel.h"
#include "app/gui/panels/TrainingSettingsForm.h"
#include "engine/data/DatasetOpener.h"
#include "engine/model/ModelHandle.h"
#include "engine/synth/SynthDatasetWriter.h"
#include "widgets/CurvePlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TstTrainingPanelReal : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_tmp.filePath(QStringLiteral("settings")));
    }

    void trainsLoadsAndStaysResponsive()
    {
        arm::SynthOptions o;
        o.outDir = m_tmp.filePath(QStringLiteral("data")).toStdString();
        o.count = 48;
        o.size = 48;
        o.seed = 5;
        arm::SynthDatasetWriter::write(o);
        arm::Workspace ws;
        ws.setDataset(std::make_shared<arm::DatasetIndex>(arm::DatasetOpener::open(o.outDir)));
        QCOMPARE(ws.sampleCount(), 48);

        arm::TrainingPanel panel(&ws);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY2(panel.startButton()->isEnabled(), "the real trainer is linked in");
        arm::TrainingSettingsForm* form = panel.form();
        form->epochsSpin()->setValue(2);
        form->batchSpin()->setValue(16);
        form->archCombo()->setCurrentIndex(form->archCombo()->findData(QStringLiteral("resnet18-arm")));
        form->inputSizeSpin()->setValue(64);
        form->genericCombo()->setCurrentIndex(form->genericCombo()->findData(QStringLiteral("running")));
        form->deviceCombo()->setCurrentIndex(form->deviceCombo()->findData(QStringLiteral("cpu")));
        form->outDirEdit()->setText(m_tmp.filePath(QStringLiteral("run")));

        QElapsedTimer clock;
        qint64 last = -1, maxGap = 0, ticks = 0, over50 = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&]() {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                maxGap = std::max(maxGap, now - last);
            if (last >= 0 && now - last > 50)
                ++over50;
            last = now;
            ++ticks;
        });
        QSignalSpy finished(&panel, &arm::TrainingPanel::trainingFinished);
        clock.start();
        timer.start();
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QVERIFY(panel.isTraining());
        QVERIFY(finished.wait(240000));
        timer.stop();
        qInfo("event-loop stall during a %lld ms real training (2 epochs, 48 images, 64 px): max gap %lld "
              "ms, %lld of %lld "
              "gaps over 50 ms",
              clock.elapsed(), maxGap, over50, ticks);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const arm::TrainResult& r = panel.lastResult();
        QCOMPARE(int(r.epochs.size()), 2);
        QCOMPARE(panel.lossPlot()->points(QStringLiteral("test accuracy")).size(), 2);
        QCOMPARE(panel.progressBar()->value(), panel.progressBar()->maximum());
        QVERIFY(!r.bestCheckpoint.empty());
        QVERIFY(QFile::exists(QString::fromStdString(r.bestCheckpoint)));
        QVERIFY(panel.loadBestButton()->isVisibleTo(&panel));
        QVERIFY2(maxGap < 250, qPrintable(QStringLiteral("max gap %1 ms").arg(maxGap)));

        const int perBatchPoints =
            int(panel.lossPlot()->points(QStringLiteral("train loss (per batch)")).size());
        QVERIFY(perBatchPoints > 2);
        QSignalSpy modelChanged(&ws, &arm::Workspace::modelChanged);
        QTest::mouseClick(panel.loadBestButton(), Qt::LeftButton);
        QVERIFY(modelChanged.wait(60000));
        // Its own run: the live curves (per-batch loss) stay, not replaced by the stored per-epoch history.
        QCOMPARE(int(panel.lossPlot()->points(QStringLiteral("train loss (per batch)")).size()),
                 perBatchPoints);

        // A panel that did not train it shows how the loaded model was trained, from its metrics.json.
        {
            arm::TrainingPanel other(&ws);
            const QVector<QPointF> acc = other.lossPlot()->points(QStringLiteral("test accuracy"));
            QCOMPARE(int(acc.size()), int(r.epochs.size()));
            for (int i = 0; i < acc.size(); ++i) {
                QCOMPARE(acc[i].x(), double(r.epochs[std::size_t(i)].epoch));
                QCOMPARE(acc[i].y(), r.epochs[std::size_t(i)].testAccuracy);
            }
            QVERIFY(other.logView()->toPlainText().contains(QStringLiteral("metrics.json")));
            // A damaged metrics.json is reported by name and leaves the view alone.
            QTemporaryDir broken;
            QFile bad(broken.filePath(QStringLiteral("metrics.json")));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("{\"epochs\": [ {\"epoch\": \"one\"} ]}");
            bad.close();
            QVERIFY(!other.showHistoryOf(broken.filePath(QStringLiteral("best.ckpt"))));
            QCOMPARE(int(other.lossPlot()->points(QStringLiteral("test accuracy")).size()),
                     int(r.epochs.size()));
            QVERIFY(other.logView()->toPlainText().contains(QStringLiteral("epochs[0]")));
            QVERIFY(!other.showHistoryOf(m_tmp.filePath(QStringLiteral("nowhere/best.ckpt"))));
        }
        QVERIFY(ws.model());
        QCOMPARE(ws.model()->config().inputSize, 64);
        QCOMPARE(QString::fromStdString(ws.model()->path()), QString::fromStdString(r.bestCheckpoint));
        // Now a model is loaded: fine-tuning starts from it.
        form->fineTuneCheck()->setChecked(true);
        QCOMPARE(panel.currentParams().initWeights, r.bestCheckpoint);
    }
};

QTEST_MAIN(TstTrainingPanelReal)
#include "tst_trainingpanel_real.moc"
