#pragma once

#include <opencv2/core/types.hpp>

#include <vector>

namespace arm {

// Links the faces of successive sampled video frames into tracks by the overlap of their boxes: each
// face continues the unmatched live track it overlaps most (IoU >= minIou), best pairs first; a face
// matching none starts a new track. A track not seen for more than maxGap sampled frames ends, so a
// face that leaves and comes back later is a new track (we do not recognise identities).
class FaceTracker {
public:
    struct Options {
        double minIou = 0.3;
        int maxGap = 5;
        int firstId = 0; // ids are firstId, firstId+1, ... (unique across several videos of one run)
    };
    FaceTracker();
    explicit FaceTracker(const Options& options);

    // The track id of each box of the next sampled frame, in the order given.
    std::vector<int> next(const std::vector<cv::Rect>& boxes);
    // The id the next new track will get.
    int nextId() const { return m_nextId; }

    static double iou(const cv::Rect& a, const cv::Rect& b);

private:
    struct Track {
        int id;
        cv::Rect box;
        int lastFrame;
    };
    Options m_options;
    std::vector<Track> m_tracks;
    int m_frame = 0;
    int m_nextId = 0;
};

} // namespace arm
