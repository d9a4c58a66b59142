#include "app/gui/MainWindow.h"

#include "app/AppSettings.h"
#include "app/gui/ConfusionPanel.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/gui/DemoController.h"
#include "app/gui/DockLayout.h"
#include "app/gui/DocumentController.h"
#include "app/gui/FaceImportDialog.h"
#include "app/gui/FacesPanel.h"
#include "app/gui/FileMenu.h"
#include "app/gui/HelpDialogs.h"
#include "app/gui/MainStatusBar.h"
#include "app/gui/ModelRecordsController.h"
#include "app/gui/PrecisionMenu.h"
#include "app/gui/ProblemsDialog.h"
#include "app/gui/RelabelPanel.h"
#include "app/gui/Workspace.h"
#include "app/gui/panels/AffinityPanel.h"
#include "app/gui/panels/ArmInternalsPanel.h"
#include "app/gui/panels/ImageInspectorPanel.h"
#include "app/gui/panels/TrainingPanel.h"
#include "app/models/GalleryModel.h"
#include "app/models/ThumbnailCache.h"
#include "app/store/LabelExporter.h"
#include "engine/data/DatasetOpener.h"
#include "engine/eval/Evaluator.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <QUrl>

#include <algorithm>
#include <exception>

namespace arm {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ws(new Workspace(this))
    , m_records(new ModelRecordsController(m_ws, this))
    , m_documents(new DocumentController(m_ws, m_records, this))
    , m_demo(new DemoController(m_documents, m_records, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("ARM Inspector"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    auto* centre = new QWidget(this);
    m_banner = new QLabel(centre);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; "
                                           "border: 1px solid #ffe69c; }"));
    m_banner->setVisible(false);
    // The centre holds the gallery and, once photos or a video are opened, the faces view as a second
    // tab: the photo gets the room of the centre while the inspector on the right shows a clicked face.
    m_centreTabs = new QTabWidget(centre);
    m_centreTabs->setObjectName(QStringLiteral("centreTabs"));
    m_centreTabs->setTabBarAutoHide(true); // no tab bar until there is a second view
    m_centreTabs->setDocumentMode(true);
    m_gallery = new DatasetGalleryPanel(m_ws, m_centreTabs);
    m_centreTabs->addTab(m_gallery, tr("Dataset"));
    m_faces = new FacesPanel(m_ws, m_centreTabs);
    m_faces->hide();
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_centreTabs, 1);
    setCentralWidget(centre);
    m_gallery->setThumbnailSize(AppSettings::thumbnailSize());

    m_layout = new DockLayout(this);
    m_status = new MainStatusBar(statusBar(), m_ws);
    createDocks();
    createActions();

    connect(m_ws, &Workspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_records, &ModelRecordsController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_records, &ModelRecordsController::progress, this,
            [this](int done, int total, const QString& text) { m_status->showProgress(done, std::max(0, total), text); });
    connect(m_records, &ModelRecordsController::failed, this, [this](const QString& text) {
        m_status->hideProgress();
        reportError(tr("Evaluation failed"), text);
    });
    connect(m_records, &ModelRecordsController::evaluationFinished, this, [this](bool ok) {
        m_status->hideProgress();
        Q_EMIT evaluationFinished(ok);
    });
    connectControllers();
    connect(m_ws, &Workspace::datasetChanged, this, &MainWindow::updateStatus);
    connect(m_ws, &Workspace::modelChanged, this, &MainWindow::updateStatus);
    // A model set by another view (the Training panel's "load best model") gets records too; the
    // open* functions already asked, so this only acts when nothing is running or restored.
    connect(
        m_ws, &Workspace::modelChanged, this,
        [this] {
            if (m_ws->model() && m_ws->hasDataset() && m_ws->records().empty() && !isEvaluating())
                recordsForModel();
        },
        Qt::QueuedConnection);
    connect(m_ws, &Workspace::recordsChanged, this, &MainWindow::updateStatus);
    connect(m_ws, &Workspace::projectChanged, this, [this] {
        updateStatus();
        updateBanner();
    });
    connect(m_confusion, &ConfusionPanel::cellActivated, this, [this](int t, int p) {
        m_gallery->showConfusionCell(t, p, m_confusion->split());
        m_gallery->listView()->setFocus();
    });

    // The right-hand column gets half the window: the maps, the matrix and the affinity table need the
    // room more than the gallery, which reflows its thumbnails.
    m_layout->arrange(0.5);
    restoreGeometry(AppSettings::windowGeometry());
    m_layout->restore(AppSettings::windowState());
    updateStatus();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::connectControllers()
{
    connect(m_documents, &DocumentController::failed, this, &MainWindow::reportError);
    connect(m_documents, &DocumentController::status, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_documents, &DocumentController::progress, m_status, &MainStatusBar::showProgress);
    connect(m_documents, &DocumentController::opened, this, [this](const QString& path, const QString& kind) {
        m_fileMenu->rememberFile(path); // only successful opens reach Recent Files
        AppSettings::setLastDirectory(kind, QFileInfo(path).absolutePath());
    });
    connect(m_documents, &DocumentController::problemsFound, this,
            [this](const QString& path, const std::vector<Problem>& problems) {
                if (!m_interactive)
                    return;
                auto* dialog = new ProblemsDialog(QDir::toNativeSeparators(path), problems, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(m_fileMenu, &FileMenu::facesRequested, this, &MainWindow::openFaces);
    connect(m_fileMenu, &FileMenu::importFacesRequested, this, &MainWindow::showFaceImport);
    connect(m_documents, &DocumentController::datasetOpened, this, &MainWindow::datasetOpened);
    connect(m_documents, &DocumentController::modelOpened, this, &MainWindow::modelOpened);
    m_documents->setConfirm([this](const QString& title, const QString& text) {
        return !m_interactive ||
               QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
    });
    m_documents->setLocateDataset([this](const QString& oldPath) {
        if (!m_interactive)
            return QString();
        const auto answer = QMessageBox::question(
            this, tr("Dataset moved"),
            tr("The project's dataset is no longer at %1. Locate it now? Your edits are kept.")
                .arg(QDir::toNativeSeparators(oldPath)));
        if (answer != QMessageBox::Yes)
            return QString();
        return QFileDialog::getExistingDirectory(this, tr("Locate Dataset"),
                                                 AppSettings::lastDirectory(QStringLiteral("dataset")));
    });
    connect(m_demo, &DemoController::progress, m_status, &MainStatusBar::showProgress);
    connect(m_demo, &DemoController::status, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_demo, &DemoController::failed, this, &MainWindow::reportError);
    connect(m_demo, &DemoController::finished, this, &MainWindow::demoFinished);
}

void MainWindow::createDocks()
{
    m_confusion = new ConfusionPanel(m_ws, this);
    m_relabel = new RelabelPanel(m_ws, this);
    m_inspector = new ImageInspectorPanel(m_ws, this);
    m_internals = new ArmInternalsPanel(m_ws, this);
    m_affinity = new AffinityPanel(m_ws, this);
    m_training = new TrainingPanel(m_ws, this);
    // Minimum widths at which each view shows its titles, axes and columns unclipped (checked in
    // screenshots at 1280x800 and 1024x700); below that the dock scrolls.
    m_layout->add(m_confusion, QStringLiteral("confusionDock"), tr("Confusion matrix"), 420);
    m_layout->add(m_relabel, QStringLiteral("relabelDock"), tr("Relabel"), 380);
    m_layout->add(m_inspector, QStringLiteral("inspectorDock"), tr("Image inspector"), 420);
    m_layout->add(m_internals, QStringLiteral("internalsDock"), tr("ARM internals"), 420);
    m_layout->add(m_affinity, QStringLiteral("affinityDock"), tr("Batch affinity"), 420);
    m_layout->add(m_training, QStringLiteral("trainingDock"), tr("Training"), 420);
    connect(m_faces, &FacesPanel::progress, m_status, &MainStatusBar::showProgress);
    // The last "file frame N" of the progress would stay; the view itself says what was found.
    connect(m_faces, &FacesPanel::finished, statusBar(), &QStatusBar::clearMessage);
    connect(m_faces, &FacesPanel::faceInspected, this, [this] { raiseView(QStringLiteral("inspector")); });
}

QDockWidget* MainWindow::dock(const QString& name) const
{
    return m_layout->dock(name);
}

QStringList MainWindow::viewNames() const
{
    QStringList names = m_layout->viewNames();
    names.insert(1, QStringLiteral("faces")); // after "gallery": the other centre view
    return names;
}

bool MainWindow::raiseView(const QString& name)
{
    if (name == QLatin1String("gallery")) {
        m_centreTabs->setCurrentWidget(m_gallery);
        m_gallery->listView()->setFocus();
        return true;
    }
    if (name == QLatin1String("faces")) {
        if (m_centreTabs->indexOf(m_faces) < 0)
            m_centreTabs->addTab(m_faces, tr("Photos and video"));
        m_centreTabs->setCurrentWidget(m_faces);
        return true;
    }
    return m_layout->raise(name);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = new FileMenu(file, m_documents, this);
    QAction* openData = m_fileMenu->openDatasetAction();
    QAction* openModel = m_fileMenu->openModelAction();
    QAction* openProj = m_fileMenu->openProjectAction();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_ws->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setShortcutContext(Qt::WindowShortcut);
    QAction* redo = m_ws->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* clearFilter =
        edit->addAction(tr("Show &All Samples"), m_gallery, &DatasetGalleryPanel::clearFilter);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_gallery->addAction(clearFilter);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : m_layout->docks())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    const auto zoom = [this](int step) {
        const int size = std::clamp(AppSettings::thumbnailSize() + step, 48, 256);
        AppSettings::setThumbnailSize(size);
        m_gallery->setThumbnailSize(size);
    };
    QAction* larger = m_viewMenu->addAction(tr("&Larger Thumbnails"), this, [zoom] { zoom(+16); });
    larger->setShortcut(QKeySequence::ZoomIn);
    QAction* smaller = m_viewMenu->addAction(tr("&Smaller Thumbnails"), this, [zoom] { zoom(-16); });
    smaller->setShortcut(QKeySequence::ZoomOut);

    m_viewMenu->addSeparator();
    QAction* reset = m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));

    auto* precision = new PrecisionMenu(menuBar()->addMenu(tr("&Settings")));
    connect(precision, &PrecisionMenu::changed, this, &MainWindow::updateStatus);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this,
                                    [this] { HelpDialogs::showShortcuts(this, m_interactive); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    QAction* demo = help->addAction(tr("Open the &Demo"), this, [this] { runDemo(); });
    demo->setObjectName(QStringLiteral("demoAction"));
    demo->setStatusTip(tr("Synthetic dataset and demo model (generated and trained on first use)"));
    help->addAction(tr("&About ARM Inspector"), this, [this] { HelpDialogs::showAbout(this); });

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(openData);
    tools->addAction(openModel);
    tools->addAction(openProj);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
}

void MainWindow::updateStatus()
{
    m_status->update(m_documents->datasetPath());
    m_fileMenu->setAvailable(m_ws->hasDataset(), m_ws->project() != nullptr);
    QString title = tr("ARM Inspector");
    if (m_ws->project())
        title = QStringLiteral("%1 — %2").arg(QFileInfo(m_ws->project()->filePath()).fileName(), title);
    setWindowTitle(title);
}

void MainWindow::updateBanner()
{
    ProjectStore* p = m_ws->project();
    const bool readOnly = p && p->isReadOnly();
    m_banner->setVisible(readOnly);
    if (readOnly)
        m_banner->setText(tr("Read-only project: %1").arg(p->readOnlyReason()));
}

void MainWindow::reportError(const QString& title, const QString& text)
{
    m_lastError = text;
    statusBar()->showMessage(text, 15000);
    if (m_interactive)
        QMessageBox::warning(this, title, text);
}

bool MainWindow::openPath(const QString& path)
{
    if (FacesPanel::isSourceFile(path)) {
        openFaces({path});
        return true;
    }
    return m_documents->openPath(path);
}

void MainWindow::openFaces(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    raiseView(QStringLiteral("faces"));
    m_faces->open(paths);
    for (const QString& p : paths)
        AppSettings::setLastDirectory(QStringLiteral("faces"), QFileInfo(p).absolutePath());
}

void MainWindow::showFaceImport()
{
    auto* dialog = new FaceImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FaceImportDialog::imported, m_documents, &DocumentController::openImportedFaces);
    dialog->open();
}

bool MainWindow::openDataset(const QString& path)
{
    return m_documents->openDataset(path);
}

bool MainWindow::openModel(const QString& path)
{
    return m_documents->openModel(path);
}

bool MainWindow::createProject(const QString& path)
{
    return m_documents->createProject(path);
}

bool MainWindow::openProject(const QString& path)
{
    return m_documents->openProject(path);
}

bool MainWindow::exportLabels(const QString& outPath)
{
    return m_documents->exportLabels(outPath);
}

void MainWindow::setEvaluateRunner(EvaluateJob::Runner runner)
{
    m_records->setEvaluateRunner(std::move(runner));
}

bool MainWindow::restoreCachedPredictions()
{
    return m_records->restoreCachedPredictions();
}

void MainWindow::recordsForModel()
{
    m_records->recordsForModel();
}

bool MainWindow::startEvaluation()
{
    return m_records->startEvaluation();
}

bool MainWindow::isEvaluating() const
{
    return m_records->isEvaluating();
}

bool MainWindow::isBusy() const
{
    return isEvaluating() || m_demo->isRunning() || m_documents->isLoading();
}

bool MainWindow::runDemo(const DemoJob::Params& params)
{
    return m_demo->run(params);
}

DemoJob* MainWindow::demoJob() const
{
    return m_demo->job();
}

bool MainWindow::waitForThumbnails(int timeoutMs)
{
    ThumbnailCache* cache = m_gallery->galleryModel()->thumbnails();
    (void)grab(); // paints the visible tiles, which queues their decodes
    QElapsedTimer timer;
    timer.start();
    while (cache->pendingCount() > 0 && timer.elapsed() < timeoutMs) {
        QEventLoop loop; // wakes on a decoded thumbnail or after 50 ms, without spinning
        connect(cache, &ThumbnailCache::thumbnailReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return cache->pendingCount() == 0;
}

void MainWindow::resetLayout()
{
    m_layout->reset();
    AppSettings::setWindowState(saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    // Datasets and projects first, then models, so a dropped pair ends with records for the dataset.
    // Photos and videos go to the faces view together (one set to step through).
    QStringList models, others, faces;
    for (const QUrl& url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString f = url.toLocalFile();
        (FacesPanel::isSourceFile(f) ? faces : DocumentController::isModelFile(f) ? models : others) << f;
    }
    for (const QString& f : others + models)
        openPath(f);
    openFaces(faces);
    event->acceptProposedAction();
}

} // namespace arm
