#pragma once

#include "app/jobs/Job.h"

#include <QString>

namespace arm {

// Prepares the embedded demo off the GUI thread: writes the synthetic dataset into `dir`/data when it
// is absent (SynthDatasetWriter defaults, `count` samples) and trains the demo model into
// `dir`/model/best.ckpt when absent (Trainer defaults with TrainDefaults::demoPlan: bf16 where the CPU
// has it natively, class-weighted sampling, its epochs unless `epochs` says otherwise). Either step is skipped when its
// output already exists, so the second start is instant. Progress texts say which step runs.
class DemoJob : public Job {
    Q_OBJECT
public:
    struct Params {
        QString dir;      // demo root: data/, model/, demo.armproj
        int count = 3000; // synthetic samples (ARM_DEMO_COUNT)
        int epochs = 0;   // training epochs (ARM_DEMO_EPOCHS); 0 = TrainDefaults::demoPlan's
    };
    struct Result {
        QString datasetDir;
        QString checkpoint;
        QString projectPath;
        bool generated = false;
        bool trained = false;
        bool resumed = false; // an interrupted earlier run was continued from its last.ckpt
    };

    explicit DemoJob(QObject* parent = nullptr);
    void start(Params params);
    const Result& result() const { return m_result; }

    // The demo root: $ARM_DEMO_DIR, else QStandardPaths::AppDataLocation/demo. Count and epochs from
    // $ARM_DEMO_COUNT / $ARM_DEMO_EPOCHS when set.
    static Params defaultParams();

Q_SIGNALS:
    // From the trainer, per epoch (queued to the job's thread): for the Training panel's curves.
    void epochFinished(int epoch, double trainLoss, double testAccuracy);

private:
    Result m_result;
};

} // namespace arm
