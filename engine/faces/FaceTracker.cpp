#include "engine/faces/FaceTracker.h"

#include <algorithm>
#include <tuple>

namespace arm {

FaceTracker::FaceTracker()
    : FaceTracker(Options{})
{
}

FaceTracker::FaceTracker(const Options& options)
    : m_options(options)
    , m_nextId(options.firstId)
{
}

double FaceTracker::iou(const cv::Rect& a, const cv::Rect& b)
{
    const double inter = (a & b).area();
    const double uni = static_cast<double>(a.area()) + b.area() - inter;
    return uni > 0 ? inter / uni : 0.0;
}

std::vector<int> FaceTracker::next(const std::vector<cv::Rect>& boxes)
{
    // Tracks that ended long ago can never match again.
    m_tracks.erase(std::remove_if(m_tracks.begin(), m_tracks.end(),
                                  [&](const Track& t) { return m_frame - t.lastFrame > m_options.maxGap; }),
                   m_tracks.end());
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs; // (iou, box, track)
    for (std::size_t b = 0; b < boxes.size(); ++b)
        for (std::size_t t = 0; t < m_tracks.size(); ++t)
            if (const double v = iou(boxes[b], m_tracks[t].box); v >= m_options.minIou)
                pairs.emplace_back(v, b, t);
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
    std::vector<int> ids(boxes.size(), -1);
    std::vector<bool> taken(m_tracks.size(), false);
    for (const auto& [v, b, t] : pairs) {
        if (ids[b] >= 0 || taken[t])
            continue;
        ids[b] = m_tracks[t].id;
        taken[t] = true;
        m_tracks[t].box = boxes[b];
        m_tracks[t].lastFrame = m_frame;
    }
    for (std::size_t b = 0; b < boxes.size(); ++b) {
        if (ids[b] >= 0)
            continue;
        ids[b] = m_nextId++;
        m_tracks.push_back({ids[b], boxes[b], m_frame});
    }
    ++m_frame;
    return ids;
}

} // namespace arm
