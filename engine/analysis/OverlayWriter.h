#pragma once

#include "engine/core/Grid.h"
#include "engine/analysis/ImageAnalysis.h"

#include <opencv2/core/mat.hpp>

#include <string>

namespace arm {

struct OverlayStyle {
    std::string title;
    bool diverging = false;  // signed maps: blue-white-red centred on 0; else viridis
    float alpha = 0.55f;     // weight of the map over the face
    int displaySize = 448;   // side of the picture (the map is resampled to it)
    const CellGeometry* cells = nullptr; // optional: mark the cells' box centres (where the values sit)
    int imageSize = 0;       // input size the cells' boxes refer to (with cells)
    bool fromZero = false;   // sequential maps of non-negative quantities: the colour scale starts at 0
    // With cells: values beyond the outermost cell centres are extrapolated (clamped), not measured; they
    // are drawn faded and a line marks the hull of the centres, so edge stripes are not read as evidence.
    bool fadeOutsideCells = true;
};

// The only place the engine draws pixels: analysis maps as PNGs for people. Each picture is the map
// (over the face, or alone) plus a colour bar with tick values and a title.
class OverlayWriter {
public:
    // face: 8-bit BGR image; map: values on the face's pixel grid (any size: resampled bilinearly).
    static cv::Mat overlay(const cv::Mat& face, const Grid& map, const OverlayStyle& style);
    // A grid as a plain heat map, cells drawn as blocks (nearest), no face.
    static cv::Mat heatmap(const Grid& grid, const OverlayStyle& style);
    // Writes a PNG; throws std::runtime_error naming the file when it cannot.
    static void writePng(const std::string& path, const cv::Mat& picture);
    // Colour of a value in [0, 1] (BGR): viridis, or the diverging map (0.5 = white).
    static cv::Vec3b colour(float t, bool diverging);
};

} // namespace arm
