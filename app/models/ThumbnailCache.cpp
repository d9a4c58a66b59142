#include "app/models/ThumbnailCache.h"

#include "engine/data/DatasetIndex.h"
#include "engine/data/DatasetOpener.h"

#include <QMetaObject>
#include <QThread>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <exception>

namespace arm {

namespace {
// cv::Mat (BGR, BGRA or gray, 8-bit) -> an owned QImage scaled so its longest edge is `edge`.
QImage toThumbnail(const cv::Mat& mat, int edge)
{
    if (mat.empty())
        return {};
    cv::Mat rgb;
    if (mat.channels() == 1)
        cv::cvtColor(mat, rgb, cv::COLOR_GRAY2RGB);
    else if (mat.channels() == 4)
        cv::cvtColor(mat, rgb, cv::COLOR_BGRA2RGB);
    else
        cv::cvtColor(mat, rgb, cv::COLOR_BGR2RGB);
    if (rgb.depth() != CV_8U)
        rgb.convertTo(rgb, CV_8U);
    const double scale = static_cast<double>(edge) / std::max(rgb.cols, rgb.rows);
    if (scale < 1.0)
        cv::resize(rgb, rgb, cv::Size(), scale, scale, cv::INTER_AREA);
    const QImage view(rgb.data, rgb.cols, rgb.rows, static_cast<int>(rgb.step), QImage::Format_RGB888);
    return view.copy(); // detach from the cv::Mat buffer
}
} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent)
{
    // ~160x160 RGB = 75 kB: 4000 thumbnails ~ 300 MB is too much; cost is counted in kB, cap 96 MB.
    m_cache.setMaxCost(96 * 1024);
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

ThumbnailCache::~ThumbnailCache()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setDataset(std::shared_ptr<const DatasetIndex> dataset)
{
    m_dataset = std::move(dataset);
    clear();
}

void ThumbnailCache::setEdge(int pixels)
{
    if (pixels == m_edge)
        return;
    m_edge = pixels;
    clear();
}

void ThumbnailCache::clear()
{
    ++m_generation;
    m_pool.clear(); // drop queued decodes; running ones finish and are ignored by generation
    m_cache.clear();
    m_pending.clear();
    m_failed.clear();
}

QImage ThumbnailCache::thumbnail(int sampleIndex)
{
    if (const QImage* cached = m_cache.object(sampleIndex))
        return *cached;
    // Indices past the labelled samples are the unlabelled ones, numbered as Workspace numbers them.
    const int labelled = m_dataset ? static_cast<int>(m_dataset->samples.size()) : 0;
    if (!m_dataset || sampleIndex < 0 || sampleIndex >= labelled + static_cast<int>(m_dataset->unlabelled.size()) ||
        m_pending.contains(sampleIndex) || m_failed.contains(sampleIndex))
        return {};
    m_pending.insert(sampleIndex);
    const Sample sample = sampleIndex < labelled
                              ? m_dataset->samples[static_cast<std::size_t>(sampleIndex)]
                              : m_dataset->unlabelled[static_cast<std::size_t>(sampleIndex - labelled)];
    const int generation = m_generation;
    const int edge = m_edge;
    // The destructor waits for the pool, so `this` outlives every decode; the queued delivery is
    // dropped by Qt if the cache is gone by then.
    m_pool.start([this, sample, generation, edge, sampleIndex]() {
        QImage image;
        try {
            image = toThumbnail(DatasetOpener::loadImage(sample), edge);
        } catch (const std::exception&) {
            image = QImage(); // reported as failed: the gallery keeps its placeholder
        }
        QMetaObject::invokeMethod(
            this, [this, generation, sampleIndex, image]() { deliver(generation, sampleIndex, image); },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::deliver(int generation, int sampleIndex, const QImage& image)
{
    if (generation != m_generation)
        return;
    m_pending.remove(sampleIndex);
    if (image.isNull()) {
        m_failed.insert(sampleIndex);
        return;
    }
    const int cost = std::max<qsizetype>(1, image.sizeInBytes() / 1024);
    m_cache.insert(sampleIndex, new QImage(image), cost);
    Q_EMIT thumbnailReady(sampleIndex);
}

} // namespace arm
