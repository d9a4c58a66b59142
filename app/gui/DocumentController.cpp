#include "app/gui/DocumentController.h"

#include "app/AppSettings.h"
#include "app/gui/ModelRecordsController.h"
#include "app/gui/Workspace.h"
#include "app/jobs/OpenJob.h"
#include "app/store/LabelExporter.h"
#include "app/store/ProjectStore.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/data/DatasetOpener.h"
#include "engine/model/ModelHandle.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace arm {

DocumentController::DocumentController(Workspace* workspace, ModelRecordsController* records, QObject* parent)
    : QObject(parent), m_ws(workspace), m_records(records)
{
}

bool DocumentController::isModelFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("ckpt") || suffix == QLatin1String("pth") || suffix == QLatin1String("pt");
}

bool DocumentController::isProjectFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("armproj"), Qt::CaseInsensitive) == 0;
}

QString DocumentController::incompatibility(const DatasetIndex& index, const ModelHandle* model)
{
    if (index.format != DatasetFormat::Folder && index.format != DatasetFormat::AffectNetFolder)
        return {};
    const int known = index.format == DatasetFormat::AffectNetFolder ? ExpressionClasses::kBasicCount + 1
                                                                      : ExpressionClasses::kBasicCount;
    QStringList unknown;
    for (std::size_t c = static_cast<std::size_t>(known); c < index.classNames.size(); ++c)
        unknown << QString::fromStdString(index.classNames[c]);
    if (unknown.isEmpty())
        return {};
    QStringList accepted;
    for (const std::string& name : ExpressionClasses::basicNames())
        accepted << QString::fromStdString(name).toLower();
    const QString head = unknown.size() > 8 ? QStringList(unknown.mid(0, 8)).join(QStringLiteral(", ")) +
                                                  tr(" and %n more", nullptr, static_cast<int>(unknown.size() - 8))
                                            : unknown.join(QStringLiteral(", "));
    const QString modelPart =
        model ? tr(" The open model predicts %n class(es).", nullptr, model->config().numClasses) : QString();
    return tr("%n folder(s) are not expression classes: %1. A folder dataset holds one folder per class, named "
              "after the classes (%2; see the README for the accepted spellings).%3",
              nullptr, static_cast<int>(unknown.size()))
        .arg(head, accepted.join(QStringLiteral(", ")), modelPart);
}

DocumentController::Loaded DocumentController::load(const QString& datasetPath, const QString& modelPath)
{
    Loaded out;
    OpenJob job;
    QEventLoop loop;
    connect(&job, &Job::progress, this, &DocumentController::progress);
    connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    connect(&job, &Job::failed, this, [&out](const QString& message) { out.error = message; });
    m_loading = true;
    job.start({datasetPath, modelPath});
    if (job.isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents); // paints and progress, but no second open meanwhile
    m_loading = false;
    Q_EMIT progress(0, -1, QString());
    if (out.error.isEmpty()) {
        out.dataset = job.result().dataset;
        out.model = job.result().model;
    }
    return out;
}

bool DocumentController::confirmClosingProject(const QString& why)
{
    ProjectStore* p = m_ws->project();
    if (!p || !m_confirm)
        return true;
    return m_confirm(tr("Close the project?"),
                     tr("%1 closes the project %2. Its edits are saved, but its undo history is lost. Continue?")
                         .arg(why, QDir::toNativeSeparators(p->filePath())));
}

bool DocumentController::openPath(const QString& path)
{
    if (isProjectFile(path))
        return openProject(path);
    if (isModelFile(path))
        return openModel(path);
    return openDataset(path);
}

bool DocumentController::openDataset(const QString& path)
{
    if (m_loading)
        return false;
    const Loaded loaded = load(path, QString());
    if (!loaded.error.isEmpty()) {
        Q_EMIT failed(tr("Cannot open dataset"), loaded.error);
        return false;
    }
    const auto model = m_ws->model();
    if (const QString why = incompatibility(*loaded.dataset, model.get()); !why.isEmpty()) {
        Q_EMIT failed(tr("Cannot open dataset"),
                      tr("%1 cannot be opened as a dataset. %2").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
    // A project belongs to one dataset: opening another closes it (its edits are already stored).
    if (m_ws->project() && !confirmClosingProject(tr("Opening the dataset %1").arg(QDir::toNativeSeparators(path))))
        return false;
    if (m_ws->project())
        m_ws->setProject(nullptr);
    m_datasetPath = path;
    m_ws->setDataset(loaded.dataset);
    if (model) {
        m_ws->setModel(model); // records are per dataset: start over
        m_records->recordsForModel();
    }
    Q_EMIT opened(path, QStringLiteral("dataset"));
    const int pending = static_cast<int>(loaded.dataset->unlabelled.size());
    if (pending > 0) // e.g. from `arm-cli faces`: they follow the labelled ones in the gallery
        Q_EMIT status(tr("Opened %1 labelled sample(s) and %n with no label yet from %2; create a project "
                         "(File > New Project) to label them",
                         nullptr, pending)
                          .arg(loaded.dataset->samples.size())
                          .arg(QDir::toNativeSeparators(path)),
                      0);
    else
        Q_EMIT status(tr("Opened %n sample(s) from %1", nullptr, static_cast<int>(loaded.dataset->samples.size()))
                          .arg(QDir::toNativeSeparators(path)),
                      8000);
    if (!loaded.dataset->problems.empty())
        Q_EMIT problemsFound(path, loaded.dataset->problems);
    Q_EMIT datasetOpened(path);
    return true;
}

bool DocumentController::openModel(const QString& path)
{
    if (m_loading)
        return false;
    const Loaded loaded = load(QString(), path);
    if (!loaded.error.isEmpty()) {
        Q_EMIT failed(tr("Cannot open model"), loaded.error);
        return false;
    }
    m_ws->setModel(loaded.model);
    Q_EMIT opened(path, QStringLiteral("model"));
    m_records->recordsForModel();
    Q_EMIT modelOpened(path);
    return true;
}

bool DocumentController::createProject(const QString& path)
{
    if (!m_ws->hasDataset()) {
        Q_EMIT failed(tr("Cannot create project"), tr("Open a dataset first."));
        return false;
    }
    if (m_ws->project() && !confirmClosingProject(tr("Creating the project %1").arg(QDir::toNativeSeparators(path))))
        return false;
    try {
        m_ws->setProject(ProjectStore::create(path, m_ws->dataset()));
    } catch (const std::exception& e) {
        Q_EMIT failed(tr("Cannot create project"), QString::fromUtf8(e.what()));
        return false;
    }
    Q_EMIT opened(path, QStringLiteral("project"));
    m_records->restoreCachedPredictions();
    return true;
}

bool DocumentController::openProject(const QString& path)
{
    if (m_loading)
        return false;
    std::unique_ptr<ProjectStore> store;
    QString datasetPath;
    try {
        store = ProjectStore::open(path); // SQLite, on this thread: the store is used from here on
        datasetPath = store->datasetPath();
    } catch (const std::exception& e) {
        Q_EMIT failed(tr("Cannot open project"), QString::fromUtf8(e.what()));
        return false;
    }
    std::shared_ptr<DatasetIndex> index;
    if (store->datasetAvailable()) {
        const Loaded loaded = load(datasetPath, QString());
        if (!loaded.error.isEmpty()) {
            Q_EMIT failed(tr("Cannot open project"), loaded.error);
            return false;
        }
        index = loaded.dataset;
    } else {
        // The dataset moved: ask where it is now; the project's edits are kept either way.
        const QString dir = m_locate ? m_locate(datasetPath) : QString();
        if (dir.isEmpty()) {
            Q_EMIT failed(tr("Dataset not found"),
                          tr("The project's dataset is no longer at %1.").arg(QDir::toNativeSeparators(datasetPath)));
            return false;
        }
        const Loaded loaded = load(dir, QString());
        try {
            if (!loaded.error.isEmpty())
                throw std::runtime_error(loaded.error.toStdString());
            store->relocate(*loaded.dataset);
        } catch (const std::exception& e) {
            Q_EMIT failed(tr("Cannot relocate dataset"), QString::fromUtf8(e.what()));
            return false;
        }
        index = loaded.dataset;
        datasetPath = dir;
    }
    if (m_ws->project() && !confirmClosingProject(tr("Opening the project %1").arg(QDir::toNativeSeparators(path))))
        return false;
    m_datasetPath = datasetPath;
    const auto model = m_ws->model();
    m_ws->setDataset(index);
    m_ws->setProject(std::move(store));
    if (model) {
        m_ws->setModel(model);
        m_records->recordsForModel();
    }
    Q_EMIT opened(path, QStringLiteral("project"));
    Q_EMIT datasetOpened(datasetPath);
    return true;
}

bool DocumentController::exportLabels(const QString& outPath)
{
    ProjectStore* p = m_ws->project();
    if (!p) {
        Q_EMIT failed(tr("Cannot export labels"), tr("Open or create a project first."));
        return false;
    }
    try {
        // Samples still without a label are left out (docs/FACES.md): the list is then valid RAF-DB.
        const ExportReport report = LabelExporter(*p).exportTo(outPath);
        QString text = tr("Exported %1 labels (%2 changed) to %3")
                           .arg(report.labelled)
                           .arg(report.changed)
                           .arg(QDir::toNativeSeparators(report.outDir));
        if (report.unlabelled > 0)
            text += QStringLiteral("; ") + tr("%n sample(s) not labelled yet left out", nullptr, report.unlabelled);
        Q_EMIT status(text, 10000);
    } catch (const std::exception& e) {
        Q_EMIT failed(tr("Cannot export labels"), QString::fromUtf8(e.what()));
        return false;
    }
    AppSettings::setLastDirectory(QStringLiteral("export"), QFileInfo(outPath).absolutePath());
    return true;
}

bool DocumentController::openImportedFaces(const QString& folder)
{
    // With its project, so labelling can start at once; one already there (an earlier opening) is reused.
    const QString project = QDir(folder).filePath(QStringLiteral("faces.armproj"));
    if (QFileInfo::exists(project))
        return openProject(project);
    if (!openDataset(folder))
        return false;
    if (!createProject(project))
        return false;
    // The new project stopped the evaluation the dataset started: the faces' predictions are wanted.
    if (m_ws->model() && !m_records->isEvaluating())
        m_records->recordsForModel();
    Q_EMIT status(tr("%n face(s) to label: keys 1-7 in the gallery, or the Relabel view; the project is %1",
                     nullptr, m_ws->pendingCount())
                      .arg(QDir::toNativeSeparators(project)),
                  0);
    return true;
}

} // namespace arm
