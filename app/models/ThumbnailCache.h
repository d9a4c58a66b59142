#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace arm {

struct DatasetIndex;

// Lazily decoded, cached gallery thumbnails. thumbnail() never decodes on the calling (GUI) thread: it
// returns the cached image or a null QImage and queues the decode on its own QThreadPool; when the
// image is ready, thumbnailReady(sampleIndex) is emitted on the cache's thread. A dataset change
// bumps a generation counter so late results for the old dataset are dropped.
class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override; // waits for running decodes

    void setDataset(std::shared_ptr<const DatasetIndex> dataset);
    // Longest edge of the decoded thumbnails in device pixels.
    void setEdge(int pixels);
    int edge() const { return m_edge; }

    // sampleIndex as Workspace numbers samples: the labelled ones, then the unlabelled ones.
    QImage thumbnail(int sampleIndex);
    bool isCached(int sampleIndex) const { return m_cache.contains(sampleIndex); }
    // True when the decode failed (missing or corrupt file): the delegate shows its placeholder.
    bool hasFailed(int sampleIndex) const { return m_failed.contains(sampleIndex); }
    void clear();
    void waitForDone() { m_pool.waitForDone(); }
    int pendingCount() const { return m_pending.size(); }

Q_SIGNALS:
    void thumbnailReady(int sampleIndex);

private:
    void deliver(int generation, int sampleIndex, const QImage& image);

    std::shared_ptr<const DatasetIndex> m_dataset;
    QCache<int, QImage> m_cache;
    QSet<int> m_pending;
    QSet<int> m_failed;
    QThreadPool m_pool;
    int m_edge = 160;
    int m_generation = 0;
};

} // namespace arm
