#include "IsolatedSettings.h"
#include "PanelFixtures.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/AnalysisProvider.h"
#include "app/gui/panels/ArmInternalsPanel.h"
#include "app/gui/panels/ImageInspectorPanel.h"
#include "engine/model/ModelHandle.h"
#include "widgets/HeatmapView.h"
#include "widgets/ProbabilityBars.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <mutex>

using arm::ImageInspectorPanel;
using Overlay = arm::ImageInspectorPanel::Overlay;

Q_DECLARE_METATYPE(Overlay)

namespace {
// The grid the panel must show for each overlay, straight from the hand-built analysis.
const arm::Grid& expectedGrid(const arm::ImageAnalysis& a, Overlay o)
{
    switch (o) {
    case Overlay::Coverage: return a.coverageBackbone;
    case Overlay::CellContribution: return a.cellContribution;
    case Overlay::MeasuredErosion: return a.erosionMeasured;
    case Overlay::AnalyticErosion: return a.erosionAnalytic;
    case Overlay::GradCam: return a.gradCam;
    }
    return a.kernel;
}
} // namespace

class TstImageInspectorPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("arm-tests"));
        fixtures::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_imageinspectorpanel"));
    }
    void init() { QSettings().clear(); }

    void placeholderWithoutData()
    {
        arm::Workspace ws;
        ImageInspectorPanel panel(&ws);
        QVERIFY(panel.isShowingPlaceholder());
        QVERIFY2(panel.placeholderText().contains(QStringLiteral("dataset")), qPrintable(panel.placeholderText()));
        QTemporaryDir dir;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 3));
        QVERIFY(panel.isShowingPlaceholder());
        QVERIFY2(panel.placeholderText().contains(QStringLiteral("model")), qPrintable(panel.placeholderText()));
    }

    void overlaySwitchShowsTheRightGrid_data()
    {
        QTest::addColumn<Overlay>("overlay");
        QTest::addColumn<bool>("withRects");
        QTest::newRow("coverage") << Overlay::Coverage << true;
        QTest::newRow("contribution") << Overlay::CellContribution << true;
        QTest::newRow("measured erosion") << Overlay::MeasuredErosion << true;
        QTest::newRow("analytic erosion") << Overlay::AnalyticErosion << true;
        QTest::newRow("grad-cam") << Overlay::GradCam << false;
    }
    void overlaySwitchShowsTheRightGrid()
    {
        QFETCH(Overlay, overlay);
        QFETCH(bool, withRects);
        arm::Workspace ws;
        ImageInspectorPanel panel(&ws);
        panel.resize(500, 700);
        const arm::ImageAnalysis a = fixtures::analysis(224);
        QImage face(224, 224, QImage::Format_RGB888);
        face.fill(Qt::gray);
        panel.setAnalysis(a, face, 4);
        QVERIFY(!panel.isShowingPlaceholder());
        QComboBox* combo = panel.overlayCombo();
        // Start from a different overlay so that the switch really happens.
        const int target = combo->findData(int(overlay));
        QVERIFY(target >= 0);
        combo->setCurrentIndex(target == 0 ? 1 : 0);
        QSignalSpy changed(&panel, &ImageInspectorPanel::overlayChanged);
        combo->setCurrentIndex(target);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.overlay(), overlay);
        const arm::Grid& g = expectedGrid(a, overlay);
        arm::HeatmapView* view = panel.heatmap();
        QCOMPARE(view->rows(), g.rows);
        QCOMPARE(view->cols(), g.cols);
        for (int r = 0; r < g.rows; r += std::max(1, g.rows / 7))
            for (int c = 0; c < g.cols; c += std::max(1, g.cols / 7))
                QCOMPARE(float(view->value(r, c)), g.at(r, c));
        if (withRects) {
            const arm::CellGeometry& geo = overlay == Overlay::CellContribution ? a.dealbinoCells : a.backboneCells;
            const auto& b = geo.boxes[std::size_t(g.cols + 1)];
            QCOMPARE(view->cellRect(1, 1), QRectF(QPointF(b[0], b[1]), QPointF(b[2], b[3])));
        }
        // The contributions are signed: drawn on a symmetric diverging scale.
        QCOMPARE(view->isSymmetric(), overlay == Overlay::CellContribution);
        QCOMPARE(QSettings().value(QStringLiteral("panels/inspector/overlay")).toString(), ImageInspectorPanel::overlayKey(overlay));
    }

    void keyboardSwitchesOverlay()
    {
        arm::Workspace ws;
        ImageInspectorPanel panel(&ws);
        const arm::ImageAnalysis a = fixtures::analysis(112);
        panel.setAnalysis(a, {}, 3);
        panel.setOverlay(Overlay::Coverage);
        QCOMPARE(panel.heatmap()->value(0, 1), double(a.coverageBackbone.at(0, 1)));
        panel.overlayCombo()->setFocus();
        QTest::keyClick(panel.overlayCombo(), Qt::Key_Down);
        QCOMPARE(panel.overlay(), Overlay::CellContribution);
        QCOMPARE(panel.heatmap()->rows(), a.cellContribution.rows);
        QCOMPARE(panel.heatmap()->value(2, 0), double(a.cellContribution.at(2, 0)));
    }

    void missingOverlaysAreDisabled()
    {
        arm::Workspace ws;
        ImageInspectorPanel panel(&ws);
        panel.setOverlay(Overlay::Coverage);
        arm::ImageAnalysis baseline = fixtures::analysis(224, /*arm=*/false);
        panel.setAnalysis(baseline, {}, 0);
        QVERIFY(!panel.isOverlayAvailable(Overlay::Coverage));
        QVERIFY(!panel.isOverlayAvailable(Overlay::CellContribution));
        QVERIFY(panel.isOverlayAvailable(Overlay::MeasuredErosion));
        auto* model = qobject_cast<QStandardItemModel*>(panel.overlayCombo()->model());
        QVERIFY(model);
        QVERIFY(!model->item(panel.overlayCombo()->findData(int(Overlay::Coverage)))->isEnabled());
        // The panel moved off the unavailable overlay to one that exists.
        QVERIFY(panel.isOverlayAvailable(panel.overlay()));
        QCOMPARE(panel.heatmap()->rows(), panel.gridFor(panel.overlay()).rows);
    }

    void opacitySliderDrivesTheHeatmap()
    {
        arm::Workspace ws;
        ImageInspectorPanel panel(&ws);
        panel.setAnalysis(fixtures::analysis(224), {}, 0);
        panel.opacitySlider()->setValue(25);
        QCOMPARE(panel.heatmap()->opacity(), 0.25);
        QTest::keyClick(panel.opacitySlider(), Qt::Key_End);
        QCOMPARE(panel.heatmap()->opacity(), 1.0);
        QCOMPARE(QSettings().value(QStringLiteral("panels/inspector/opacity")).toDouble(), 1.0);
        // A new panel starts from the stored opacity, but never so opaque that it hides the face...
        ImageInspectorPanel second(&ws);
        QCOMPARE(second.opacitySlider()->value(), 80);
        QVERIFY(second.heatmap()->opacity() <= 0.8);
        // ... nor so transparent that it hides the map; in between, as stored.
        second.opacitySlider()->setValue(0);
        QCOMPARE(ImageInspectorPanel(&ws).opacitySlider()->value(), 20);
        second.opacitySlider()->setValue(45);
        QCOMPARE(ImageInspectorPanel(&ws).opacitySlider()->value(), 45);
    }

    void hoverShowsValueCellAndReceptiveField()
    {
        arm::Workspace ws;
        ImageInspectorPanel panel(&ws);
        panel.resize(520, 760);
        const arm::ImageAnalysis a = fixtures::analysis(224);
        QImage face(224, 224, QImage::Format_RGB888);
        face.fill(Qt::gray);
        panel.setAnalysis(a, face, 3);
        panel.setOverlay(Overlay::CellContribution);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        arm::HeatmapView* view = panel.heatmap();
        // The centre of de-albino cell (2, 5): x = 32 + 5*16, y = 32 + 2*16.
        const QPoint at = view->imageToWidget(QPointF(32 + 5 * 16, 32 + 2 * 16)).toPoint();
        QSignalSpy hovered(view, &arm::HeatmapView::cellHovered);
        QTest::mouseMove(view, at);
        QTRY_COMPARE(view->hoveredCell(), QPoint(5, 2));
        const QString info = panel.cellInfoText();
        QVERIFY2(info.contains(QStringLiteral("row 2, col 5")), qPrintable(info));
        // The value is said once, by the heat map's read-out line, not again in the panel's.
        QVERIFY2(view->hoverText().startsWith(QStringLiteral("row 2, col 5: ")), qPrintable(view->hoverText()));
        const QString value = view->hoverText().section(QStringLiteral(": "), -1);
        QVERIFY2(std::abs(value.toDouble() - a.cellContribution.at(2, 5)) <= 6e-4, qPrintable(value));
        QVERIFY2(!info.contains(value), qPrintable(info));
        // Box of that cell: centre (112, 64), 64 px wide -> x 80..144, y 32..96.
        QVERIFY2(info.contains(QStringLiteral("x 80…144, y 32…96")), qPrintable(info));
        // A corner backbone cell's field is mostly padding, and the read-out says so.
        panel.setOverlay(Overlay::AnalyticErosion);
        QTest::mouseMove(view, view->imageToWidget(QPointF(5, 5)).toPoint());
        QTRY_COMPARE(view->hoveredCell(), QPoint(0, 0));
        QVERIFY2(panel.cellInfoText().contains(QStringLiteral("outside the image")), qPrintable(panel.cellInfoText()));
    }

    void probabilitiesMarkGivenLabelAndSecondSet()
    {
        arm::Workspace ws;
        ImageInspectorPanel panel(&ws);
        const arm::ImageAnalysis a = fixtures::analysis(112);
        panel.setAnalysis(a, {}, 4);
        arm::ProbabilityBars* bars = panel.probabilityBars();
        QCOMPARE(bars->givenLabel(), 4);
        QCOMPARE(bars->predictedClass(), 3);
        QCOMPARE(bars->probabilities().size(), 7);
        QCOMPARE(bars->probabilities()[2], double(a.probabilities[2]));
        const QVector<double> inBatch = {0.05, 0.05, 0.1, 0.2, 0.5, 0.05, 0.05};
        panel.setSecondProbabilities(inBatch, QStringLiteral("in batch"));
        QCOMPARE(bars->secondProbabilities(), inBatch);
        QCOMPARE(bars->secondPredictedClass(), 4);
    }

    // The provider path: current sample -> job on the worker -> panel; quick changes only deliver the
    // newest sample, and the in-batch probabilities come from the evaluation record.
    void followsTheCurrentSample()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 6));
        arm::ModelConfig config;
        config.arch = arm::Arch::ResNet18Arm;
        config.inputSize = 112;
        ws.setModel(arm::ModelHandle::create(config));
        std::mutex mutex;
        std::vector<int> seenWidths;
        std::atomic<int> calls{0};
        auto* provider = arm::AnalysisProvider::of(&ws);
        QCOMPARE(arm::AnalysisProvider::of(&ws), provider); // one per workspace
        provider->setRunner([&](const std::shared_ptr<arm::ModelHandle>& model, const cv::Mat& image, const arm::InspectOptions& options) {
            ++calls;
            arm::ImageAnalysis a = fixtures::analysis(model->config().inputSize);
            a.gradCamClass = options.gradCamClass;
            std::lock_guard<std::mutex> lock(mutex);
            seenWidths.push_back(image.cols);
            a.milliseconds = image.cols; // lets the test see which image went through
            return a;
        });
        arm::EvalRecord record;
        record.sampleIndex = 2;
        record.label = 2;
        record.probabilities = {0.1f, 0.1f, 0.5f, 0.1f, 0.1f, 0.05f, 0.05f};
        ws.setRecords({record});
        ImageInspectorPanel panel(&ws);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.isShowingPlaceholder()); // no current sample yet
        QSignalSpy ready(provider, &arm::AnalysisProvider::analysisReady);
        ws.setCurrentSample(0);
        ws.setCurrentSample(1);
        ws.setCurrentSample(2);
        QTRY_VERIFY(!ready.isEmpty() && ready.last().at(0).toInt() == 2);
        QTRY_VERIFY(!provider->isComputing());
        for (const auto& args : ready)
            QVERIFY(args.at(0).toInt() == 2 || ready.size() > 1); // only the last one is shown at the end
        QCOMPARE(provider->sampleIndex(), 2);
        // Both analysis views name the file they show, with its label and split.
        const QString name2 = QString::fromStdString(ws.dataset().samples[2].name);
        auto* heading = panel.findChild<QLabel*>(QStringLiteral("inspectorSample"));
        QVERIFY(heading && heading->isVisible());
        QVERIFY2(heading->text().startsWith(name2) && heading->text().contains(ws.classNames()[ws.labelOf(2)]),
                 qPrintable(heading->text()));
        {
            arm::ArmInternalsPanel internals(&ws);
            auto* h = internals.findChild<QLabel*>(QStringLiteral("internalsSample"));
            QVERIFY(h);
            QVERIFY2(h->text().startsWith(name2), qPrintable(h->text()));
        }
        QVERIFY(calls.load() <= 3);
        QVERIFY(!panel.isShowingPlaceholder());
        QCOMPARE(panel.heatmap()->baseImage().size(), QSize(112, 112)); // the face as the model sees it
        QCOMPARE(panel.probabilityBars()->givenLabel(), ws.labelOf(2));
        QCOMPARE(panel.probabilityBars()->secondProbabilities().size(), 7);
        QCOMPARE(panel.probabilityBars()->secondProbabilities()[2], 0.5);
        {
            std::lock_guard<std::mutex> lock(mutex);
            QCOMPARE(seenWidths.back(), 64); // decoded from the PNG, at its own size
        }
        // Choosing a Grad-CAM class recomputes with that class.
        panel.setOverlay(Overlay::GradCam);
        QComboBox* cls = panel.gradCamClassCombo();
        QVERIFY(cls->isVisibleTo(&panel));
        const int before = calls.load();
        cls->setCurrentIndex(cls->findData(5));
        Q_EMIT cls->activated(cls->currentIndex());
        QTRY_COMPARE(provider->analysis().gradCamClass, 5);
        QVERIFY(calls.load() > before);
        QTRY_VERIFY(!provider->isComputing());
    }

    void failureIsShown()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        fixtures::openDatasetAndModel(ws, dir, 2, 112);
        auto* provider = arm::AnalysisProvider::of(&ws);
        provider->setRunner([](const std::shared_ptr<arm::ModelHandle>&, const cv::Mat&, const arm::InspectOptions&) -> arm::ImageAnalysis {
            throw std::runtime_error("model exploded at layer4");
        });
        ImageInspectorPanel panel(&ws);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy failed(provider, &arm::AnalysisProvider::analysisFailed);
        ws.setCurrentSample(1);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(panel.placeholderText().contains(QStringLiteral("layer4")));
    }
};

QTEST_MAIN(TstImageInspectorPanel)
#include "tst_imageinspectorpanel.moc"
