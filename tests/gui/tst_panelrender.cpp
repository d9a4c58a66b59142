// Renders each analysis / training panel with realistic hand-built data (synthetic faces from the
// engine's renderer, grids shaped like resnet18-arm at 224 px) to PNGs under ARM_TEST_TMP/panels, so
// a person can look at them, and checks that each picture actually shows something (not blank).
#include "PanelFixtures.h"

#include "app/Translations.h"
#include "app/gui/Workspace.h"
#include "app/gui/panels/AffinityPanel.h"
#include "app/gui/panels/ArmInternalsPanel.h"
#include "app/gui/panels/ImageInspectorPanel.h"
#include "app/gui/panels/PanelData.h"
#include "app/gui/panels/TrainingPanel.h"
#include "app/gui/panels/TrainingSettingsForm.h"
#include "engine/synth/FaceParams.h"
#include "engine/synth/SynthFaceRenderer.h"
#include "engine/synth/SynthRng.h"
#include "widgets/HeatmapView.h"
#include "widgets/MatrixPlot.h"
#include "widgets/QCustomPlotInclude.h"

#include <QDir>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString outDir()
{
    const QByteArray env = qgetenv("ARM_TEST_TMP");
    const QString dir = (env.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(env)) + QStringLiteral("/panels");
    QDir().mkpath(dir);
    return dir;
}

cv::Mat face(int classIndex, std::uint64_t seed, int size = 224)
{
    arm::SynthRng rng(seed);
    const arm::FaceParams params = arm::FaceParams::sample(rng, classIndex, 0.3);
    return arm::SynthFaceRenderer(size).render(params);
}

// Enough distinct colours that the picture is not a blank or one-colour widget.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

void save(QWidget& w, const QString& name)
{
    // Plots replot on the next event-loop turn; a grab straight after new data would show the old frame.
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>())
        plot->replot();
    const QImage image = w.grab().toImage();
    const QString path = outDir() + QLatin1Char('/') + name;
    QVERIFY(image.save(path));
    qInfo("wrote %s", qPrintable(path));
    QVERIFY2(distinctColours(image) > 50, qPrintable(name));
}

// Contributions that look like a trained model's: evidence around the mouth and the eyes.
arm::ImageAnalysis realisticAnalysis()
{
    arm::ImageAnalysis a = fixtures::analysis(224);
    const int o = a.cellContribution.rows;
    a.cellContribution = fixtures::grid(o, o, [o](int r, int c) {
        const double mouth = std::exp(-(std::pow(r - 0.72 * o, 2) + std::pow(c - 0.5 * o, 2)) / 3.0);
        const double eyes = std::exp(-(std::pow(r - 0.4 * o, 2) + std::pow(std::abs(c - 0.5 * o) - 0.2 * o, 2)) / 2.0);
        return 0.9 * mouth + 0.4 * eyes - 0.15;
    });
    return a;
}

} // namespace

class TstPanelRender : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void imageInspector_data()
    {
        QTest::addColumn<int>("overlay");
        QTest::newRow("coverage") << int(arm::ImageInspectorPanel::Overlay::Coverage);
        QTest::newRow("contribution") << int(arm::ImageInspectorPanel::Overlay::CellContribution);
        QTest::newRow("erosion-measured") << int(arm::ImageInspectorPanel::Overlay::MeasuredErosion);
        QTest::newRow("erosion-analytic") << int(arm::ImageInspectorPanel::Overlay::AnalyticErosion);
        QTest::newRow("gradcam") << int(arm::ImageInspectorPanel::Overlay::GradCam);
    }
    void imageInspector()
    {
        QFETCH(int, overlay);
        arm::Workspace ws;
        arm::ImageInspectorPanel panel(&ws);
        panel.resize(560, 820);
        panel.opacitySlider()->setValue(55);
        panel.setAnalysis(realisticAnalysis(), arm::PanelData::modelView(face(3, 11), 224), 4);
        panel.setSecondProbabilities({0.05, 0.03, 0.02, 0.45, 0.35, 0.05, 0.05}, arm::ImageInspectorPanel::tr("in evaluation batch"));
        panel.setOverlay(arm::ImageInspectorPanel::Overlay(overlay));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        arm::HeatmapView* view = panel.heatmap();
        QTest::mouseMove(view, QPoint(1, 1)); // the previous row left the cursor where this one points
        QTest::mouseMove(view, view->imageToWidget(QPointF(150, 160)).toPoint());
        QTRY_VERIFY(view->hoveredCell().x() >= 0);
        save(panel, QStringLiteral("inspector-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    }

    void armInternals()
    {
        arm::Workspace ws;
        arm::ArmInternalsPanel panel(&ws);
        panel.resize(1000, 900);
        panel.setAnalysis(realisticAnalysis());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        save(panel, QStringLiteral("arm-internals.png"));
    }

    void affinity()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 7));
        arm::AffinityPanel panel(&ws);
        panel.resize(1100, 800);
        const std::vector<int> labels = {0, 0, 3, 3, 3, 4, 5, 6};
        QStringList names;
        QVector<QImage> images;
        for (int i = 0; i < int(labels.size()); ++i) {
            names << QStringLiteral("train_%1.jpg").arg(100 + i * 37);
            images << arm::PanelData::modelView(face(labels[std::size_t(i)], 100 + i), 224);
        }
        panel.setAffinity(fixtures::affinity(labels), names, images);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        arm::MatrixPlot* m = panel.matrixPlot();
        QTest::mouseClick(m, Qt::LeftButton, {}, m->cellCenter(1, 4).toPoint());
        save(panel, QStringLiteral("affinity.png"));
        panel.setView(arm::AffinityPanel::View::ClassAffinity);
        save(panel, QStringLiteral("affinity-classes.png"));
    }

    void training()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 14));
        arm::TrainingPanel panel(&ws);
        panel.resize(1100, 720);
        panel.setRunner([](const arm::DatasetIndex&, const arm::TrainParams& p, const arm::TrainCallbacks& cb,
                           const std::atomic<bool>*) {
            arm::TrainResult r;
            cb.onLog("loaded 12271 training and 3068 test images");
            const int batches = 40;
            for (int e = 1; e <= p.epochs; ++e) {
                for (int b = 1; b <= batches; ++b) {
                    arm::TrainProgress progress;
                    progress.epoch = e;
                    progress.epochs = p.epochs;
                    progress.batch = b;
                    progress.batches = batches;
                    const double t = e - 1 + double(b) / batches;
                    progress.loss = 1.9 * std::exp(-0.45 * t) + 0.25 + 0.05 * std::sin(b * 1.7);
                    progress.accuracy = 0.85 - 0.6 * std::exp(-0.5 * t);
                    progress.imagesPerSecond = 212;
                    progress.etaSeconds = (p.epochs * batches - (e - 1) * batches - b) * 0.3;
                    cb.onBatch(progress);
                }
                arm::EpochMetrics m;
                m.epoch = e;
                m.trainLoss = 1.9 * std::exp(-0.45 * e) + 0.25;
                m.trainAccuracy = 0.85 - 0.6 * std::exp(-0.5 * e);
                m.testLoss = 1.7 * std::exp(-0.4 * e) + 0.4;
                m.testAccuracy = 0.78 - 0.5 * std::exp(-0.5 * e);
                m.testMeanClassAccuracy = m.testAccuracy - 0.08;
                m.seconds = 12.3;
                cb.onEpoch(m);
                r.epochs.push_back(m);
            }
            r.bestCheckpoint = p.outDir + "/best.ckpt";
            r.bestTestAccuracy = r.epochs.back().testAccuracy;
            return r;
        });
        panel.form()->epochsSpin()->setValue(8);
        panel.form()->outDirEdit()->setText(QStringLiteral("/home/researcher/runs/raf-finetune"));
        QSignalSpy finished(&panel, &arm::TrainingPanel::trainingFinished);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.start();
        QVERIFY(finished.wait(20000));
        save(panel, QStringLiteral("training.png"));
    }

    // Last: installs the German translation for the rest of the run. A look at these shows strings
    // that escaped tr() or the .ts files.
    void german()
    {
        QCOMPARE(arm::Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        arm::Workspace ws;
        arm::ImageInspectorPanel inspector(&ws);
        inspector.resize(560, 820);
        inspector.setAnalysis(realisticAnalysis(), arm::PanelData::modelView(face(3, 11), 224), 4);
        inspector.setOverlay(arm::ImageInspectorPanel::Overlay::MeasuredErosion);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QVERIFY(inspector.heatmap()->title().startsWith(QStringLiteral("Gemessene Erosion")));
        save(inspector, QStringLiteral("de-inspector.png"));
        QTemporaryDir dir;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 7));
        arm::TrainingPanel training(&ws);
        training.resize(1100, 720);
        training.show();
        QVERIFY(QTest::qWaitForWindowExposed(&training));
        save(training, QStringLiteral("de-training.png"));
        arm::AffinityPanel affinity(&ws);
        affinity.resize(1100, 800);
        affinity.show();
        QVERIFY(QTest::qWaitForWindowExposed(&affinity));
        save(affinity, QStringLiteral("de-affinity.png"));
    }
};

QTEST_MAIN(TstPanelRender)
#include "tst_panelrender.moc"
