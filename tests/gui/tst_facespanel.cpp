// File > Open Photos or Video on real widgets: the committed NASA portrait and a video made from it,
// the real dlib detector and landmarks, a small untrained ResNet-18 + ARM at 112 px as the model.
#include "IsolatedSettings.h"
#include "FacesFixtures.h"
#include "PanelFixtures.h"

#include "app/gui/FacesPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Workspace.h"
#include "app/gui/jobs/EngineRunners.h"
#include "app/gui/panels/AnalysisProvider.h"
#include "app/gui/panels/ImageInspectorPanel.h"
#include "app/gui/panels/PanelData.h"
#include "engine/model/ModelHandle.h"
#include "widgets/FaceOverlayView.h"
#include "widgets/TimelinePlot.h"

#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numeric>

using arm::FacesPanel;
using arm::MainWindow;

namespace {
std::shared_ptr<arm::ModelHandle> smallModel()
{
    arm::ModelConfig config;
    config.inputSize = 112;
    return arm::ModelHandle::create(config);
}

// A 100x100 BGR image standing in for an aligned face.
cv::Mat faceCrop()
{
    cv::Mat crop;
    cv::resize(fixtures::facePhoto(), crop, cv::Size(100, 100));
    return crop;
}

bool waitForFaces(FacesPanel* panel)
{
    return QTest::qWaitFor([panel] { return !panel->isBusy(); }, 60000);
}
} // namespace

class TstFacesPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("arm-tests"));
        fixtures::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_facespanel"));
    }
    void init() { QSettings().clear(); }

    // Open the photo, see the face with its landmarks and prediction, click it: the inspector analyses
    // exactly that aligned crop, named after the photo.
    void photoFaceClickedOpensItsCropInTheInspector()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.workspace()->setModel(smallModel());
        QVERIFY(w.openPath(facefixtures::photoPath())); // a photo goes to the faces view, not the dataset opener
        FacesPanel* panel = w.facesPanel();
        QVERIFY(panel->isVisible()); // the centre's second tab, raised
        QVERIFY(waitForFaces(panel));
        QVERIFY2(panel->hasResult(), qPrintable(panel->messageText()));
        const arm::FacesOutcome& out = panel->outcome();
        QCOMPARE(out.frames.size(), 1);
        QCOMPARE(out.faces, 1);
        const arm::FoundFace& face = out.frames[0].faces[0];
        QCOMPARE(face.landmarks.size(), 68);
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(out.frames[0].sourceSize)).intersects(face.box));
        QCOMPARE(face.probabilities.size(), 7);
        QVERIFY(std::abs(std::accumulate(face.probabilities.begin(), face.probabilities.end(), 0.0) - 1.0) < 1e-4);
        QCOMPARE(face.crop.cols, 100);
        arm::FaceOverlayView* view = panel->overlay();
        QCOMPARE(view->faces().size(), 1);
        QVERIFY2(view->faces()[0].caption.endsWith(QLatin1Char('%')), qPrintable(view->faces()[0].caption));
        QCOMPARE(view->faces()[0].landmarks.size(), 68);
        QVERIFY(!panel->frameSlider()->isVisibleTo(panel)); // one photo: nothing to step through
        QVERIFY(!panel->timeline()->isVisibleTo(panel));

        // Beside the face: no face there.
        QCOMPARE(view->faceAt(QPointF(1, 1)), -1);
        const QPoint centre = view->widgetRectOf(0).center().toPoint();
        QCOMPARE(view->faceAt(centre), 0);
        QTest::mouseClick(view, Qt::LeftButton, {}, centre);
        QCOMPARE(view->selected(), 0);
        arm::AnalysisProvider* provider = arm::AnalysisProvider::of(w.workspace());
        QVERIFY(provider->isOutside());
        arm::ImageInspectorPanel* inspector = w.inspectorPanel();
        QVERIFY(inspector->isVisible()); // raised on the right, the photo stays in view on the left
        QVERIFY(panel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(inspector->hasAnalysis(), 60000);
        QCOMPARE(provider->sampleIndex(), arm::AnalysisProvider::kOutsideImage);
        // The inspector shows the crop the faces view classified, as the model sees it.
        QCOMPARE(provider->face(), arm::PanelData::modelView(face.crop, 112));
        const auto& alone = provider->analysis().probabilities;
        QCOMPARE(int(alone.size()), 7);
        for (int c = 0; c < 7; ++c)
            QVERIFY2(std::abs(alone[std::size_t(c)] - face.probabilities[c]) < 1e-3,
                     qPrintable(QStringLiteral("class %1: %2 vs %3").arg(c).arg(alone[std::size_t(c)]).arg(face.probabilities[c])));
        auto* heading = inspector->findChild<QLabel*>(QStringLiteral("inspectorSample"));
        QVERIFY(heading);
        QVERIFY2(heading->text().contains(QStringLiteral("astronaut_face.jpg")) && heading->text().contains(QStringLiteral("face 1")),
                 qPrintable(heading->text()));
    }

    // Results are stamped with the model they came from: a model opened while faces are being found
    // drops that search and runs it again, so the expressions shown are the new model's.
    void aNewModelRunsTheOpenFilesAgain()
    {
        arm::Workspace ws;
        ws.setModel(smallModel());
        FacesPanel panel(&ws);
        panel.open({facefixtures::photoPath()});
        QVERIFY(panel.isBusy());
        arm::ModelConfig plain;
        plain.arch = arm::Arch::ResNet18; // another network: other probabilities for the same crop
        plain.inputSize = 112;
        const auto second = arm::ModelHandle::create(plain);
        ws.setModel(second);
        QVERIFY(waitForFaces(&panel));
        QVERIFY2(panel.hasResult(), qPrintable(panel.messageText()));
        const arm::FoundFace& face = panel.outcome().frames[0].faces[0];
        const auto expected = arm::EngineRunners::faceClassifier()(second)({face.crop}, {"crop"});
        QCOMPARE(int(expected.front().probabilities.size()), face.probabilities.size());
        for (int c = 0; c < face.probabilities.size(); ++c)
            QVERIFY(std::abs(expected.front().probabilities[std::size_t(c)] - face.probabilities[c]) < 1e-5);
    }

    // Choosing a sample in the gallery after a face leaves the face: the inspector follows the dataset.
    void choosingASampleLeavesTheFace()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        fixtures::openDatasetAndModel(ws, dir, 4);
        arm::ImageInspectorPanel inspector(&ws);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        arm::AnalysisProvider* provider = arm::AnalysisProvider::of(&ws);
        provider->inspectImage(faceCrop(), QStringLiteral("photo.jpg · face 1"));
        QTRY_VERIFY_WITH_TIMEOUT(provider->hasAnalysis() && !provider->isComputing(), 60000);
        QCOMPARE(provider->sampleIndex(), arm::AnalysisProvider::kOutsideImage);
        ws.setCurrentSample(2);
        QVERIFY(!provider->isOutside());
        QTRY_VERIFY_WITH_TIMEOUT(provider->sampleIndex() == 2 && !provider->isComputing(), 60000);
        auto* heading = inspector.findChild<QLabel*>(QStringLiteral("inspectorSample"));
        QVERIFY2(heading->text().startsWith(QStringLiteral("img_002")), qPrintable(heading->text()));
    }

    void withoutAModelFacesAreShownAndTheUserToldWhy()
    {
        arm::Workspace ws;
        FacesPanel panel(&ws);
        panel.open({facefixtures::photoPath()});
        QVERIFY(waitForFaces(&panel));
        QVERIFY(panel.hasResult());
        QCOMPARE(panel.outcome().faces, 1);
        QVERIFY(panel.outcome().frames[0].faces[0].probabilities.isEmpty());
        QVERIFY(panel.overlay()->faces()[0].caption.isEmpty());
        QVERIFY2(panel.messageText().contains(QStringLiteral("Open a model")), qPrintable(panel.messageText()));
    }

    // A photo without a face and a corrupt one are named in plain words; nothing crashes.
    void problemsAreNamedByFile()
    {
        QTemporaryDir dir;
        const QString blank = facefixtures::writeBlankPhoto(dir.path());
        const QString broken = facefixtures::writeCorruptPhoto(dir.path());
        arm::Workspace ws;
        FacesPanel panel(&ws);
        panel.open({blank, broken});
        QVERIFY(waitForFaces(&panel));
        QVERIFY(panel.hasResult());
        QCOMPARE(panel.outcome().faces, 0);
        const QString text = panel.messageText();
        QVERIFY2(text.contains(QStringLiteral("No face found")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("empty_wall.png")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("broken.jpg")), qPrintable(text));
    }

    void missingLandmarkModelIsNamed()
    {
        qputenv("ARM_DLIB_LANDMARKS", "/nonexistent/shape_predictor_68.dat");
        arm::Workspace ws;
        FacesPanel panel(&ws);
        QSignalSpy done(&panel, &FacesPanel::finished);
        panel.open({facefixtures::photoPath()});
        QVERIFY(waitForFaces(&panel));
        qunsetenv("ARM_DLIB_LANDMARKS");
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.front().front().toBool(), false);
        QVERIFY(!panel.hasResult());
        QVERIFY2(panel.messageText().contains(QStringLiteral("/nonexistent/shape_predictor_68.dat")),
                 qPrintable(panel.messageText()));
    }

    void unreadableVideoIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clip.mp4"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a video at all");
        f.close();
        arm::Workspace ws;
        FacesPanel panel(&ws);
        panel.open({path});
        QVERIFY(waitForFaces(&panel));
        QVERIFY2(panel.messageText().contains(QStringLiteral("clip.mp4")), qPrintable(panel.messageText()));
    }

    // A video: the slider steps through the sampled frames, the timeline shows the track's seven
    // probabilities, and a click on the timeline shows that moment's frame.
    void videoSliderAndTimeline()
    {
        QTemporaryDir dir;
        const QString video = facefixtures::writeVideo(dir.path(), 20); // 2 s at 10 frames/s
        arm::Workspace ws;
        ws.setModel(smallModel());
        FacesPanel panel(&ws);
        panel.resize(700, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.open({video});
        QVERIFY(waitForFaces(&panel));
        QVERIFY2(panel.hasResult(), qPrintable(panel.messageText()));
        const arm::FacesOutcome& out = panel.outcome();
        QCOMPARE(out.frames.size(), 10); // 5 frames/s: frames 0, 2, 4, ... 18
        QCOMPARE(out.frames[3].frame, 6);
        QSlider* slider = panel.frameSlider();
        QVERIFY(slider->isVisible());
        QCOMPARE(slider->maximum(), 9);
        arm::TimelinePlot* plot = panel.timeline();
        QVERIFY(plot->isVisible());
        QVERIFY(panel.selectedTrack() >= 0);
        QCOMPARE(plot->seriesNames().size(), 7);
        QCOMPARE(plot->points(plot->seriesNames().front()).size(), 10); // one track seen in every frame
        QCOMPARE(plot->cursorTime(), 0.0);

        slider->setValue(3);
        QCOMPARE(panel.currentFrame(), 3);
        QCOMPARE(plot->cursorTime(), out.frames[3].seconds);
        auto* frameLabel = panel.findChild<QLabel*>(QStringLiteral("facesFrameLabel"));
        QVERIFY2(frameLabel->text().contains(QStringLiteral("frame 6")), qPrintable(frameLabel->text()));

        // A click on the plot at frame 7's time shows frame 7.
        plot->replot();
        const double t = out.frames[7].seconds;
        const QPoint at(int(plot->xAxis->coordToPixel(t)), int(plot->yAxis->coordToPixel(0.5)));
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(panel.currentFrame(), 7);
        QCOMPARE(slider->value(), 7);
        QCOMPARE(panel.overlay()->selected(), 0); // the track's face is highlighted in the new frame
    }
};

QTEST_MAIN(TstFacesPanel)
#include "tst_facespanel.moc"
