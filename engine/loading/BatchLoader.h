#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/loading/ImageTensor.h"

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace arm {

class Augmenter;

// One batch, in the order the sample list asked for. Samples that failed to decode are missing from
// images/labels/sampleIndices and listed in problems instead.
struct Batch {
    torch::Tensor images;            // (B, 3, S, S) float
    torch::Tensor labels;            // (B) int64
    std::vector<int> sampleIndices;  // indices into DatasetIndex::samples
    std::vector<Problem> problems;   // decode failures of this batch (and of skipped empty batches before it)
    int batchNumber = 0;             // position among the batches of this pass
};

struct BatchLoaderOptions {
    int batchSize = 64;
    int workers = 2;        // decoding threads (>= 1)
    int prefetch = 4;       // batches decoded ahead of the consumer (bounded memory)
    bool dropLast = false;  // drop a final short batch (by requested size, before failures)
};

// Decodes batches on worker threads ahead of consumption (bounded window) and hands them out in
// order. A worker builds a whole batch, so batches are independent and decoding scales with workers.
// A sample whose decode or transform throws becomes a Problem and is dropped from its batch; a batch
// whose samples all failed is skipped (its problems travel with the next batch). Never throws from a
// worker. One pass over the sample list; create a new loader per epoch.
class BatchLoader {
public:
    // (image, sample index) -> (3, S, S) tensor. Must be thread-safe.
    using Transform = std::function<torch::Tensor(const cv::Mat& image, int sampleIndex)>;

    BatchLoader(const DatasetIndex& index, std::vector<int> sampleIndices, Transform transform,
                BatchLoaderOptions options = {});
    ~BatchLoader(); // stops and joins the workers
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    // Blocks until the next batch is ready; false when the pass is over (or cancel() was called).
    bool next(Batch& batch);
    int batchCount() const { return m_batchCount; }
    // Every decode failure so far.
    std::vector<Problem> problems() const;
    void cancel();

    // The eval transform (resize + normalise).
    static Transform evalTransform(int size, const Normalization& norm = {});
    // The training transform for one epoch; `augmenter` must outlive the loader.
    static Transform trainTransform(const Augmenter& augmenter, int epoch);

private:
    void workerLoop();
    Batch build(int batchNumber);

    const DatasetIndex& m_index;
    std::vector<int> m_order;
    Transform m_transform;
    BatchLoaderOptions m_options;
    int m_batchCount = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_workerCv;
    std::condition_variable m_consumerCv;
    std::map<int, Batch> m_ready;
    int m_nextToBuild = 0;
    int m_nextToDeliver = 0;
    bool m_stop = false;
    std::vector<Problem> m_problems;
    std::vector<Problem> m_carried; // problems of skipped empty batches
    std::vector<std::thread> m_workers;
};

} // namespace arm
