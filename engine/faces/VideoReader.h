#pragma once

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>

namespace cv {
class VideoCapture;
}

namespace arm {

// Which frames of a video to look at: every frame, every Nth, or about `fps` per second of video.
struct FrameSampling {
    int every = 0;    // > 0: frames 0, N, 2N, ...
    double fps = 0.0; // > 0: the first frame of each 1/fps interval (ignored when every > 0)
    // "every frame", "every 5th frame", "2.0 frames/s"
    std::string describe() const;
};

// Sequential reading of a video file through OpenCV (FFmpeg), keeping the sampled frames. Only regular
// files are opened (a FIFO would block the demuxer). Frames that cannot be decoded in the middle of a
// video are counted and skipped; the end of the stream ends the reading.
class VideoReader {
public:
    // Throws std::runtime_error naming the file when it is missing, not a regular file, or no video
    // OpenCV can open; std::invalid_argument for a negative sampling.
    VideoReader(const std::string& path, const FrameSampling& sampling);
    ~VideoReader();
    VideoReader(const VideoReader&) = delete;
    VideoReader& operator=(const VideoReader&) = delete;

    // The next sampled frame (BGR) with its index in the video and its time in seconds; false at the end.
    bool next(cv::Mat& frame, int& index, double& seconds);

    const std::string& path() const { return m_path; }
    double fps() const { return m_fps; }         // the container's rate; 25 when it states none
    int frameCount() const { return m_count; }   // the container's count (an estimate; 0 = unknown)
    int sampledEstimate() const;                 // how many frames next() will give, from frameCount()
    int undecodable() const { return m_bad; }    // frames skipped because they could not be decoded

    // True for the file name extensions treated as videos (.mp4 .avi .mov .mkv .webm .m4v .mpg .mpeg .wmv).
    static bool isVideoPath(const std::string& path);

private:
    bool keep(int index) const;

    std::string m_path;
    FrameSampling m_sampling;
    std::unique_ptr<cv::VideoCapture> m_capture;
    double m_fps = 25.0;
    int m_count = 0;
    int m_index = -1;
    int m_bad = 0;
};

} // namespace arm
