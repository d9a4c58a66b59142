#include "engine/faces/FaceJson.h"

#include "engine/core/Utf8.h"

#include <cmath>

namespace arm {

namespace {

// Landmarks to 1/100 px: more digits are noise and only bloat faces.json (68 points per face).
double rounded(float v)
{
    return std::round(static_cast<double>(v) * 100.0) / 100.0;
}

} // namespace

nlohmann::json FaceJson::points(const std::vector<cv::Point2f>& points)
{
    nlohmann::json out = nlohmann::json::array();
    for (const cv::Point2f& p : points)
        out.push_back({rounded(p.x), rounded(p.y)});
    return out;
}

nlohmann::json FaceJson::describe(const ScannedFrame& frame, const ScannedFace& face)
{
    const cv::Rect& b = face.detection.box;
    nlohmann::json j{{"source", Utf8::displayable(frame.source)},
                     {"frame", nullptr},
                     {"time", nullptr},
                     {"track", nullptr},
                     {"box", {b.x, b.y, b.width, b.height}},
                     {"landmarks", points(face.detection.landmarks)},
                     {"points5", points({face.points5.begin(), face.points5.end()})},
                     {"score", std::round(face.detection.score * 1000.0) / 1000.0},
                     {"alignment_residual", std::round(face.aligned.residual * 100.0) / 100.0}};
    if (frame.video) {
        j["frame"] = frame.frame;
        j["time"] = std::round(frame.seconds * 1000.0) / 1000.0;
        j["track"] = face.track;
    }
    return j;
}

nlohmann::json FaceJson::problems(const std::vector<Problem>& problems)
{
    nlohmann::json out = nlohmann::json::array();
    for (const Problem& p : problems)
        out.push_back({{"where", Utf8::displayable(p.where)}, {"reason", Utf8::displayable(p.reason)}});
    return out;
}

} // namespace arm
