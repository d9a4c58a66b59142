#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/faces/FaceAligner.h"
#include "engine/faces/FaceDetection.h"
#include "engine/faces/FaceDetector.h"
#include "engine/faces/VideoReader.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace arm {

struct FaceScanOptions {
    FaceDetectorOptions detector;
    FrameSampling sampling; // videos only
    FaceTemplate alignment = FaceTemplate::rafDb();
};

// One face of one photo or sampled video frame, aligned.
struct ScannedFace {
    FaceDetection detection;
    std::array<cv::Point2f, 5> points5; // in source pixels
    AlignedFace aligned;
    int track = -1; // video faces: the track (FaceTracker); photos: -1
    int indexInFrame = 0;
};

// A photo, or a sampled frame of a video, with its faces (possibly none).
struct ScannedFrame {
    std::string source;
    bool video = false;
    int frame = -1;       // videos: index of the frame in the video; photos: -1
    double seconds = 0.0; // videos: time of the frame
    cv::Mat image;        // the photo or frame (BGR), for drawing
    std::vector<ScannedFace> faces;
};

// The inputs of a scan, sorted out: photos and videos, given directly or found in folders.
struct FaceInputs {
    std::vector<std::string> photos;
    std::vector<std::string> videos;
    std::vector<Problem> problems; // inputs that are neither (missing, FIFO, unknown extension)
    // Sampled frames + photos: the length of the progress bar (video frame counts are estimates).
    long long workEstimate = 0;
};

struct FaceScanResult {
    int photos = 0, videos = 0, frames = 0, faces = 0, tracks = 0;
    std::vector<Problem> problems; // unreadable photos and videos, photos without a face, bad frames
    bool cancelled = false;
};

// detect -> landmarks -> align over photos and videos (engine policy, shared by arm-cli and the GUI).
// Each photo or sampled frame is handed to the sink as soon as it is done, so a long video never holds
// more than one frame; the sink predicts, writes crops or draws. Bad inputs are problems, never throws
// for them. Runs on the calling thread; progress and the cancel flag are polled between frames.
class FaceScanner {
public:
    // Loads the detector (~1.5 s); throws what FaceDetector throws.
    explicit FaceScanner(const FaceScanOptions& options);
    ~FaceScanner();

    using Sink = std::function<void(ScannedFrame& frame)>;
    // done, total (an estimate for videos), what is being read
    using Progress = std::function<void(long long done, long long total, const std::string& detail)>;

    FaceScanResult scan(const FaceInputs& inputs, const Sink& sink, const Progress& progress = {},
                        const std::atomic<bool>* cancel = nullptr);
    // Photos and videos from files and folders (folders: their image and video files, sorted by name,
    // sub-folders up to 8 deep). Never throws for a bad path: it becomes a problem.
    static FaceInputs collect(const std::vector<std::string>& paths, const FrameSampling& sampling);
    static bool isPhotoPath(const std::string& path);

    const FaceDetector& detector() const { return *m_detector; }
    const FaceAligner& aligner() const { return m_aligner; }

private:
    std::vector<ScannedFace> facesOf(const cv::Mat& image) const;

    FaceScanOptions m_options;
    std::unique_ptr<FaceDetector> m_detector;
    FaceAligner m_aligner;
};

} // namespace arm
