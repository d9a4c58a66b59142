#pragma once

#include "app/jobs/Job.h"
#include "engine/data/DatasetIndex.h"
#include "engine/analysis/ImageAnalysis.h"

#include <opencv2/core/mat.hpp>

#include <QImage>

#include <functional>
#include <memory>

namespace arm {

class ModelHandle;

// What computes the per-image analyses (the engine's image inspector in the application, a fake in
// tests). Called on a worker thread with the decoded image as the dataset stores it.
using InspectRunner =
    std::function<ImageAnalysis(const std::shared_ptr<ModelHandle>& model, const cv::Mat& image, const InspectOptions&)>;

struct InspectParams {
    std::shared_ptr<ModelHandle> model;
    Sample sample;            // decoded on the worker (DatasetOpener::loadImage), unless `image` is set
    cv::Mat image;            // an image from outside the dataset (an aligned face crop): analysed as is
    int sampleIndex = -1;
    quint64 request = 0;      // the caller's number for an outside image (which of them this is)
    quint64 generation = 0;   // Workspace::inputGeneration() at start: the identity of model and dataset
    int inputSize = 224;      // the face is also returned resized to this, as the model sees it
    InspectOptions options;
};

struct InspectOutcome {
    int sampleIndex = -1;
    ImageAnalysis analysis;
    QImage face;              // RGB888, inputSize x inputSize (bilinear, like the evaluation transform)
};

// Decodes one sample and runs the analyses on it. Cancelling discards the result (the runner itself is
// not interruptible; it is short).
class InspectJob : public Job {
    Q_OBJECT
public:
    explicit InspectJob(InspectRunner runner, QObject* parent = nullptr);

    void start(InspectParams params);
    const InspectParams& params() const { return m_params; }
    const InspectOutcome& result() const { return m_result; }

private:
    InspectRunner m_runner;
    InspectParams m_params;
    InspectOutcome m_result;
};

} // namespace arm
