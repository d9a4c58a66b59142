#pragma once

#include "engine/data/DatasetIndex.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace arm {

class ModelHandle;
class ModelRecordsController;
class Workspace;

// Opens what the user asks for (datasets, models, projects), creates projects and exports labels.
// Datasets and models load in an OpenJob off the GUI thread while a local event loop keeps the window
// painting; nothing in the workspace changes until the new input loaded and passed its checks, so a
// failed open leaves everything as it was. Opening a dataset that would close the open project asks
// first (its edits are stored, but its undo history goes). Only successful opens are reported through
// opened(), which feeds Recent Files.
class DocumentController : public QObject {
    Q_OBJECT
public:
    DocumentController(Workspace* workspace, ModelRecordsController* records, QObject* parent = nullptr);

    // Asked before something the user may not expect (closing the open project). Returns true to go
    // on. Unset: always go on (tests, --screenshot).
    void setConfirm(std::function<bool(const QString& title, const QString& text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // Asked for the new place of a moved dataset; returns "" to give up. Unset: give up.
    void setLocateDataset(std::function<QString(const QString& oldPath)> locate) { m_locate = std::move(locate); }

    QString datasetPath() const { return m_datasetPath; }
    bool isLoading() const { return m_loading; }

    // *.armproj -> project, *.ckpt / *.pth / *.pt -> model, anything else -> dataset.
    bool openPath(const QString& path);
    bool openDataset(const QString& path);
    bool openModel(const QString& path);
    bool openProject(const QString& path);
    bool createProject(const QString& path);
    // A dataset written by the face import, with its project (faces.armproj inside it, created the
    // first time), so its faces, none labelled yet, can be labelled at once.
    bool openImportedFaces(const QString& folder);
    bool exportLabels(const QString& outPath);

    static bool isModelFile(const QString& path);
    static bool isProjectFile(const QString& path);
    // Why a dataset cannot be used with `model` (empty when it can): folder datasets whose class folders
    // match none of the model's classes (see ExpressionClasses::fromName for the accepted names).
    static QString incompatibility(const DatasetIndex& index, const ModelHandle* model);

Q_SIGNALS:
    void failed(const QString& title, const QString& text);
    void status(const QString& text, int timeoutMs);
    void progress(int done, int total, const QString& text); // total < 0: hide
    void opened(const QString& path, const QString& kind);    // "dataset", "model", "project"
    void problemsFound(const QString& path, const std::vector<Problem>& problems);
    void datasetOpened(const QString& path);
    void modelOpened(const QString& path);

private:
    struct Loaded {
        std::shared_ptr<DatasetIndex> dataset;
        std::shared_ptr<ModelHandle> model;
        QString error;
    };
    Loaded load(const QString& datasetPath, const QString& modelPath);
    bool confirmClosingProject(const QString& why);

    Workspace* m_ws;
    ModelRecordsController* m_records;
    std::function<bool(const QString&, const QString&)> m_confirm;
    std::function<QString(const QString&)> m_locate;
    QString m_datasetPath;
    bool m_loading = false;
};

} // namespace arm
