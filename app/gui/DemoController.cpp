#include "app/gui/DemoController.h"

#include "app/gui/DocumentController.h"
#include "app/gui/ModelRecordsController.h"

#include <QDir>
#include <QFileInfo>

namespace arm {

DemoController::DemoController(DocumentController* documents, ModelRecordsController* records, QObject* parent)
    : QObject(parent), m_documents(documents), m_records(records)
{
}

bool DemoController::run(const DemoJob::Params& params)
{
    if (isRunning())
        return false;
    delete m_job;
    m_job = new DemoJob(this);
    connect(m_job, &Job::progress, this, [this](int done, int total, const QString& text) {
        Q_EMIT progress(done, std::max(1, total), text);
    });
    connect(m_job, &Job::succeeded, this, &DemoController::onPrepared);
    connect(m_job, &Job::failed, this, [this](const QString& message) {
        Q_EMIT progress(0, -1, QString());
        Q_EMIT failed(tr("Cannot prepare the demo"), message);
        Q_EMIT finished(false);
    });
    connect(m_job, &Job::cancelled, this, [this] {
        Q_EMIT progress(0, -1, QString());
        Q_EMIT status(tr("Demo cancelled"), 8000);
        Q_EMIT finished(false);
    });
    Q_EMIT progress(0, 0, tr("Preparing the demo in %1").arg(QDir::toNativeSeparators(params.dir)));
    m_job->start(params);
    return true;
}

void DemoController::onPrepared()
{
    Q_EMIT progress(0, -1, QString());
    const DemoJob::Result r = m_job->result();
    const bool ok = QFileInfo::exists(r.projectPath)
                        ? m_documents->openProject(r.projectPath)
                        : (m_documents->openDataset(r.datasetDir) && m_documents->createProject(r.projectPath));
    if (!ok || !m_documents->openModel(r.checkpoint)) {
        Q_EMIT finished(false);
        return;
    }
    if (m_records->isEvaluating()) {
        auto* once = new QObject(this);
        connect(m_records, &ModelRecordsController::evaluationFinished, once, [this, once](bool evaluated) {
            once->deleteLater();
            Q_EMIT finished(evaluated);
        });
        return;
    }
    Q_EMIT finished(true);
}

} // namespace arm
