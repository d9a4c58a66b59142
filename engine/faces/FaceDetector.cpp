#include "engine/faces/FaceDetector.h"

#include "engine/core/RegularFile.h"
#include "engine/data/FileLimits.h"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <new>
#include <stdexcept>

namespace arm {

namespace {

// dlib's model is 95 MiB; a file far larger is not it, and deserialising it would only waste memory.
constexpr std::uint64_t kMaxLandmarkModelBytes = 512ull << 20;
// dlib's HOG detector slides an 80x80 window over the image pyramid.
constexpr double kHogWindow = 80.0;

dlib::shape_predictor loadShapePredictor(const std::string& path, bool isDefault)
{
    if (isDefault && !RegularFile::problem(path).empty())
        throw std::runtime_error(path + ": the 68-point landmark model is missing; install Debian's "
                                        "libdlib-data, or give another copy with --landmarks FILE");
    FileLimits::check(path, kMaxLandmarkModelBytes, "dlib landmark model");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open the landmark model");
    dlib::shape_predictor sp;
    const std::string notModel = path + ": not a dlib 68-point landmark model "
                                        "(expected shape_predictor_68_face_landmarks.dat from libdlib-data)";
    try {
        dlib::deserialize(sp, in);
    } catch (const std::bad_alloc&) {
        throw std::runtime_error(notModel + ": its sizes ask for more memory than there is");
    } catch (const std::exception&) {
        // dlib::serialization_error's text names dlib internals; the user needs the file and the fix.
        throw std::runtime_error(notModel);
    }
    if (sp.num_parts() != 68)
        throw std::runtime_error(notModel + ": it has " + std::to_string(sp.num_parts()) + " points, not 68");
    return sp;
}

} // namespace

struct FaceDetector::Impl {
    FaceDetectorOptions options;
    double scale = 1.0;
    mutable dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
    dlib::shape_predictor landmarks;
};

FaceDetector::FaceDetector(const FaceDetectorOptions& options)
    : d(std::make_unique<Impl>())
{
    d->options = options;
    if (options.minFaceSize < 20 || options.minFaceSize > 2000)
        throw std::invalid_argument("--min-size must be 20-2000 pixels, got " + std::to_string(options.minFaceSize));
    const bool isDefault = d->options.landmarksPath.empty();
    if (isDefault)
        d->options.landmarksPath = defaultLandmarksPath();
    d->scale = std::min(4.0, kHogWindow / options.minFaceSize);
    d->landmarks = loadShapePredictor(d->options.landmarksPath, isDefault);
}

FaceDetector::~FaceDetector() = default;

const FaceDetectorOptions& FaceDetector::options() const
{
    return d->options;
}

double FaceDetector::detectionScale() const
{
    return d->scale;
}

std::string FaceDetector::defaultLandmarksPath()
{
    if (const char* env = std::getenv("ARM_DLIB_LANDMARKS"); env && *env)
        return env;
    return "/usr/share/dlib/shape_predictor_68_face_landmarks.dat";
}

std::vector<FaceDetection> FaceDetector::detect(const cv::Mat& image) const
{
    if (image.empty() || image.depth() != CV_8U)
        throw std::invalid_argument("FaceDetector::detect needs a non-empty 8-bit image");
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = image;
    const double s = d->scale;
    cv::Mat scaled;
    if (s == 1.0)
        scaled = grey;
    else
        cv::resize(grey, scaled, cv::Size(), s, s, s < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const dlib::cv_image<unsigned char> view(scaled);

    std::vector<dlib::rect_detection> found;
    d->detector(view, found, d->options.minScore);
    std::vector<FaceDetection> out;
    out.reserve(found.size());
    const auto back = [s](double v) { return static_cast<float>(v / s); };
    for (const dlib::rect_detection& r : found) {
        FaceDetection f;
        f.score = r.detection_confidence;
        const dlib::rectangle& b = r.rect;
        f.box = cv::Rect(static_cast<int>(std::lround(b.left() / s)), static_cast<int>(std::lround(b.top() / s)),
                         static_cast<int>(std::lround(b.width() / s)), static_cast<int>(std::lround(b.height() / s)));
        const dlib::full_object_detection shape = d->landmarks(view, b);
        f.landmarks.reserve(shape.num_parts());
        for (unsigned long i = 0; i < shape.num_parts(); ++i)
            f.landmarks.emplace_back(back(shape.part(i).x()), back(shape.part(i).y()));
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(), [](const FaceDetection& a, const FaceDetection& b) {
        return a.box.x != b.box.x ? a.box.x < b.box.x : a.box.y < b.box.y;
    });
    return out;
}

} // namespace arm
