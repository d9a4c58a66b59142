#include "app/gui/MainWindow.h"

#include "app/AppSettings.h"
#include "app/gui/ConfusionPanel.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/gui/DemoController.h"
#include "app/gui/DocumentController.h"
#include "app/gui/ModelRecordsController.h"
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
#include <QProgressBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <QUrl>

#include <algorithm>
#include <exception>

namespace arm {

namespace {
QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

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
    m_gallery = new DatasetGalleryPanel(m_ws, centre);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_gallery, 1);
    setCentralWidget(centre);
    m_gallery->setThumbnailSize(AppSettings::thumbnailSize());

    createDocks();
    createActions();
    createStatusBar();

    connect(m_ws, &Workspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_records, &ModelRecordsController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_records, &ModelRecordsController::progress, this,
            [this](int done, int total, const QString& text) {
                m_progress->setRange(0, std::max(0, total)); // 0..0: busy indicator until the total is known
                m_progress->setValue(done);
                m_progress->setVisible(true);
                statusBar()->showMessage(text);
            });
    connect(m_records, &ModelRecordsController::failed, this, [this](const QString& text) {
        m_progress->setVisible(false);
        reportError(tr("Evaluation failed"), text);
    });
    connect(m_records, &ModelRecordsController::evaluationFinished, this, [this](bool ok) {
        m_progress->setVisible(false);
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
        m_gallery->showConfusionCell(t, p);
        m_gallery->listView()->setFocus();
    });

    m_defaultState = saveState(); // for View > Reset Layout
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    updateStatus();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::showProgress(int done, int total, const QString& text)
{
    if (total < 0) {
        m_progress->setVisible(false);
        return;
    }
    m_progress->setRange(0, total); // 0..0: busy indicator until the total is known
    m_progress->setValue(done);
    m_progress->setVisible(true);
    if (!text.isEmpty())
        statusBar()->showMessage(text);
}

void MainWindow::connectControllers()
{
    connect(m_documents, &DocumentController::failed, this, &MainWindow::reportError);
    connect(m_documents, &DocumentController::status, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_documents, &DocumentController::progress, this, &MainWindow::showProgress);
    connect(m_documents, &DocumentController::opened, this, [this](const QString& path, const QString& kind) {
        rememberFile(path); // only successful opens reach Recent Files
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
    connect(m_demo, &DemoController::progress, this, &MainWindow::showProgress);
    connect(m_demo, &DemoController::status, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_demo, &DemoController::failed, this, &MainWindow::reportError);
    connect(m_demo, &DemoController::finished, this, &MainWindow::demoFinished);
}

QDockWidget* MainWindow::addDock(QWidget* panel, const QString& objectName, const QString& title,
                                 Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState/restoreState key
    // Scrollable, so a panel's minimum size never forces the window beyond the screen (1280x800).
    auto* scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_confusion = new ConfusionPanel(m_ws, this);
    m_relabel = new RelabelPanel(m_ws, this);
    m_inspector = new ImageInspectorPanel(m_ws, this);
    m_internals = new ArmInternalsPanel(m_ws, this);
    m_affinity = new AffinityPanel(m_ws, this);
    m_training = new TrainingPanel(m_ws, this);
    // Right column: the sample views on top (inspector, ARM internals, batch affinity), the dataset
    // views below (confusion, relabel, training); the first tab of each is raised.
    QDockWidget* inspector =
        addDock(m_inspector, QStringLiteral("inspectorDock"), tr("Image inspector"), Qt::RightDockWidgetArea);
    QDockWidget* internals =
        addDock(m_internals, QStringLiteral("internalsDock"), tr("ARM internals"), Qt::RightDockWidgetArea);
    QDockWidget* affinity =
        addDock(m_affinity, QStringLiteral("affinityDock"), tr("Batch affinity"), Qt::RightDockWidgetArea);
    QDockWidget* confusion = addDock(m_confusion, QStringLiteral("confusionDock"), tr("Confusion matrix"),
                                     Qt::RightDockWidgetArea);
    QDockWidget* relabel =
        addDock(m_relabel, QStringLiteral("relabelDock"), tr("Relabel"), Qt::RightDockWidgetArea);
    QDockWidget* training =
        addDock(m_training, QStringLiteral("trainingDock"), tr("Training"), Qt::RightDockWidgetArea);
    // One tab group: the panels' minimum heights stacked would not fit a 1280x800 window.
    tabifyDockWidget(confusion, relabel);
    tabifyDockWidget(relabel, inspector);
    tabifyDockWidget(inspector, internals);
    tabifyDockWidget(internals, affinity);
    tabifyDockWidget(affinity, training);
    confusion->raise();
    resizeDocks({confusion}, {600}, Qt::Horizontal);
}

QDockWidget* MainWindow::dock(const QString& name) const
{
    for (QDockWidget* d : m_docks)
        if (d->objectName() == name || d->objectName() == name + QStringLiteral("Dock"))
            return d;
    return nullptr;
}

QStringList MainWindow::viewNames() const
{
    QStringList names{QStringLiteral("gallery")};
    for (QDockWidget* d : m_docks) {
        QString n = d->objectName();
        n.chop(4); // "Dock"
        names << n;
    }
    return names;
}

bool MainWindow::raiseView(const QString& name)
{
    if (name == QLatin1String("gallery")) {
        m_gallery->listView()->setFocus();
        return true;
    }
    QDockWidget* d = dock(name);
    if (!d)
        return false;
    d->show();
    d->raise();
    return true;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openData = file->addAction(tr("Open &Dataset..."), this, &MainWindow::onOpenDataset);
    openData->setShortcut(QKeySequence::Open);
    openData->setStatusTip(tr("Open a RAF-DB, AffectNet or image-folder dataset (a folder)"));
    QAction* openDataFile = file->addAction(tr("Open Dataset &File..."), this, &MainWindow::onOpenDatasetFile);
    openDataFile->setStatusTip(tr("Open a FER2013 or AffectNet label CSV"));
    QAction* openModel = file->addAction(tr("Open &Model..."), this, &MainWindow::onOpenModel);
    openModel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openModel->setStatusTip(tr("Open an ARM Inspector checkpoint (.ckpt) or a PyTorch state dict (.pth)"));
    file->addSeparator();
    m_newProjectAction = file->addAction(tr("&New Project..."), this, &MainWindow::onNewProject);
    m_newProjectAction->setShortcut(QKeySequence::New);
    m_newProjectAction->setStatusTip(tr("Create a relabelling project for the open dataset"));
    QAction* openProj = file->addAction(tr("Open &Project..."), this, &MainWindow::onOpenProject);
    openProj->setStatusTip(tr("Open a relabelling project (.armproj) and its dataset"));
    m_exportAction = file->addAction(tr("&Export Labels..."), this, &MainWindow::onExportLabels);
    m_exportAction->setStatusTip(tr("Write the corrected labels in the dataset's format to a new folder"));
    file->addSeparator();
    m_recentMenu = file->addMenu(tr("Recent &Files"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
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
    for (QDockWidget* d : m_docks)
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

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About ARM Inspector"), this, &MainWindow::showAbout);

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

void MainWindow::createStatusBar()
{
    m_datasetLabel = new QLabel(this);
    m_datasetLabel->setObjectName(QStringLiteral("statusDataset"));
    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(QStringLiteral("statusModel"));
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("statusDevice"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_datasetLabel);
    statusBar()->addPermanentWidget(m_modelLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
}

void MainWindow::updateStatus()
{
    const auto model = m_ws->model();
    const QString device = model ? fromStd(model->device()) : QStringLiteral("cpu");
    m_deviceLabel->setText(
        tr("Device: %1 · %n thread(s)", nullptr, Runtime::threads()).arg(device.toUpper()));
    if (m_ws->hasDataset()) {
        const auto counts = m_ws->dataset().splitCounts();
        QStringList parts;
        for (const auto& [split, n] : counts)
            parts << QStringLiteral("%1 %2").arg(n).arg(fromStd(split));
        m_datasetLabel->setText(
            tr("Dataset: %1 (%2)")
                .arg(QFileInfo(m_documents->datasetPath()).fileName(), parts.join(QStringLiteral(", "))));
    } else {
        m_datasetLabel->setText(tr("No dataset"));
    }
    if (model) {
        m_modelLabel->setText(tr("Model: %1 (%2 evaluated)")
                                  .arg(QFileInfo(fromStd(model->path())).fileName())
                                  .arg(m_ws->records().size()));
        m_modelLabel->setToolTip(fromStd(model->formatDescription()));
    } else {
        m_modelLabel->setText(tr("No model"));
    }
    m_exportAction->setEnabled(m_ws->project() != nullptr);
    m_newProjectAction->setEnabled(m_ws->hasDataset());
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

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString& f : files) {
        QAction* a = m_recentMenu->addAction(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] { openPath(f); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            AppSettings::clearRecentFiles();
            updateRecentMenu();
        });
    }
}

void MainWindow::rememberFile(const QString& path)
{
    AppSettings::addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
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
    return m_documents->openPath(path);
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

void MainWindow::onOpenDataset()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open Dataset Folder"), AppSettings::lastDirectory(QStringLiteral("dataset")));
    if (!dir.isEmpty())
        openDataset(dir);
}

void MainWindow::onOpenDatasetFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Dataset File"),
                                                      AppSettings::lastDirectory(QStringLiteral("dataset")),
                                                      tr("FER2013 or AffectNet CSV (*.csv);;All files (*)"));
    if (!file.isEmpty())
        openDataset(file);
}

void MainWindow::onOpenModel()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Model"),
                                                      AppSettings::lastDirectory(QStringLiteral("model")),
                                                      tr("Models (*.ckpt *.pth *.pt);;All files (*)"));
    if (!file.isEmpty())
        openModel(file);
}

void MainWindow::onNewProject()
{
    QString file = QFileDialog::getSaveFileName(this, tr("New Project"),
                                                AppSettings::lastDirectory(QStringLiteral("project")),
                                                tr("ARM Inspector projects (*.armproj)"));
    if (file.isEmpty())
        return;
    if (!DocumentController::isProjectFile(file))
        file += QStringLiteral(".armproj");
    createProject(file);
}

void MainWindow::onOpenProject()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"),
                                                      AppSettings::lastDirectory(QStringLiteral("project")),
                                                      tr("ARM Inspector projects (*.armproj)"));
    if (!file.isEmpty())
        openProject(file);
}

void MainWindow::onExportLabels()
{
    const QString dir = QFileDialog::getSaveFileName(this, tr("Export Labels to New Folder"),
                                                     AppSettings::lastDirectory(QStringLiteral("export")));
    if (!dir.isEmpty())
        exportLabels(dir);
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
    restoreState(m_defaultState);
    for (QDockWidget* d : m_docks)
        d->show();
    if (QDockWidget* first = dock(QStringLiteral("confusion")))
        first->raise();
    AppSettings::setWindowState(m_defaultState);
}

void MainWindow::showShortcuts()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<table cellpadding='3'>"
                   "<tr><td><b>1</b> … <b>7</b></td><td>relabel the sample shown in the Relabel view</td></tr>"
                   "<tr><td><b>J</b> / <b>K</b></td><td>next / previous sample</td></tr>"
                   "<tr><td><b>F</b></td><td>flag or unflag the sample</td></tr>"
                   "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"
                   "<tr><td><b>Esc</b></td><td>show all samples (clear the filter)</td></tr>"
                   "<tr><td><b>Ctrl+O</b> / <b>Ctrl+Shift+O</b></td><td>open a dataset / a model</td></tr>"
                   "<tr><td><b>Ctrl++</b> / <b>Ctrl+-</b></td><td>larger / smaller thumbnails</td></tr>"
                   "</table>"));
    if (m_interactive)
        box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ARM Inspector"),
        tr("<h3>ARM Inspector %1</h3><p>Inspect, relabel and fine-tune facial-expression models built on the "
           "Amend Representation Module (Shi &amp; Zhu, arXiv 2103.10189).</p>"
           "<p>LibTorch %2 · Qt %3 · %n CPU thread(s)</p>",
           nullptr, Runtime::threads())
            .arg(QApplication::applicationVersion(), fromStd(Runtime::torchVersion()),
                 QString::fromLatin1(qVersion())));
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
    QStringList models, others;
    for (const QUrl& url : urls) {
        if (!url.isLocalFile())
            continue;
        (DocumentController::isModelFile(url.toLocalFile()) ? models : others) << url.toLocalFile();
    }
    for (const QString& f : others + models)
        openPath(f);
    event->acceptProposedAction();
}

} // namespace arm
