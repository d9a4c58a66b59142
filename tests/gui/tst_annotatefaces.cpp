// Annotating from scratch on real widgets: a faces dataset whose faces have no label yet (RAF-DB label 0,
// as the face import writes it) opens as the import opens it, with a project; the gallery shows and
// filters the faces still to label; two are labelled by keyboard (a class key in the gallery, Enter on
// the prediction the relabel view offers), one undone and redone; the export writes them; a restart
// finds them. The model is a fake evaluation runner, so the test needs no weights.
#include "IsolatedSettings.h"
#include "GuiFixtures.h"

#include "app/gui/DatasetGalleryPanel.h"
#include "app/gui/FaceImportDialog.h"
#include "app/gui/LabelPicker.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RelabelPanel.h"
#include "app/gui/Workspace.h"
#include "app/models/GalleryFilterModel.h"
#include "app/models/GalleryModel.h"
#include "engine/model/ModelHandle.h"
#include "widgets/GalleryRoles.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

namespace {

const QString kList = QStringLiteral("/EmoLabel/list_patition_label.txt");
constexpr int kLabelled = 2;
constexpr int kFaces = 5;

// Two labelled samples, then five faces with label 0, each a JPEG of its own colour.
void writeFacesDataset(const QString& root)
{
    QByteArray list;
    for (int i = 0; i < kLabelled + kFaces; ++i) {
        const QString stem = QStringLiteral("train_face_%1").arg(i + 1);
        list += (stem + QStringLiteral(".jpg %1\n").arg(i < kLabelled ? i + 4 : 0)).toUtf8();
        QImage image(100, 100, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 50) % 360, 160, 200));
        QDir().mkpath(root + QStringLiteral("/Image/aligned"));
        QVERIFY(image.save(root + QStringLiteral("/Image/aligned/") + stem + QStringLiteral("_aligned.jpg"), "JPG"));
    }
    fixtures::writeFile(root + kList, list);
}

// The fake model predicts class (2i + 1) % 7 for sample i of what it is given, with 0.6.
int predictedFor(int sample)
{
    return (2 * sample + 1) % 7;
}

arm::EvalResult fakeEvaluation(arm::ModelHandle&, const arm::DatasetIndex& data, const std::vector<int>& indices,
                               const arm::EvalOptions&, const arm::Evaluator::Progress&, const std::atomic<bool>*)
{
    arm::EvalResult result;
    for (int i : indices) {
        arm::EvalRecord r;
        r.sampleIndex = i;
        r.label = data.samples[static_cast<std::size_t>(i)].label;
        r.probabilities.assign(7, 0.4f / 6.0f);
        r.probabilities[static_cast<std::size_t>(predictedFor(i))] = 0.6f;
        arm::EvaluationMetrics::completeRecord(r);
        result.records.push_back(r);
    }
    return result;
}

} // namespace

class TstAnnotateFaces : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        fixtures::isolateSettings(m_settings.path(), QStringLiteral("tst_annotatefaces"));
    }

    void labelImportedFacesByKeyboardAndExport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("my-faces"));
        writeFacesDataset(data);
        const QByteArray originalList = fixtures::readAll(data + kList);
        const int first = kLabelled, second = kLabelled + 1; // the first two faces, as the workspace numbers them
        {
            arm::MainWindow w;
            w.setInteractive(false);
            w.resize(1280, 800);
            w.setEvaluateRunner(&fakeEvaluation);
            arm::ModelConfig config;
            config.inputSize = 64;
            w.workspace()->setModel(arm::ModelHandle::create(config));
            arm::DatasetGalleryPanel* gallery = w.galleryPanel();
            new QAbstractItemModelTester(gallery->galleryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &w);
            new QAbstractItemModelTester(gallery->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &w);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.raiseView(QStringLiteral("relabel")));

            // What the import dialog does when its job is done: the dataset opens with a project.
            w.showFaceImport();
            auto* dialog = w.findChild<arm::FaceImportDialog*>();
            QVERIFY(dialog);
            dialog->close();
            w.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            QSignalSpy evaluated(&w, &arm::MainWindow::evaluationFinished);
            Q_EMIT dialog->imported(data);
            arm::Workspace& ws = *w.workspace();
            QVERIFY2(ws.project(), qPrintable(w.lastError()));
            QCOMPARE(ws.project()->filePath(), QFileInfo(data + QStringLiteral("/faces.armproj")).absoluteFilePath());
            QCOMPARE(ws.sampleCount(), kLabelled);
            QCOMPARE(ws.itemCount(), kLabelled + kFaces);
            QTRY_VERIFY_WITH_TIMEOUT(!evaluated.isEmpty() && evaluated.back().front().toBool(), 20000);

            // The model's view of the faces is kept apart from everything that needs a label.
            QCOMPARE(ws.records().size(), std::size_t(kLabelled));
            QVERIFY(ws.recordFor(first));
            QCOMPARE(ws.recordFor(first)->predicted, predictedFor(first));
            QCOMPARE(ws.labelOf(first), -1);

            // The gallery shows every face, marked, and filters the ones still to label.
            QCOMPARE(gallery->galleryModel()->rowCount(), kLabelled + kFaces);
            const QModelIndex face = gallery->galleryModel()->index(first, 0);
            QVERIFY(face.data(arm::GalleryRoles::UnlabelledRole).toBool());
            QVERIFY(!face.data(arm::GalleryRoles::CorrectRole).isValid()); // neither right nor wrong
            QVERIFY(!face.data(arm::GalleryRoles::LossRole).isValid());
            arm::GalleryFilter wrong;
            wrong.correctness = arm::GalleryFilter::Correctness::Wrong;
            gallery->filterModel()->setFilter(wrong);
            for (int row = 0; row < gallery->filterModel()->rowCount(); ++row)
                QVERIFY(gallery->filterModel()->sampleAt(row) < kLabelled);
            gallery->clearFilter();
            auto* given = w.findChild<QComboBox*>(QStringLiteral("galleryGiven"));
            const int notLabelled = given->findText(QStringLiteral("Not labelled yet"));
            QVERIFY(notLabelled > 0);
            given->setCurrentIndex(0);
            given->setCurrentIndex(notLabelled);
            QCOMPARE(gallery->filterModel()->rowCount(), kFaces);
            QVERIFY(gallery->filterModel()->filter().unlabelledOnly);

            // The relabel view offers the prediction, outlined, without taking it.
            QListView* view = gallery->listView();
            view->setFocus();
            view->setCurrentIndex(gallery->filterModel()->index(0, 0));
            QCOMPARE(ws.currentSample(), first);
            arm::LabelPicker* picker = w.relabelPanel()->labelPicker();
            QTRY_COMPARE(picker->suggested(), predictedFor(first));
            QVERIFY(!picker->acceptButton()->isHidden());
            for (int c = 0; c < 7; ++c)
                QVERIFY(!picker->classButton(c)->isChecked());
            QVERIFY(picker->classButton(predictedFor(first))->property("suggested").toBool());
            QCOMPARE(ws.labelOf(first), -1);
            QCOMPARE(ws.project()->currentLabel(ws.sampleName(first)), -1);

            // Face 1: key 3 in the gallery (class 3, not the prediction).
            QTest::keyClick(view, Qt::Key_3);
            QCOMPARE(ws.labelOf(first), 2);
            QCOMPARE(ws.project()->currentLabel(ws.sampleName(first)), 2);
            QTRY_VERIFY(picker->classButton(2)->isChecked());
            QVERIFY(picker->acceptButton()->isHidden());
            // J: the next face still to label (the labelled one leaves the filter once left).
            QTest::keyClick(view, Qt::Key_J);
            QCOMPARE(ws.currentSample(), second);
            QTRY_COMPARE(gallery->filterModel()->rowCount(), kFaces - 1);

            // Face 2: Enter in the relabel view accepts the prediction offered.
            QTRY_COMPARE(picker->suggested(), predictedFor(second));
            picker->classButton(0)->setFocus();
            QTRY_VERIFY(picker->classButton(0)->hasFocus());
            QTest::keyClick(picker->classButton(0), Qt::Key_Return);
            QCOMPARE(ws.labelOf(second), predictedFor(second));
            const auto history = ws.project()->history(false);
            QCOMPARE(int(history.size()), 2);
            QCOMPARE(history[0].oldLabel, -1);
            QVERIFY(history[0].source == arm::EditSource::Human);
            QVERIFY(history[1].source == arm::EditSource::Suggestion);

            // Undo and redo the second: back to no label, then labelled again.
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(ws.labelOf(second), -1);
            QCOMPARE(ws.project()->currentLabel(ws.sampleName(second)), -1);
            QVERIFY(gallery->galleryModel()->index(second, 0).data(arm::GalleryRoles::UnlabelledRole).toBool());
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(ws.labelOf(second), predictedFor(second));
            QCOMPARE(ws.metrics().samples, kLabelled); // the faces labelled here are not evaluated in this session

            // Export: the labelled samples and the two faces; the three still unlabelled are left out.
            const QString out = dir.filePath(QStringLiteral("export"));
            QVERIFY2(w.exportLabels(out), qPrintable(w.lastError()));
            QList<QByteArray> lines = fixtures::readAll(out + QStringLiteral("/list_patition_label.txt")).split('\n');
            lines.removeAll(QByteArray());
            QCOMPARE(lines.size(), kLabelled + 2);
            QCOMPARE(lines[0], QByteArray("train_face_1.jpg 4"));
            QCOMPARE(lines[1], QByteArray("train_face_2.jpg 5"));
            QCOMPARE(lines[2], QByteArray("train_face_3.jpg 3"));
            QCOMPARE(lines[3], QByteArray("train_face_4.jpg ") + QByteArray::number(predictedFor(second) + 1));
            QVERIFY(fixtures::readAll(out + QStringLiteral("/changes.csv")).contains("train_face_3.jpg,0,3,none,"));
        }
        QCOMPARE(fixtures::readAll(data + kList), originalList); // the dataset itself is never written

        // A restart: the import's project opens again with the labels given.
        arm::MainWindow again;
        again.setInteractive(false);
        again.showFaceImport();
        auto* dialog = again.findChild<arm::FaceImportDialog*>();
        QVERIFY(dialog);
        dialog->close();
        Q_EMIT dialog->imported(data);
        arm::Workspace& ws = *again.workspace();
        QVERIFY2(ws.project() && !ws.project()->isReadOnly(), qPrintable(again.lastError()));
        QCOMPARE(ws.labelOf(first), 2);
        QCOMPARE(ws.labelOf(second), predictedFor(second));
        for (int i = second + 1; i < ws.itemCount(); ++i)
            QCOMPARE(ws.labelOf(i), -1);
        QCOMPARE(again.galleryPanel()->galleryModel()->index(first, 0).data(arm::GalleryRoles::OriginalLabelRole).toString(),
                 QStringLiteral("none"));
    }
};

QTEST_MAIN(TstAnnotateFaces)
#include "tst_annotatefaces.moc"
