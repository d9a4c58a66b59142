#include "app/gui/FileMenu.h"

#include "app/AppSettings.h"
#include "app/gui/DocumentController.h"
#include "app/gui/FaceImportDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

namespace arm {

FileMenu::FileMenu(QMenu* file, DocumentController* documents, QWidget* dialogParent)
    : QObject(file), m_documents(documents), m_parent(dialogParent)
{
    m_openDataset = file->addAction(tr("Open &Dataset..."), this, &FileMenu::openDatasetFolder);
    m_openDataset->setShortcut(QKeySequence::Open);
    m_openDataset->setStatusTip(tr("Open a RAF-DB, AffectNet or image-folder dataset (a folder)"));
    QAction* openDataFile = file->addAction(tr("Open Dataset &File..."), this, &FileMenu::openDatasetFile);
    openDataFile->setStatusTip(tr("Open a FER2013 or AffectNet label CSV"));
    m_openModel = file->addAction(tr("Open &Model..."), this, &FileMenu::openModel);
    m_openModel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openModel->setStatusTip(tr("Open an ARM Inspector checkpoint (.ckpt) or a PyTorch state dict (.pth)"));
    QAction* openFaces = file->addAction(tr("Open P&hotos or Video..."), this, &FileMenu::openFaces);
    openFaces->setObjectName(QStringLiteral("openFacesAction"));
    openFaces->setStatusTip(tr("Find the faces in photos or a video and show the open model's expression for each"));
    QAction* importFaces = file->addAction(tr("&Import Faces as Dataset..."), this, &FileMenu::importFacesRequested);
    importFaces->setObjectName(QStringLiteral("importFacesAction"));
    importFaces->setStatusTip(tr("Align every face of photos and videos into a new dataset, not labelled yet"));
    file->addSeparator();
    m_newProject = file->addAction(tr("&New Project..."), this, &FileMenu::newProject);
    m_newProject->setShortcut(QKeySequence::New);
    m_newProject->setStatusTip(tr("Create a relabelling project for the open dataset"));
    m_openProject = file->addAction(tr("Open &Project..."), this, &FileMenu::openProject);
    m_openProject->setStatusTip(tr("Open a relabelling project (.armproj) and its dataset"));
    m_export = file->addAction(tr("&Export Labels..."), this, &FileMenu::exportLabels);
    m_export->setStatusTip(tr("Write the corrected labels in the dataset's format to a new folder"));
    file->addSeparator();
    m_recent = file->addMenu(tr("Recent &Files"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
}

void FileMenu::setAvailable(bool hasDataset, bool hasProject)
{
    m_newProject->setEnabled(hasDataset);
    m_export->setEnabled(hasProject);
}

void FileMenu::rememberFile(const QString& path)
{
    AppSettings::addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
}

void FileMenu::updateRecentMenu()
{
    m_recent->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString& f : files) {
        QAction* a = m_recent->addAction(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] { m_documents->openPath(f); });
    }
    if (files.isEmpty()) {
        m_recent->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recent->addSeparator();
        m_recent->addAction(tr("Clear List"), this, [this] {
            AppSettings::clearRecentFiles();
            updateRecentMenu();
        });
    }
}

void FileMenu::openDatasetFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_parent, tr("Open Dataset Folder"),
                                                          AppSettings::lastDirectory(QStringLiteral("dataset")));
    if (!dir.isEmpty())
        m_documents->openDataset(dir);
}

void FileMenu::openDatasetFile()
{
    const QString file = QFileDialog::getOpenFileName(m_parent, tr("Open Dataset File"),
                                                      AppSettings::lastDirectory(QStringLiteral("dataset")),
                                                      tr("FER2013 or AffectNet CSV (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_documents->openDataset(file);
}

void FileMenu::openFaces()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_parent, tr("Open Photos or Video"),
                                                            AppSettings::lastDirectory(QStringLiteral("faces")),
                                                            FaceImportDialog::mediaFilter());
    if (files.isEmpty())
        return;
    AppSettings::setLastDirectory(QStringLiteral("faces"), QFileInfo(files.front()).absolutePath());
    Q_EMIT facesRequested(files);
}

void FileMenu::openModel()
{
    const QString file = QFileDialog::getOpenFileName(m_parent, tr("Open Model"),
                                                      AppSettings::lastDirectory(QStringLiteral("model")),
                                                      tr("Models (*.ckpt *.pth *.pt);;All files (*)"));
    if (!file.isEmpty())
        m_documents->openModel(file);
}

void FileMenu::newProject()
{
    QString file = QFileDialog::getSaveFileName(m_parent, tr("New Project"),
                                                AppSettings::lastDirectory(QStringLiteral("project")),
                                                tr("ARM Inspector projects (*.armproj)"));
    if (file.isEmpty())
        return;
    if (!DocumentController::isProjectFile(file))
        file += QStringLiteral(".armproj");
    m_documents->createProject(file);
}

void FileMenu::openProject()
{
    const QString file = QFileDialog::getOpenFileName(m_parent, tr("Open Project"),
                                                      AppSettings::lastDirectory(QStringLiteral("project")),
                                                      tr("ARM Inspector projects (*.armproj)"));
    if (!file.isEmpty())
        m_documents->openProject(file);
}

void FileMenu::exportLabels()
{
    const QString dir = QFileDialog::getSaveFileName(m_parent, tr("Export Labels to New Folder"),
                                                     AppSettings::lastDirectory(QStringLiteral("export")));
    if (!dir.isEmpty())
        m_documents->exportLabels(dir);
}

} // namespace arm
