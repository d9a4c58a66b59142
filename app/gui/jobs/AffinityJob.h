#pragma once

#include "app/jobs/Job.h"
#include "engine/analysis/AffinityResult.h"
#include "engine/data/DatasetIndex.h"

#include <opencv2/core/mat.hpp>

#include <QImage>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

namespace arm {

class ModelHandle;

// What computes the batch affinity (the engine in the application, a fake in tests); worker thread.
using AffinityRunner = std::function<AffinityResult(const std::shared_ptr<ModelHandle>& model,
                                                    const std::vector<cv::Mat>& images, const std::vector<int>& labels)>;

struct AffinityParams {
    std::shared_ptr<ModelHandle> model;
    std::vector<Sample> samples;     // the batch, decoded on the worker
    std::vector<int> sampleIndices;  // their dataset indices (same order)
    std::vector<int> labels;         // the labels in force (relabels applied)
    int thumbnailSize = 96;
    int imageSize = 224;             // images kept for the side-by-side pair view
};

struct AffinityOutcome {
    AffinityResult result;
    QVector<int> sampleIndices;
    QStringList names;
    QVector<QImage> thumbnails;
    QVector<QImage> images;
};

class AffinityJob : public Job {
    Q_OBJECT
public:
    explicit AffinityJob(AffinityRunner runner, QObject* parent = nullptr);

    void start(AffinityParams params);
    const AffinityOutcome& result() const { return m_result; }

private:
    AffinityRunner m_runner;
    AffinityOutcome m_result;
};

} // namespace arm
