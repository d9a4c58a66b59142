#include "app/jobs/OpenJob.h"

#include "engine/data/DatasetOpener.h"
#include "engine/model/ModelHandle.h"

#include <QDir>

namespace arm {

OpenJob::OpenJob(QObject* parent) : Job(parent) {}

void OpenJob::start(Params params)
{
    if (isRunning())
        return;
    m_result = {};
    auto result = std::make_shared<Result>();
    runAsync(
        [this, params, result]() {
            if (!params.datasetPath.isEmpty()) {
                reportProgress(0, 0, tr("Reading the dataset %1").arg(QDir::toNativeSeparators(params.datasetPath)));
                result->dataset = std::make_shared<DatasetIndex>(
                    DatasetOpener::open(QDir::toNativeSeparators(params.datasetPath).toStdString()));
            }
            if (isCancelRequested())
                return false;
            if (!params.modelPath.isEmpty()) {
                reportProgress(0, 0, tr("Loading the model %1").arg(QDir::toNativeSeparators(params.modelPath)));
                result->model = ModelHandle::open(QDir::toNativeSeparators(params.modelPath).toStdString(), "cpu");
            }
            return true;
        },
        [this, result]() { m_result = std::move(*result); }, Priority::Interactive);
}

} // namespace arm
