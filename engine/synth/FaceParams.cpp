#include "engine/synth/FaceParams.h"

#include "engine/core/ExpressionClasses.h"
#include "engine/synth/SynthRng.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace arm {
namespace {

FaceParams::Bgr mixColor(const FaceParams::Bgr& a, const FaceParams::Bgr& b, double t)
{
    const float ft = static_cast<float>(t);
    return {a.b + (b.b - a.b) * ft, a.g + (b.g - a.g) * ft, a.r + (b.r - a.r) * ft};
}

FaceParams::Bgr scaleColor(const FaceParams::Bgr& c, double s)
{
    const auto f = [s](float v) { return static_cast<float>(std::clamp(v * s, 0.0, 255.0)); };
    return {f(c.b), f(c.g), f(c.r)};
}

float clamp01(double v) { return static_cast<float>(std::clamp(v, 0.0, 1.0)); }

} // namespace

FaceParams FaceParams::sample(SynthRng& rng, int classIndex, double difficulty)
{
    const double d = std::clamp(difficulty, 0.0, 1.0);
    FaceParams p;

    // --- identity
    p.faceAspect = static_cast<float>(rng.uniform(1.18, 1.42));
    p.jawWidth = static_cast<float>(rng.uniform(0.6, 0.95));
    // Skin tones along a light..dark ramp with a little hue spread (BGR).
    const Bgr lightSkin{175, 200, 235}, darkSkin{45, 70, 110};
    p.skin = mixColor(lightSkin, darkSkin, std::pow(rng.uniform(), 1.3));
    p.skin.r += static_cast<float>(rng.normal(0, 6));
    p.skin.g += static_cast<float>(rng.normal(0, 5));
    static const std::array<Bgr, 6> hairColours{{{20, 22, 25}, {25, 45, 70}, {40, 80, 130}, {90, 150, 200},
                                                 {150, 150, 155}, {30, 40, 110}}};
    p.hair = hairColours[static_cast<std::size_t>(rng.below(6))];
    p.hairStyle = rng.below(5);
    p.lip = scaleColor(mixColor(p.skin, Bgr{90, 80, 170}, rng.uniform(0.35, 0.6)), rng.uniform(0.75, 0.9));
    static const std::array<Bgr, 4> irises{{{30, 45, 70}, {60, 90, 60}, {140, 110, 60}, {20, 25, 35}}};
    p.iris = irises[static_cast<std::size_t>(rng.below(4))];
    p.eyeSpacing = static_cast<float>(rng.uniform(0.34, 0.42));
    p.eyeSize = static_cast<float>(rng.uniform(0.85, 1.15));
    p.browThickness = static_cast<float>(rng.uniform(0.7, 1.4));
    p.browRest = static_cast<float>(rng.normal(0, 0.03 + 0.03 * d));
    p.mouthWidth = static_cast<float>(rng.uniform(0.85, 1.15));
    p.mouthRest = static_cast<float>(rng.normal(0, 0.015 + 0.025 * d));
    p.noseLength = static_cast<float>(rng.uniform(0.85, 1.15));
    p.glasses = rng.chance(0.18);
    p.tintedGlasses = p.glasses && rng.chance(0.2 * d);
    p.beard = rng.chance(0.1);

    // --- nuisance: every strength grows with difficulty
    p.background = {static_cast<float>(rng.uniform(40, 220)), static_cast<float>(rng.uniform(40, 220)),
                    static_cast<float>(rng.uniform(40, 220))};
    const double jitter = 0.03 + 0.07 * d;
    p.centerX = static_cast<float>(0.5 + rng.uniform(-jitter, jitter));
    p.centerY = static_cast<float>(0.48 + rng.uniform(-jitter, jitter));
    // Larger faces push brows and mouth towards the border, where padding erosion bites.
    p.scale = static_cast<float>(rng.uniform(0.34, 0.37 + 0.06 * d));
    p.rotationDeg = static_cast<float>(rng.normal(0, 3 + 7 * d));
    p.lightAngleDeg = static_cast<float>(rng.uniform(0, 360));
    p.lightStrength = static_cast<float>(rng.uniform(0, 0.15 + 0.35 * d));
    p.brightness = static_cast<float>(rng.uniform(1.0 - 0.3 * d, 1.0 + 0.15 * d));
    p.blurSigma = rng.chance(0.3 + 0.4 * d) ? static_cast<float>(rng.uniform(0.3, 0.5 + 1.0 * d)) : 0.0f;
    p.noiseSigma = static_cast<float>(rng.uniform(0, 2 + 10 * d));
    if (rng.chance(0.05 + 0.2 * d)) {
        p.occluder = 1 + rng.below(2);
        p.occluderX = static_cast<float>(rng.uniform(-1.0, 1.0));
        p.occluderY = static_cast<float>(rng.uniform(-0.6, 1.2));
        p.occluderSize = static_cast<float>(rng.uniform(0.25, 0.35 + 0.25 * d));
        p.occluderAngleDeg = static_cast<float>(rng.uniform(0, 180));
    }
    p.clutter = rng.below(1 + static_cast<int>(2 + 6 * d));
    p.detailSeed = rng.next();

    // --- expression: prototype, random overall intensity (a share of subtle ones), per-unit jitter,
    // class-specific variants, and a little idiosyncratic leakage of other units.
    ActionUnits au = ActionUnits::prototype(classIndex);
    const double subtleShare = 0.08 + 0.35 * d;
    const double intensity = rng.chance(subtleShare) ? rng.uniform(0.3, 0.55) : rng.uniform(0.6, 1.0);
    switch (classIndex) {
    case ExpressionClasses::Fear:
        au[AU::JawDrop] = static_cast<float>(rng.uniform(0.0, 0.7));
        break;
    case ExpressionClasses::Disgust:
        au[AU::LipCornerDepress] = static_cast<float>(rng.uniform(0.0, 0.5));
        au[AU::BrowLowerer] = static_cast<float>(rng.uniform(0.1, 0.5));
        break;
    case ExpressionClasses::Happiness:
        au[AU::JawDrop] = rng.chance(0.4) ? static_cast<float>(rng.uniform(0.2, 0.6)) : 0.0f;
        break;
    case ExpressionClasses::Anger:
        // Either wide glaring eyes or narrowed ones.
        if (rng.chance(0.5)) {
            au[AU::UpperLidRaise] = static_cast<float>(rng.uniform(0.5, 0.9));
            au[AU::LidTighten] = 0.0f;
        } else {
            au[AU::UpperLidRaise] = 0.0f;
            au[AU::LidTighten] = static_cast<float>(rng.uniform(0.6, 1.0));
        }
        break;
    case ExpressionClasses::Surprise:
        au[AU::JawDrop] = static_cast<float>(rng.uniform(0.6, 1.0));
        break;
    default:
        break;
    }
    ActionUnits out;
    for (int i = 0; i < ActionUnits::kCount; ++i) {
        const AU u = static_cast<AU>(i);
        double v = au[u] > 0 ? au[u] * intensity * rng.uniform(0.85, 1.15) : 0.0;
        if (rng.chance(0.15 + 0.25 * d))
            v += rng.uniform(0.0, 0.1 + 0.15 * d);
        out[u] = clamp01(v);
    }
    p.au = out;
    p.intensity = static_cast<float>(intensity);
    return p;
}

} // namespace arm
