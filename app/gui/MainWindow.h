#pragma once

#include "app/jobs/DemoJob.h"
#include "app/jobs/EvaluateJob.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace arm {

class AffinityPanel;
class ArmInternalsPanel;
class ConfusionPanel;
class ImageInspectorPanel;
class TrainingPanel;
class DatasetGalleryPanel;
class FacesPanel;
class RelabelPanel;
class ModelRecordsController;
class DocumentController;
class DemoController;
class DockLayout;
class FileMenu;
class MainStatusBar;
class Workspace;

// The application shell: menus, toolbar, the gallery in the centre, dockable views (state saved in
// AppSettings), status bar (device, threads, dataset and model summary) and drag and drop. Opening
// and exporting is the DocumentController's, the demo the DemoController's; their errors are shown
// here as messages, never thrown.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const { return m_ws; }
    DatasetGalleryPanel* galleryPanel() const { return m_gallery; }
    ConfusionPanel* confusionPanel() const { return m_confusion; }
    RelabelPanel* relabelPanel() const { return m_relabel; }
    ImageInspectorPanel* inspectorPanel() const { return m_inspector; }
    ArmInternalsPanel* internalsPanel() const { return m_internals; }
    AffinityPanel* affinityPanel() const { return m_affinity; }
    TrainingPanel* trainingPanel() const { return m_training; }
    FacesPanel* facesPanel() const { return m_faces; }
    // Dock by object name ("confusionDock", "relabelDock", ...) or by short view name ("confusion").
    QDockWidget* dock(const QString& name) const;
    QStringList viewNames() const;
    // Shows and raises a dock ("gallery" focuses the centre). Returns false for an unknown name.
    bool raiseView(const QString& name);

    // Non-interactive mode (tests, --screenshot): errors go to the status bar and lastError() instead
    // of modal message boxes, and no dialog is shown modally.
    void setInteractive(bool on) { m_interactive = on; }
    bool isInteractive() const { return m_interactive; }
    QString lastError() const { return m_lastError; }

    // Each returns false (after reporting) on failure. openPath dispatches on the kind of path:
    // *.armproj -> project, *.ckpt / *.pth / *.pt -> model, anything else -> dataset.
    bool openPath(const QString& path);
    bool openDataset(const QString& path);
    bool openModel(const QString& path);
    bool openProject(const QString& path);
    bool createProject(const QString& path);
    bool exportLabels(const QString& outPath);
    // Photos and videos: shown with their faces in the Photos and video view (FacesPanel), a second tab
    // of the centre beside the gallery.
    void openFaces(const QStringList& paths);
    // File > Import Faces as Dataset: the dialog (non-modal), which opens the new dataset when done.
    void showFaceImport();
    // Records from the open project's prediction cache for the open model; true when some were found.
    bool restoreCachedPredictions();
    // Renders once (which requests the visible thumbnails), then processes events until they are
    // decoded or `timeoutMs` passed; for --screenshot. Returns true when nothing is pending.
    bool waitForThumbnails(int timeoutMs);

    // Evaluation of the open model over the whole dataset, off the GUI thread. The runner has
    // Evaluator::evaluate's signature (tests inject a fake); without one, models open without
    // records unless the project caches them. Results go to Workspace::setRecords and the project's
    // prediction cache (keyed by ModelHandle::fingerprint()).
    void setEvaluateRunner(EvaluateJob::Runner runner);
    bool startEvaluation();
    bool isEvaluating() const;

    // The embedded demo (DemoJob): generates the synthetic dataset and trains the demo model when
    // absent, then opens dataset, demo project and model, and evaluates (when a runner is set).
    // demoFinished(ok) comes once everything, evaluation included, is done.
    bool runDemo(const DemoJob::Params& params = DemoJob::defaultParams());
    bool isBusy() const;
    DemoJob* demoJob() const;
    // View > Reset Layout: every dock shown, in its first-start place.
    void resetLayout();

Q_SIGNALS:
    void datasetOpened(const QString& path);
    void modelOpened(const QString& path);
    void evaluationFinished(bool ok);
    void demoFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void updateStatus();
    void updateBanner();
    void reportError(const QString& title, const QString& text);
    void connectControllers();
    void recordsForModel(); // cache, else evaluation when a runner is set

    Workspace* m_ws;
    DatasetGalleryPanel* m_gallery = nullptr;
    ConfusionPanel* m_confusion = nullptr;
    RelabelPanel* m_relabel = nullptr;
    ImageInspectorPanel* m_inspector = nullptr;
    ArmInternalsPanel* m_internals = nullptr;
    AffinityPanel* m_affinity = nullptr;
    TrainingPanel* m_training = nullptr;
    FacesPanel* m_faces = nullptr;
    QTabWidget* m_centreTabs = nullptr; // the gallery, and the faces view once opened
    QLabel* m_banner = nullptr;
    DockLayout* m_layout = nullptr;
    MainStatusBar* m_status = nullptr;
    QMenu* m_viewMenu = nullptr;
    FileMenu* m_fileMenu = nullptr;
    ModelRecordsController* m_records = nullptr;
    DocumentController* m_documents = nullptr;
    DemoController* m_demo = nullptr;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace arm
