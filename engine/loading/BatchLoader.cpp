#include "engine/loading/BatchLoader.h"

#include "engine/loading/Augmenter.h"
#include "engine/data/DatasetOpener.h"
#include "engine/data/ImageDecode.h"

#include <torch/torch.h>

namespace arm {

BatchLoader::BatchLoader(const DatasetIndex& index, std::vector<int> sampleIndices, Transform transform,
                         BatchLoaderOptions options)
    : m_index(index)
    , m_order(std::move(sampleIndices))
    , m_transform(std::move(transform))
    , m_options(options)
{
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.workers = std::max(1, m_options.workers);
    m_options.prefetch = std::max(1, m_options.prefetch);
    const int n = static_cast<int>(m_order.size());
    m_batchCount = m_options.dropLast ? n / m_options.batchSize : (n + m_options.batchSize - 1) / m_options.batchSize;
    for (int i = 0; i < m_options.workers; ++i)
        m_workers.emplace_back([this] { workerLoop(); });
}

BatchLoader::~BatchLoader()
{
    cancel();
    for (std::thread& t : m_workers)
        t.join();
}

void BatchLoader::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_workerCv.notify_all();
    m_consumerCv.notify_all();
}

std::vector<Problem> BatchLoader::problems() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_problems;
}

void BatchLoader::workerLoop()
{
    while (true) {
        int b = 0;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            // Bounded window: never more than `prefetch` batches built ahead of the consumer.
            m_workerCv.wait(lock, [this] {
                return m_stop || m_nextToBuild >= m_batchCount || m_nextToBuild < m_nextToDeliver + m_options.prefetch;
            });
            if (m_stop || m_nextToBuild >= m_batchCount)
                return;
            b = m_nextToBuild++;
        }
        Batch batch;
        try {
            batch = build(b);
        } catch (const std::exception& e) { // e.g. torch::stack out of memory: a problem, never a crash
            batch = Batch{};
            batch.batchNumber = b;
            batch.problems.push_back({"batch " + std::to_string(b), e.what()});
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_problems.insert(m_problems.end(), batch.problems.begin(), batch.problems.end());
            m_ready.emplace(b, std::move(batch));
        }
        m_consumerCv.notify_all();
    }
}

Batch BatchLoader::build(int batchNumber)
{
    Batch batch;
    batch.batchNumber = batchNumber;
    const std::size_t begin = static_cast<std::size_t>(batchNumber) * static_cast<std::size_t>(m_options.batchSize);
    const std::size_t end = std::min(m_order.size(), begin + static_cast<std::size_t>(m_options.batchSize));
    std::vector<torch::Tensor> images;
    std::vector<int64_t> labels;
    images.reserve(end - begin);
    for (std::size_t k = begin; k < end; ++k) {
        const int idx = m_order[k];
        if (idx < 0 || static_cast<std::size_t>(idx) >= m_index.samples.size()) {
            batch.problems.push_back({"sample " + std::to_string(idx), "sample index out of range"});
            continue;
        }
        const Sample& s = m_index.samples[static_cast<std::size_t>(idx)];
        try {
            torch::Tensor t = m_transform(DatasetOpener::loadImage(s), idx);
            if (!images.empty() && t.sizes() != images.front().sizes())
                throw std::runtime_error("transform produced a tensor of another shape");
            images.push_back(std::move(t));
            labels.push_back(s.label);
            batch.sampleIndices.push_back(idx);
        } catch (const cv::Exception& e) {
            // An augmentation or resize failed inside OpenCV: plain words, never its assertion text.
            batch.problems.push_back({s.path, "cannot transform the image: " + ImageDecode::plainReason(e)});
        } catch (const std::exception& e) {
            // Messages from loadImage already start with the file (and line); keep where = that file.
            std::string reason = e.what();
            std::string where = s.path;
            if (reason.rfind(where, 0) == 0) {
                const std::size_t colon = reason.find(": ", where.size());
                if (colon != std::string::npos) {
                    where = reason.substr(0, colon);
                    reason = reason.substr(colon + 2);
                }
            }
            batch.problems.push_back({where, reason});
        }
    }
    if (!images.empty()) {
        batch.images = torch::stack(images);
        batch.labels = torch::tensor(labels, torch::kInt64);
    }
    return batch;
}

bool BatchLoader::next(Batch& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        if (m_stop || m_nextToDeliver >= m_batchCount) {
            return false;
        }
        m_consumerCv.wait(lock, [this] { return m_stop || m_ready.count(m_nextToDeliver) > 0; });
        if (m_stop)
            return false;
        auto it = m_ready.find(m_nextToDeliver);
        Batch b = std::move(it->second);
        m_ready.erase(it);
        ++m_nextToDeliver;
        m_workerCv.notify_all();
        if (b.sampleIndices.empty()) {
            m_carried.insert(m_carried.end(), b.problems.begin(), b.problems.end());
            continue;
        }
        if (!m_carried.empty()) {
            b.problems.insert(b.problems.begin(), m_carried.begin(), m_carried.end());
            m_carried.clear();
        }
        batch = std::move(b);
        return true;
    }
}

BatchLoader::Transform BatchLoader::evalTransform(int size, const Normalization& norm)
{
    return [size, norm](const cv::Mat& image, int) { return ImageTensor::fromMat(image, size, norm); };
}

BatchLoader::Transform BatchLoader::trainTransform(const Augmenter& augmenter, int epoch)
{
    return [&augmenter, epoch](const cv::Mat& image, int sampleIndex) {
        return augmenter.apply(image, epoch, sampleIndex);
    };
}

} // namespace arm
