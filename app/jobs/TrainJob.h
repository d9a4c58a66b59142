#pragma once

#include "app/jobs/Job.h"
#include "engine/train/Trainer.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace arm {

// What trains (Trainer::run in the application, a fake in tests); called on a worker thread.
using TrainRunner = std::function<TrainResult(const DatasetIndex& data, const TrainParams& params,
                                              const TrainCallbacks& callbacks, const std::atomic<bool>* cancel)>;

// Runs a training on the thread pool and forwards the trainer's callbacks to the GUI thread as
// signals. Per-batch progress is throttled (progressIntervalMs) so that a fast trainer cannot flood
// the event loop; epoch results and log lines are always forwarded.
class TrainJob : public Job {
    Q_OBJECT
public:
    explicit TrainJob(TrainRunner runner, QObject* parent = nullptr);

    void setProgressIntervalMs(int ms) { m_intervalMs = ms; }
    void start(std::shared_ptr<const DatasetIndex> data, TrainParams params);
    const TrainParams& params() const { return m_params; }
    // Valid after finished(): also after cancelled() (the run's epochs and last checkpoint so far).
    const TrainResult& result() const { return *m_result; }

Q_SIGNALS:
    void batchProgress(const arm::TrainProgress& progress);
    void epochFinished(const arm::EpochMetrics& metrics);
    void logLine(const QString& line);

private:
    TrainRunner m_runner;
    TrainParams m_params;
    int m_intervalMs = 50;
    std::shared_ptr<TrainResult> m_result = std::make_shared<TrainResult>();
};

} // namespace arm
