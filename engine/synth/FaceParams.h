#pragma once

#include "engine/synth/ActionUnits.h"

#include <cstdint>

namespace arm {

class SynthRng;

// Everything that determines one synthetic face: who (identity), how it was photographed (nuisance)
// and what it expresses (action units). Geometry is in face units: the face ellipse has half-width 1
// and half-height `faceAspect`, origin at its centre, v pointing down.
struct FaceParams {
    struct Bgr {
        float b = 0, g = 0, r = 0;
    };

    // --- identity
    float faceAspect = 1.3f;   // half-height / half-width of the face ellipse
    float jawWidth = 0.8f;     // chin width relative to the cheeks (0.6 pointed .. 1.0 square)
    Bgr skin{150, 180, 220};
    Bgr hair{40, 40, 50};
    int hairStyle = 0;         // 0 short, 1 fringe, 2 side part, 3 long, 4 bald
    Bgr lip{110, 110, 180};
    Bgr iris{80, 60, 40};
    float eyeSpacing = 0.38f;  // eye centre |u|
    float eyeSize = 1.0f;      // scales eye width/height
    float browThickness = 1.0f;
    float browRest = 0.0f;     // resting brow height offset (+ = lower); people differ
    float mouthWidth = 1.0f;
    float mouthRest = 0.0f;    // resting corner curvature (+ = corners down, a "sad-looking" identity)
    float noseLength = 1.0f;
    bool glasses = false;
    bool tintedGlasses = false;
    bool beard = false;

    // --- nuisance (image units are fractions of the image side)
    Bgr background{120, 130, 140};
    float centerX = 0.5f, centerY = 0.52f; // face centre in the image
    float scale = 0.32f;                   // face half-width as a fraction of the image side
    float rotationDeg = 0.0f;
    float lightAngleDeg = 0.0f;            // direction the light comes from
    float lightStrength = 0.0f;            // 0 = flat; 0.4 = strong gradient
    float brightness = 1.0f;
    float blurSigma = 0.0f;                // in output pixels
    float noiseSigma = 0.0f;               // grey levels
    int occluder = 0;                      // 0 none, 1 hand, 2 bar
    float occluderX = 0.0f, occluderY = 0.0f, occluderSize = 0.0f, occluderAngleDeg = 0.0f; // face units
    int clutter = 0;                       // number of background shapes
    std::uint64_t detailSeed = 0;          // clutter layout and pixel noise

    // --- expression
    ActionUnits au;
    float intensity = 1.0f;                // the overall scale that was applied to the prototype

    // Draws a random identity + nuisance for `classIndex` (0..6) with prototype units at a random
    // intensity. difficulty in [0, 1] scales nuisance strength, the share of subtle expressions and
    // the amount of idiosyncratic AU leakage.
    static FaceParams sample(SynthRng& rng, int classIndex, double difficulty);
};

} // namespace arm
