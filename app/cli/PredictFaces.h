#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/FaceRun.h"

#include <nlohmann/json.hpp>

#include <string>

namespace arm {
class Predictor;
}

namespace arm::cli {

struct PredictFacesOptions {
    FaceCliOptions faces;
    std::string out; // optional: drawn photos and per-track CSV timelines
    bool json = false;
};

// `arm-cli predict --detect`: every face of raw photos and videos, aligned like RAF-DB and classified.
// stdout: one line per face, or with --json {faces: [FaceJson + probabilities, label, label_name],
// problems, class_names, model}. With --out: <photo>_faces.jpg (boxes, 68 landmarks, label) and
// <video>_track<N>.csv (frame, time, box, one probability column per class, label).
int runPredictFaces(Predictor& predictor, const PredictFacesOptions& options, const nlohmann::json& model,
                    const CliContext& ctx);

} // namespace arm::cli
