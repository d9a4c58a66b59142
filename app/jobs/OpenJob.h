#pragma once

#include "app/jobs/Job.h"
#include "engine/data/DatasetIndex.h"

#include <QString>

#include <memory>

namespace arm {

class ModelHandle;

// Opens a dataset (parses its index) and/or a model (reads and checks its weights) off the GUI thread:
// both can take seconds on a large dataset or a ResNet-50 checkpoint. Nothing in the workspace changes
// until the caller takes the result, so a failed open leaves what was open as it was.
class OpenJob : public Job {
    Q_OBJECT
public:
    struct Params {
        QString datasetPath; // empty: no dataset
        QString modelPath;   // empty: no model
    };
    struct Result {
        std::shared_ptr<DatasetIndex> dataset;
        std::shared_ptr<ModelHandle> model;
    };

    explicit OpenJob(QObject* parent = nullptr);
    void start(Params params);
    const Result& result() const { return m_result; }

private:
    Result m_result;
};

} // namespace arm
