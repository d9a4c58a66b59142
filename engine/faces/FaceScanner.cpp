#include "engine/faces/FaceScanner.h"

#include "engine/core/RegularFile.h"
#include "engine/data/FolderReader.h"
#include "engine/data/ImageDecode.h"
#include "engine/faces/FaceTracker.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace arm {

namespace {

constexpr int kMaxFolderDepth = 8;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

FaceScanner::FaceScanner(const FaceScanOptions& options)
    : m_options(options)
    , m_detector(std::make_unique<FaceDetector>(options.detector))
    , m_aligner(options.alignment)
{
}

FaceScanner::~FaceScanner() = default;

bool FaceScanner::isPhotoPath(const std::string& path)
{
    return FolderReader::isImageFile(fs::path(path).filename().string());
}

FaceInputs FaceScanner::collect(const std::vector<std::string>& paths, const FrameSampling& sampling)
{
    FaceInputs in;
    const auto add = [&](const std::string& p, bool fromFolder) {
        if (isPhotoPath(p)) {
            in.photos.push_back(p);
            ++in.workEstimate;
        } else if (VideoReader::isVideoPath(p)) {
            in.videos.push_back(p);
            try {
                in.workEstimate += std::max(1, VideoReader(p, sampling).sampledEstimate());
            } catch (const std::exception&) {
                ++in.workEstimate; // reported when scanned
            }
        } else if (!fromFolder) {
            in.problems.push_back({p, "not a photo or video file (by its extension)"});
        }
    };
    for (const std::string& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<std::string> found;
            fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
            for (; !ec && it != end; it.increment(ec)) {
                if (it.depth() >= kMaxFolderDepth)
                    it.disable_recursion_pending();
                std::error_code fec;
                if (it->is_regular_file(fec))
                    found.push_back(it->path().string());
            }
            if (ec)
                in.problems.push_back({p, "cannot list the folder: " + ec.message()});
            std::sort(found.begin(), found.end());
            for (const std::string& f : found)
                add(f, true);
            continue;
        }
        if (const std::string problem = RegularFile::problem(p); !problem.empty()) {
            in.problems.push_back({p, problem});
            continue;
        }
        add(p, false);
    }
    return in;
}

std::vector<ScannedFace> FaceScanner::facesOf(const cv::Mat& image) const
{
    std::vector<ScannedFace> faces;
    for (FaceDetection& d : m_detector->detect(image)) {
        ScannedFace f;
        f.points5 = d.points5();
        f.aligned = m_aligner.align(image, f.points5);
        f.detection = std::move(d);
        f.indexInFrame = static_cast<int>(faces.size());
        faces.push_back(std::move(f));
    }
    return faces;
}

FaceScanResult FaceScanner::scan(const FaceInputs& inputs, const Sink& sink, const Progress& progress,
                                 const std::atomic<bool>* cancel)
{
    FaceScanResult result;
    result.problems = inputs.problems;
    long long done = 0;
    const long long total = std::max<long long>(1, inputs.workEstimate);
    for (const std::string& path : inputs.photos) {
        if (cancelled(cancel)) {
            result.cancelled = true;
            return result;
        }
        ScannedFrame frame;
        frame.source = path;
        try {
            frame.image = ImageDecode::readImage(path);
            frame.faces = facesOf(frame.image);
        } catch (const std::exception& e) {
            result.problems.push_back({path, e.what()});
            if (progress)
                progress(++done, total, path);
            continue;
        }
        ++result.photos;
        ++result.frames;
        result.faces += static_cast<int>(frame.faces.size());
        if (frame.faces.empty())
            result.problems.push_back({path, "no face found"});
        sink(frame);
        if (progress)
            progress(++done, total, path);
    }
    int nextTrack = 0;
    for (const std::string& path : inputs.videos) {
        if (cancelled(cancel)) {
            result.cancelled = true;
            return result;
        }
        std::unique_ptr<VideoReader> video;
        try {
            video = std::make_unique<VideoReader>(path, m_options.sampling);
        } catch (const std::exception& e) {
            result.problems.push_back({path, e.what()});
            if (progress)
                progress(++done, total, path);
            continue;
        }
        ++result.videos;
        FaceTracker::Options trackOptions;
        trackOptions.firstId = nextTrack;
        FaceTracker tracker(trackOptions);
        ScannedFrame frame;
        frame.source = path;
        frame.video = true;
        int sampled = 0, withFaces = 0;
        while (video->next(frame.image, frame.frame, frame.seconds)) {
            frame.faces = facesOf(frame.image);
            std::vector<cv::Rect> boxes;
            for (const ScannedFace& f : frame.faces)
                boxes.push_back(f.detection.box);
            const std::vector<int> ids = tracker.next(boxes);
            for (std::size_t k = 0; k < ids.size(); ++k)
                frame.faces[k].track = ids[k];
            ++sampled;
            withFaces += frame.faces.empty() ? 0 : 1;
            result.faces += static_cast<int>(frame.faces.size());
            sink(frame);
            if (progress)
                progress(std::min(++done, total), total, path + " frame " + std::to_string(frame.frame));
            if (cancelled(cancel)) {
                result.cancelled = true;
                break;
            }
        }
        result.frames += sampled;
        result.tracks += tracker.nextId() - nextTrack;
        nextTrack = tracker.nextId();
        if (video->undecodable() > 0)
            result.problems.push_back({path, std::to_string(video->undecodable()) +
                                                 " frame(s) could not be decoded and were skipped"});
        if (sampled == 0)
            result.problems.push_back({path, "no frame could be read"});
        else if (withFaces == 0)
            result.problems.push_back({path, "no face found in " + std::to_string(sampled) + " sampled frame(s)"});
        if (result.cancelled)
            return result;
    }
    return result;
}

} // namespace arm
