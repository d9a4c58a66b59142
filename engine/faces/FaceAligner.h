#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/matx.hpp>

#include <array>

namespace arm {

// Where the five points (image-left eye centre, other eye centre, nose tip, image-left mouth corner,
// other mouth corner) land in an aligned face, RAF-DB's "aligned" framing: 100x100 pixels, whole face
// from the forehead to the chin, eyes level. How the numbers were chosen: docs/FACES.md.
struct FaceTemplate {
    int size = 100;
    std::array<cv::Point2f, 5> points{{{35.0f, 41.0f}, {65.0f, 41.0f}, {50.0f, 57.5f}, {37.5f, 73.0f}, {62.5f, 73.0f}}};

    static FaceTemplate rafDb() { return {}; }
};

struct AlignedFace {
    cv::Mat image;                     // template.size square, same type as the source
    cv::Matx23d transform;             // source pixels -> aligned pixels
    std::array<cv::Point2f, 5> points; // the source's five points after the transform
    double residual = 0.0;             // RMS distance of `points` to the template, in aligned pixels
};

// Aligns a face with a similarity transform (rotation, uniform scale, translation; no shear, no
// reflection) fitted by least squares to the five points, like RAF-DB's aligned set.
class FaceAligner {
public:
    explicit FaceAligner(const FaceTemplate& tmpl = FaceTemplate::rafDb());

    // Throws std::invalid_argument for an empty image or degenerate points (all in one place).
    AlignedFace align(const cv::Mat& image, const std::array<cv::Point2f, 5>& points) const;
    const FaceTemplate& faceTemplate() const { return m_template; }

    // The least-squares similarity taking `from` onto `to` (closed form: with centred points, the
    // rotation-scale pair (a, b) of [a -b; b a] is sum(from.to, from x to) / sum|from|^2).
    static cv::Matx23d similarity(const std::array<cv::Point2f, 5>& from, const std::array<cv::Point2f, 5>& to);
    static cv::Point2f apply(const cv::Matx23d& m, const cv::Point2f& p);

private:
    FaceTemplate m_template;
};

} // namespace arm
