#include "engine/faces/VideoReader.h"

#include "engine/core/RegularFile.h"
#include "engine/data/ImageDecode.h"

#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace arm {

namespace {

// A few undecodable frames in a row are skipped; this many means the stream is over (FFmpeg reports the
// end and a broken packet the same way).
constexpr int kMaxBadInARow = 8;

std::string lowerExtension(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

} // namespace

std::string FrameSampling::describe() const
{
    char text[64];
    if (every > 1)
        std::snprintf(text, sizeof text, "every %dth frame", every);
    else if (every == 1 || fps <= 0)
        std::snprintf(text, sizeof text, "every frame");
    else
        std::snprintf(text, sizeof text, "%.3g frames/s", fps);
    return text;
}

bool VideoReader::isVideoPath(const std::string& path)
{
    static const char* const exts[] = {".mp4", ".avi", ".mov", ".mkv", ".webm", ".m4v", ".mpg", ".mpeg", ".wmv"};
    const std::string ext = lowerExtension(path);
    return std::find(std::begin(exts), std::end(exts), ext) != std::end(exts);
}

VideoReader::VideoReader(const std::string& path, const FrameSampling& sampling)
    : m_path(path)
    , m_sampling(sampling)
{
    if (sampling.every < 0 || !(sampling.fps >= 0) || !std::isfinite(sampling.fps))
        throw std::invalid_argument("--every and --fps must be positive");
    if (const std::string problem = RegularFile::problem(path); !problem.empty())
        throw std::runtime_error(path + ": " + problem);
    m_capture = std::make_unique<cv::VideoCapture>();
    bool opened = false;
    try {
        opened = m_capture->open(path, cv::CAP_ANY);
    } catch (const cv::Exception&) {
        opened = false;
    }
    if (!opened || !m_capture->isOpened())
        throw std::runtime_error(path + ": cannot open it as a video (unknown format, or the file is damaged)");
    const double fps = m_capture->get(cv::CAP_PROP_FPS);
    if (std::isfinite(fps) && fps > 0.5 && fps < 1000)
        m_fps = fps;
    // The same pixel bound as photos (ImageDecode): a stream claiming 100000x100000 frames is refused
    // before the first frame is decoded into memory.
    const double w = m_capture->get(cv::CAP_PROP_FRAME_WIDTH), h = m_capture->get(cv::CAP_PROP_FRAME_HEIGHT);
    if (std::isfinite(w) && std::isfinite(h) && w * h > static_cast<double>(ImageDecode::kMaxPixels))
        throw std::runtime_error(path + ": frames of " + std::to_string(static_cast<long long>(w)) + "x" +
                                 std::to_string(static_cast<long long>(h)) + " pixels exceed the limit of " +
                                 std::to_string(ImageDecode::kMaxPixels / 1000000) + " megapixels");
    const double count = m_capture->get(cv::CAP_PROP_FRAME_COUNT);
    if (std::isfinite(count) && count > 0 && count < 1e8)
        m_count = static_cast<int>(count);
}

VideoReader::~VideoReader() = default;

bool VideoReader::keep(int index) const
{
    if (m_sampling.every > 0)
        return index % m_sampling.every == 0;
    if (m_sampling.fps <= 0 || m_sampling.fps >= m_fps)
        return true;
    // The first frame of each sampling interval: frame i starts interval floor(i * fps / videoFps).
    const auto interval = [&](int i) { return static_cast<long long>(std::floor(i * m_sampling.fps / m_fps + 1e-9)); };
    return index == 0 || interval(index) != interval(index - 1);
}

int VideoReader::sampledEstimate() const
{
    if (m_count <= 0)
        return 0;
    int n = 0;
    for (int i = 0; i < m_count; ++i)
        n += keep(i) ? 1 : 0;
    return n;
}

bool VideoReader::next(cv::Mat& frame, int& index, double& seconds)
{
    int badInARow = 0;
    while (true) {
        const int i = m_index + 1;
        bool grabbed = false;
        try {
            grabbed = m_capture->grab();
        } catch (const cv::Exception&) {
            grabbed = false;
        }
        if (!grabbed) {
            // Past the stated end, or many failures in a row: the stream is over.
            if ((m_count > 0 && i >= m_count) || m_count <= 0 || ++badInARow >= kMaxBadInARow)
                return false;
            ++m_bad;
            m_index = i;
            continue;
        }
        m_index = i;
        badInARow = 0;
        if (!keep(i))
            continue;
        bool decoded = false;
        try {
            decoded = m_capture->retrieve(frame) && !frame.empty();
        } catch (const cv::Exception&) {
            decoded = false;
        }
        if (!decoded) {
            ++m_bad;
            continue;
        }
        index = i;
        seconds = i / m_fps;
        return true;
    }
}

} // namespace arm
