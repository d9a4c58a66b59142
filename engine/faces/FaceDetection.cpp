#include "engine/faces/FaceDetection.h"

#include <stdexcept>

namespace arm {

namespace {

cv::Point2f mean(const std::vector<cv::Point2f>& p, int first, int last)
{
    cv::Point2f sum(0.f, 0.f);
    for (int i = first; i <= last; ++i)
        sum += p[static_cast<std::size_t>(i)];
    return sum * (1.0f / static_cast<float>(last - first + 1));
}

} // namespace

std::array<cv::Point2f, 5> FaceDetection::points5() const
{
    if (landmarks.size() != 68)
        throw std::logic_error("FaceDetection::points5 needs the 68 landmarks");
    // iBUG 68: 36-41 the eye on the image's left, 42-47 the other, 30 the nose tip, 48 and 54 the
    // mouth corners. Eye centres are the mean of the six contour points (stabler than any one point).
    return {mean(landmarks, 36, 41), mean(landmarks, 42, 47), landmarks[30], landmarks[48], landmarks[54]};
}

} // namespace arm
