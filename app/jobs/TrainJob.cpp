#include "app/jobs/TrainJob.h"

#include <QMetaObject>

#include <chrono>
#include <stdexcept>

namespace arm {

TrainJob::TrainJob(TrainRunner runner, QObject* parent)
    : Job(parent)
    , m_runner(std::move(runner))
{
}

void TrainJob::start(std::shared_ptr<const DatasetIndex> data, TrainParams params)
{
    if (isRunning())
        return;
    m_params = std::move(params);
    // A fresh result object per run: the worker writes it, the GUI thread reads it after finished()
    // (ordered by the queued completion).
    m_result = std::make_shared<TrainResult>();
    auto result = m_result;
    const TrainParams p = m_params;
    const TrainRunner runner = m_runner;
    const int interval = m_intervalMs;
    runAsync(
        [this, data, p, runner, interval, result]() {
            if (!runner)
                throw std::runtime_error(tr("training is not available in this build").toStdString());
            if (!data)
                throw std::runtime_error(tr("no dataset to train on").toStdString());
            using Clock = std::chrono::steady_clock;
            auto lastSent = Clock::now() - std::chrono::hours(1);
            TrainCallbacks callbacks;
            callbacks.onBatch = [this, &lastSent, interval](const TrainProgress& progress) {
                const auto now = Clock::now();
                const bool last = progress.batch >= progress.batches;
                if (!last && now - lastSent < std::chrono::milliseconds(interval))
                    return;
                lastSent = now;
                QMetaObject::invokeMethod(
                    this,
                    [this, progress]() {
                        Q_EMIT batchProgress(progress);
                        const int total = progress.epochs * progress.batches;
                        Q_EMIT Job::progress((progress.epoch - 1) * progress.batches + progress.batch, total,
                                             QString());
                    },
                    Qt::QueuedConnection);
            };
            callbacks.onEpoch = [this](const EpochMetrics& metrics) {
                QMetaObject::invokeMethod(
                    this, [this, metrics]() { Q_EMIT epochFinished(metrics); }, Qt::QueuedConnection);
            };
            callbacks.onLog = [this](const std::string& line) {
                const QString text = QString::fromStdString(line);
                QMetaObject::invokeMethod(
                    this, [this, text]() { Q_EMIT logLine(text); }, Qt::QueuedConnection);
            };
            *result = runner(*data, p, callbacks, &cancelFlag());
            return !result->cancelled && !cancelFlag();
        },
        {}, Priority::Background);
}

} // namespace arm
