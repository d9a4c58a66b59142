#include "engine/faces/FaceAligner.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <stdexcept>

namespace arm {

FaceAligner::FaceAligner(const FaceTemplate& tmpl)
    : m_template(tmpl)
{
    if (tmpl.size < 8 || tmpl.size > 4096)
        throw std::invalid_argument("face template size must be 8-4096 pixels, got " + std::to_string(tmpl.size));
}

cv::Matx23d FaceAligner::similarity(const std::array<cv::Point2f, 5>& from, const std::array<cv::Point2f, 5>& to)
{
    cv::Point2d mf(0, 0), mt(0, 0);
    for (std::size_t i = 0; i < from.size(); ++i) {
        mf += cv::Point2d(from[i]);
        mt += cv::Point2d(to[i]);
    }
    mf *= 1.0 / from.size();
    mt *= 1.0 / to.size();
    double dot = 0, cross = 0, norm = 0;
    for (std::size_t i = 0; i < from.size(); ++i) {
        const cv::Point2d f = cv::Point2d(from[i]) - mf, t = cv::Point2d(to[i]) - mt;
        dot += f.x * t.x + f.y * t.y;
        cross += f.x * t.y - f.y * t.x;
        norm += f.x * f.x + f.y * f.y;
    }
    if (!(norm > 1e-6))
        throw std::invalid_argument("cannot align a face whose five points coincide");
    const double a = dot / norm, b = cross / norm;
    return cv::Matx23d(a, -b, mt.x - (a * mf.x - b * mf.y), b, a, mt.y - (b * mf.x + a * mf.y));
}

cv::Point2f FaceAligner::apply(const cv::Matx23d& m, const cv::Point2f& p)
{
    return {static_cast<float>(m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2)),
            static_cast<float>(m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2))};
}

AlignedFace FaceAligner::align(const cv::Mat& image, const std::array<cv::Point2f, 5>& points) const
{
    if (image.empty())
        throw std::invalid_argument("cannot align a face in an empty image");
    AlignedFace out;
    out.transform = similarity(points, m_template.points);
    // Bilinear sampling; pixels from outside the photo are the border replicated, as a face near the
    // edge of a photo would otherwise get a black wedge that the model has never seen.
    cv::warpAffine(image, out.image, cv::Mat(out.transform), cv::Size(m_template.size, m_template.size),
                   cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    double sq = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        out.points[i] = apply(out.transform, points[i]);
        const cv::Point2f d = out.points[i] - m_template.points[i];
        sq += d.x * d.x + d.y * d.y;
    }
    out.residual = std::sqrt(sq / points.size());
    return out;
}

} // namespace arm
