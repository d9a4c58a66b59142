#pragma once

#include <opencv2/core/types.hpp>

#include <array>
#include <vector>

namespace arm {

// One face found in one image or video frame, in source pixels.
struct FaceDetection {
    cv::Rect box;                        // the detector's box (may reach past the image border)
    std::vector<cv::Point2f> landmarks;  // the 68 points of the iBUG 300-W mark-up, in order
    double score = 0.0;                  // the detector's confidence (HOG: SVM margin, > 0 = face)

    // The five alignment points from the 68: eye centres (image-left eye first), nose tip, mouth
    // corners (image-left first). Index order matches FaceTemplate.
    std::array<cv::Point2f, 5> points5() const;
};

} // namespace arm
