#pragma once

#include "engine/faces/FaceScanner.h"

#include <nlohmann/json.hpp>

namespace arm {

// The one JSON form of a detected face, shared by faces.json (arm-cli faces) and `predict --detect
// --json`: source, frame (null for photos), time, track (null for photos), box [x, y, w, h] in source
// pixels, landmarks (68 [x, y]), points5 (5 [x, y]), score. docs/FACES.md describes every key.
class FaceJson {
public:
    static nlohmann::json describe(const ScannedFrame& frame, const ScannedFace& face);
    static nlohmann::json points(const std::vector<cv::Point2f>& points);
    static nlohmann::json problems(const std::vector<Problem>& problems);
};

} // namespace arm
