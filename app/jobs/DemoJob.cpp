#include "app/jobs/DemoJob.h"

#include "engine/data/DatasetOpener.h"
#include "engine/synth/SynthDatasetWriter.h"
#include "engine/train/TrainDefaults.h"
#include "engine/train/TrainRunState.h"
#include "engine/train/Trainer.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QStandardPaths>

#include <memory>

namespace arm {

DemoJob::DemoJob(QObject* parent)
    : Job(parent)
{
}

DemoJob::Params DemoJob::defaultParams()
{
    Params p;
    p.dir = qEnvironmentVariable("ARM_DEMO_DIR");
    if (p.dir.isEmpty())
        p.dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("ARM_DEMO_COUNT", &ok);
    if (ok && count > 0)
        p.count = count;
    const int epochs = qEnvironmentVariableIntValue("ARM_DEMO_EPOCHS", &ok);
    if (ok && epochs > 0)
        p.epochs = epochs;
    return p;
}

void DemoJob::start(Params params)
{
    if (isRunning())
        return;
    auto result = std::make_shared<Result>();
    runAsync(
        [this, params, result]() {
            const QString data = params.dir + QStringLiteral("/data");
            const QString modelDir = params.dir + QStringLiteral("/model");
            result->datasetDir = data;
            result->checkpoint = modelDir + QStringLiteral("/best.ckpt");
            result->projectPath = params.dir + QStringLiteral("/demo.armproj");
            QDir().mkpath(params.dir);
            if (!SynthDatasetWriter::isSynthOutput(data.toStdString())) {
                SynthOptions options;
                options.outDir = data.toStdString();
                options.count = params.count;
                options.threads = 2;
                reportProgress(0, params.count, tr("Generating the synthetic dataset"));
                SynthDatasetWriter::write(options, [this](int done, int total) {
                    reportProgress(done, total, tr("Generating the synthetic dataset"));
                });
                result->generated = true;
            }
            if (isCancelRequested())
                return false;
            // Only a run that finished is the demo model: a killed run leaves best.ckpt of a partial
            // model and "running" in metrics.json, and is resumed from last.ckpt instead.
            const TrainRunState::Status status = TrainRunState::read(modelDir.toStdString());
            if (!QFileInfo::exists(result->checkpoint) || status != TrainRunState::Status::Finished) {
                const DatasetIndex index = DatasetOpener::open(data.toStdString());
                TrainParams tp;
                tp.outDir = modelDir.toStdString();
                const TrainDefaults::DemoPlan plan = TrainDefaults::demoPlan();
                tp.precision = plan.precision;
                tp.sampler = plan.sampler;
                tp.epochs = params.epochs > 0 ? params.epochs : plan.epochs;
                // A run that stopped on a non-finite loss starts afresh; an interrupted one continues.
                tp.resume = (status == TrainRunState::Status::Running || status == TrainRunState::Status::Cancelled) &&
                            QFileInfo::exists(modelDir + QStringLiteral("/last.ckpt"));
                result->resumed = tp.resume;
                TrainCallbacks callbacks;
                callbacks.onBatch = [this](const TrainProgress& p) {
                    const int total = p.epochs * p.batches;
                    const int done = (p.epoch - 1) * p.batches + p.batch;
                    reportProgress(done, total,
                                   tr("Training the demo model: epoch %1/%2, loss %3, %4 images/s")
                                       .arg(p.epoch)
                                       .arg(p.epochs)
                                       .arg(p.loss, 0, 'f', 3)
                                       .arg(p.imagesPerSecond, 0, 'f', 0));
                };
                callbacks.onEpoch = [this](const EpochMetrics& m) {
                    QMetaObject::invokeMethod(
                        this, [this, m]() { Q_EMIT epochFinished(m.epoch, m.trainLoss, m.testAccuracy); },
                        Qt::QueuedConnection);
                };
                const TrainResult r = Trainer::run(index, tp, callbacks, &cancelFlag());
                if (r.cancelled)
                    return false;
                if (!r.bestCheckpoint.empty())
                    result->checkpoint = QString::fromStdString(r.bestCheckpoint);
                result->trained = true;
            }
            return true;
        },
        [this, result]() { m_result = *result; }, Priority::Background);
}

} // namespace arm
