#pragma once

#include "engine/faces/FaceDetection.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>
#include <vector>

namespace arm {

struct FaceDetectorOptions {
    // The 68-point landmark model of dlib (Debian: libdlib-data). Empty = defaultLandmarksPath().
    std::string landmarksPath;
    // Smallest face side to find, in source pixels. dlib's HOG window is 80 px: smaller faces are found
    // by enlarging the image (slower, quadratically), larger ones by shrinking it (faster).
    int minFaceSize = 80;
    // Detections with a lower HOG score are dropped (0 = dlib's own threshold).
    double minScore = 0.0;
};

// Frontal faces and their 68 landmarks: dlib's HOG detector (no model file) and its shape predictor.
// One detector per thread: dlib's objects are not safe for concurrent use. Loading the landmark
// model takes ~1.5 s, so keep the detector for the whole run.
class FaceDetector {
public:
    // Throws std::runtime_error naming the landmark file when it is missing, not a regular file, too
    // large, or not a dlib shape predictor; or when minFaceSize is outside 20-2000.
    explicit FaceDetector(const FaceDetectorOptions& options = {});
    ~FaceDetector();
    FaceDetector(const FaceDetector&) = delete;
    FaceDetector& operator=(const FaceDetector&) = delete;

    // Faces in a BGR, BGRA or grey 8-bit image, left to right. Never throws for an empty result.
    std::vector<FaceDetection> detect(const cv::Mat& image) const;

    const FaceDetectorOptions& options() const;
    // The factor the image is resized by before detection (80 / minFaceSize, at most 4).
    double detectionScale() const;

    // /usr/share/dlib/shape_predictor_68_face_landmarks.dat, or $ARM_DLIB_LANDMARKS when set.
    static std::string defaultLandmarksPath();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace arm
