#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace arm {

class DocumentController;

// The File menu: its open/create/export actions with their file dialogs (each starting in the folder
// last used for that kind of file) and Recent Files, which lists only files that opened.
class FileMenu : public QObject {
    Q_OBJECT
public:
    FileMenu(QMenu* menu, DocumentController* documents, QWidget* dialogParent);

    QAction* openDatasetAction() const { return m_openDataset; }
    QAction* openModelAction() const { return m_openModel; }
    QAction* openProjectAction() const { return m_openProject; }
    // New Project needs a dataset, Export a project.
    void setAvailable(bool hasDataset, bool hasProject);
    void rememberFile(const QString& path);

Q_SIGNALS:
    void facesRequested(const QStringList& paths); // Open Photos or Video: the chosen files
    void importFacesRequested();                   // Import Faces as Dataset: the window runs the dialog

private:
    void updateRecentMenu();
    void openDatasetFolder();
    void openDatasetFile();
    void openFaces();
    void openModel();
    void newProject();
    void openProject();
    void exportLabels();

    DocumentController* m_documents;
    QWidget* m_parent;
    QAction* m_openDataset = nullptr;
    QAction* m_openModel = nullptr;
    QAction* m_openProject = nullptr;
    QAction* m_newProject = nullptr;
    QAction* m_export = nullptr;
    QMenu* m_recent = nullptr;
};

} // namespace arm
