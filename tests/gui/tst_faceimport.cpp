// File > Import Faces as Dataset on real widgets: the dialog runs the FaceImportJob (real detector and
// landmarks) on the committed photo and a video made from it, and the new dataset opens.
#include "IsolatedSettings.h"
#include "FacesFixtures.h"

#include "app/gui/DatasetGalleryPanel.h"
#include "app/gui/FaceImportDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Workspace.h"
#include "app/jobs/FaceImportJob.h"
#include "app/models/GalleryModel.h"
#include "app/store/ProjectStore.h"
#include "widgets/GalleryRoles.h"

#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using arm::FaceImportDialog;
using arm::MainWindow;

class TstFaceImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static FaceImportDialog* openDialog(MainWindow& w)
    {
        w.showFaceImport();
        return w.findChild<FaceImportDialog*>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("arm-tests"));
        fixtures::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_faceimport"));
    }
    void init() { QSettings().clear(); }

    void importOpensTheNewDataset()
    {
        QTemporaryDir dir;
        const QString video = facefixtures::writeVideo(dir.path(), 10); // 1 s at 10 frames/s: 5 sampled
        const QString out = dir.filePath(QStringLiteral("my-faces"));
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        FaceImportDialog* dialog = openDialog(w);
        QVERIFY(dialog);
        QVERIFY(!dialog->importButton()->isEnabled()); // nothing chosen yet
        dialog->addSources({facefixtures::photoPath(), video});
        dialog->setOutputFolder(out);
        QVERIFY(dialog->importButton()->isEnabled());
        QSignalSpy opened(&w, &MainWindow::datasetOpened);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->progressBar()->isVisible());
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY2(opened.wait(60000), qPrintable(w.lastError()));
        QCOMPARE(opened.front().front().toString(), out);
        // The faces have no label yet: the dataset holds them apart, none in the labelled samples.
        const arm::DatasetIndex& data = w.workspace()->dataset();
        QCOMPARE(data.samples.size(), std::size_t(0));
        QCOMPARE(data.unlabelled.size(), std::size_t(6)); // the photo's face + one in each sampled frame
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/faces.json")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/EmoLabel/list_patition_label.txt")));
        // ... and opens with its project, every face in the gallery, ready to be labelled.
        arm::ProjectStore* project = w.workspace()->project();
        QVERIFY(project);
        QCOMPARE(project->filePath(), QFileInfo(out + QStringLiteral("/faces.armproj")).absoluteFilePath());
        QCOMPARE(project->sampleCount(), 6);
        QCOMPARE(w.galleryPanel()->galleryModel()->rowCount(), 6);
        QVERIFY(w.galleryPanel()->galleryModel()->index(0, 0).data(arm::GalleryRoles::UnlabelledRole).toBool());
    }

    void cancelWritesWhatWasFoundAndOpensNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("stopped"));
        MainWindow w;
        w.setInteractive(false);
        FaceImportDialog* dialog = openDialog(w);
        dialog->addSources({facefixtures::writeVideo(dir.path(), 30)});
        dialog->setOutputFolder(out);
        QSignalSpy opened(&w, &MainWindow::datasetOpened);
        QVERIFY(dialog->startImport());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton); // while the landmark model loads
        QVERIFY(dialog->isVisible()); // stays until the job has stopped
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("Stopped")), qPrintable(dialog->statusText()));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/EmoLabel/list_patition_label.txt"))); // never half written
        QCOMPARE(opened.size(), 0);
    }

    void anOutputFolderHoldingADatasetIsRefusedByName()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("taken"));
        QDir().mkpath(out);
        QFile list(out + QStringLiteral("/faces.json"));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.close();
        MainWindow w;
        w.setInteractive(false);
        FaceImportDialog* dialog = openDialog(w);
        dialog->addSources({facefixtures::photoPath()});
        dialog->setOutputFolder(out);
        QVERIFY(dialog->startImport());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->statusText().contains(out), qPrintable(dialog->statusText()));
        QVERIFY(dialog->isVisible()); // the user can choose another folder
    }

    void timeLeft()
    {
        QCOMPARE(arm::FaceImportJob::timeLeft(10, 100, 10.0), QStringLiteral("about 1 min 30 s left"));
        QCOMPARE(arm::FaceImportJob::timeLeft(50, 100, 20.0), QStringLiteral("about 20 s left"));
        QVERIFY(arm::FaceImportJob::timeLeft(1, 100, 5.0).isEmpty()); // too early to tell
        QVERIFY(arm::FaceImportJob::timeLeft(100, 100, 5.0).isEmpty());
    }
};

QTEST_MAIN(TstFaceImport)
#include "tst_faceimport.moc"
