// The panels on the real engine: a freshly initialised ResNet-18+ARM at 112 px, the image inspector
// and the batch affinity computed by arm::ImageInspector through the panels' jobs, with the shapes the
// geometry dictates (S = 4, A = 64, o = 5) and the invariants of the results (unit diagonal). Also
// renders the real analysis to ARM_TEST_TMP/panels for a look.
#include "PanelFixtures.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/AffinityPanel.h"
#include "app/gui/panels/AnalysisProvider.h"
#include "app/gui/panels/ArmInternalsPanel.h"
#include "app/gui/panels/ImageInspectorPanel.h"
#include "engine/model/ModelHandle.h"
#include "engine/synth/SynthDatasetWriter.h"
#include "engine/data/DatasetOpener.h"
#include "widgets/HeatmapView.h"
#include "widgets/MatrixPlot.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TstPanelsEngine : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    static QString outDir()
    {
        const QByteArray env = qgetenv("ARM_TEST_TMP");
        const QString dir = (env.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(env)) + QStringLiteral("/panels");
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    }

    void inspectorAndInternalsOnTheRealModel()
    {
        arm::SynthOptions o;
        o.outDir = m_tmp.filePath(QStringLiteral("data")).toStdString();
        o.count = 28;
        o.size = 100;
        o.seed = 3;
        o.testFraction = 0.5; // the affinity batch is drawn from the test split
        arm::SynthDatasetWriter::write(o);
        arm::Workspace ws;
        ws.setDataset(std::make_shared<arm::DatasetIndex>(arm::DatasetOpener::open(o.outDir)));
        arm::ModelConfig config;
        config.arch = arm::Arch::ResNet18Arm;
        config.inputSize = 112;
        ws.setModel(arm::ModelHandle::create(config));

        arm::ImageInspectorPanel inspector(&ws);
        arm::ArmInternalsPanel internals(&ws);
        inspector.resize(560, 820);
        internals.resize(1000, 900);
        inspector.show();
        internals.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        auto* provider = arm::AnalysisProvider::of(&ws);
        QVERIFY(provider->isAvailable());
        QSignalSpy ready(provider, &arm::AnalysisProvider::analysisReady);
        ws.setCurrentSample(5);
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.last().at(0).toInt(), 5);
        const arm::ImageAnalysis& a = provider->analysis();
        qInfo("real analysis of one 112 px image: %.0f ms", a.milliseconds);
        QVERIFY(inspector.hasAnalysis());
        QCOMPARE(inspector.heatmap()->baseImage().size(), QSize(112, 112));
        inspector.setOverlay(arm::ImageInspectorPanel::Overlay::Coverage);
        QCOMPARE(inspector.heatmap()->rows(), 4);
        QCOMPARE(inspector.heatmap()->value(1, 2), double(a.coverageBackbone.at(1, 2)));
        inspector.setOverlay(arm::ImageInspectorPanel::Overlay::CellContribution);
        QCOMPARE(inspector.heatmap()->rows(), 5);
        // The receptive-field rectangles come from the engine's geometry.
        const auto& box = a.dealbinoCells.boxes[std::size_t(2 * 5 + 3)];
        QCOMPARE(inspector.heatmap()->cellRect(2, 3), QRectF(QPointF(box[0], box[1]), QPointF(box[2], box[3])));
        QVERIFY(!internals.isShowingPlaceholder());
        QCOMPARE(internals.view(arm::ArmInternalsPanel::Map::Kernel)->rows(), 32);
        QCOMPARE(internals.view(arm::ArmInternalsPanel::Map::Arranged0)->rows(), 64);
        QCOMPARE(internals.view(arm::ArmInternalsPanel::Map::FExpression)->rows(), 5);
        QCOMPARE(internals.view(arm::ArmInternalsPanel::Map::FExpression)->value(4, 4), double(a.fExpression.at(4, 4)));
        QVERIFY(inspector.grab().save(outDir() + QStringLiteral("/real-inspector-contribution.png")));
        inspector.setOverlay(arm::ImageInspectorPanel::Overlay::MeasuredErosion);
        QVERIFY(inspector.grab().save(outDir() + QStringLiteral("/real-inspector-erosion.png")));
        QVERIFY(internals.grab().save(outDir() + QStringLiteral("/real-arm-internals.png")));

        // Batch affinity of a stratified sample (2 per class) on the same model.
        arm::AffinityPanel affinity(&ws);
        affinity.resize(1100, 800);
        affinity.show();
        affinity.perClassSpin()->setValue(2);
        QSignalSpy computed(&affinity, &arm::AffinityPanel::computed);
        QTest::mouseClick(affinity.stratifiedButton(), Qt::LeftButton);
        QVERIFY2(computed.wait(120000), qPrintable(affinity.statusText()));
        const arm::AffinityResult& r = affinity.affinity();
        const int b = r.expressionCosine.rows;
        QCOMPARE(b, affinity.batch().size());
        QVERIFY2(b >= 5, qPrintable(QString::number(b)));
        for (const int s : affinity.batch()) // held-out faces only
            QVERIFY(ws.dataset().samples[std::size_t(s)].split == arm::Split::Test);
        for (int i = 0; i < b; ++i)
            QVERIFY(std::abs(r.expressionCosine.at(i, i) - 1.0f) < 1e-4f);
        QCOMPARE(affinity.matrixPlot()->rowCount(), b);
        qInfo("real affinity of %d images: %.0f ms", b, r.milliseconds);
        QTest::mouseClick(affinity.matrixPlot(), Qt::LeftButton, {}, affinity.matrixPlot()->cellCenter(0, 3).toPoint());
        for (QCustomPlot* plot : affinity.findChildren<QCustomPlot*>())
            plot->replot();
        QVERIFY(affinity.grab().save(outDir() + QStringLiteral("/real-affinity.png")));
    }
};

QTEST_MAIN(TstPanelsEngine)
#include "tst_panels_engine.moc"
