#include "engine/synth/SynthFaceRenderer.h"

#include "engine/synth/SynthRng.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace arm {
namespace {

constexpr int kShift = 4; // sub-pixel bits for every primitive
constexpr double kOne = 1 << kShift;
constexpr double kPi = 3.14159265358979323846;

cv::Scalar col(const FaceParams::Bgr& c, double f = 1.0)
{
    return {std::clamp(c.b * f, 0.0, 255.0), std::clamp(c.g * f, 0.0, 255.0), std::clamp(c.r * f, 0.0, 255.0)};
}

cv::Scalar blend(const cv::Scalar& a, const cv::Scalar& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return a * (1.0 - t) + b * t;
}

// Maps face units (u right, v down, face half-width 1) to sub-pixel canvas coordinates, including the
// in-plane rotation, so every primitive rotates with the face without warping the image.
class Painter {
public:
    Painter(cv::Mat& img, const FaceParams& p) : m_img(img)
    {
        const double side = img.cols;
        m_cx = p.centerX * side;
        m_cy = p.centerY * side;
        m_unit = p.scale * side;
        m_angle = p.rotationDeg;
        m_cos = std::cos(p.rotationDeg * kPi / 180.0);
        m_sin = std::sin(p.rotationDeg * kPi / 180.0);
    }
    cv::Point pt(double u, double v) const
    {
        const double x = m_cx + (u * m_cos - v * m_sin) * m_unit;
        const double y = m_cy + (u * m_sin + v * m_cos) * m_unit;
        return {static_cast<int>(std::lround(x * kOne)), static_cast<int>(std::lround(y * kOne))};
    }
    int px(double t) const { return std::max(1, static_cast<int>(std::lround(t * m_unit))); }
    void ellipse(double u, double v, double ru, double rv, double angle, const cv::Scalar& c, double thick = -1,
                 double a0 = 0, double a1 = 360) const
    {
        const cv::Size axes(std::max(1, static_cast<int>(ru * m_unit * kOne)),
                            std::max(1, static_cast<int>(rv * m_unit * kOne)));
        cv::ellipse(m_img, pt(u, v), axes, angle + m_angle, a0, a1, c, thick < 0 ? cv::FILLED : px(thick),
                    cv::LINE_AA, kShift);
    }
    void fill(const std::vector<cv::Point2d>& uv, const cv::Scalar& c) const
    {
        std::vector<cv::Point> pts;
        pts.reserve(uv.size());
        for (const auto& q : uv)
            pts.push_back(pt(q.x, q.y));
        const cv::Point* data = pts.data();
        const int n = static_cast<int>(pts.size());
        cv::fillPoly(m_img, &data, &n, 1, c, cv::LINE_AA, kShift);
    }
    void line(const std::vector<cv::Point2d>& uv, const cv::Scalar& c, double thick) const
    {
        std::vector<cv::Point> pts;
        for (const auto& q : uv)
            pts.push_back(pt(q.x, q.y));
        cv::polylines(m_img, pts, false, c, px(thick), cv::LINE_AA, kShift);
    }

private:
    cv::Mat& m_img;
    double m_cx, m_cy, m_unit, m_angle, m_cos, m_sin;
};

// Quadratic Bezier through `n` samples: used for brows, folds and creases.
std::vector<cv::Point2d> bezier(cv::Point2d a, cv::Point2d ctrl, cv::Point2d b, int n = 8)
{
    std::vector<cv::Point2d> out;
    for (int i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / (n - 1);
        out.push_back((1 - t) * (1 - t) * a + 2 * (1 - t) * t * ctrl + t * t * b);
    }
    return out;
}

void drawBackground(cv::Mat& img, const FaceParams& p)
{
    img.setTo(col(p.background));
    SynthRng rng(p.detailSeed, 1);
    const int side = img.cols;
    for (int i = 0; i < p.clutter; ++i) {
        const cv::Scalar c(rng.uniform(20, 235), rng.uniform(20, 235), rng.uniform(20, 235));
        const cv::Point a(static_cast<int>(rng.uniform(0, side)), static_cast<int>(rng.uniform(0, side)));
        const int r = static_cast<int>(rng.uniform(0.05, 0.3) * side);
        switch (rng.below(3)) {
        case 0:
            cv::rectangle(img, a, a + cv::Point(r, r / 2 + 1), c, cv::FILLED);
            break;
        case 1:
            cv::circle(img, a, r / 2 + 1, c, cv::FILLED, cv::LINE_AA);
            break;
        default:
            cv::line(img, a, a + cv::Point(r, -r), c, std::max(1, side / 40), cv::LINE_AA);
            break;
        }
    }
    // Shoulders / clothing.
    const cv::Scalar cloth(rng.uniform(20, 200), rng.uniform(20, 200), rng.uniform(20, 200));
    Painter pa(img, p);
    pa.ellipse(0, p.faceAspect + 1.3, 2.1, 0.9, 0, cloth);
}

void drawHead(const Painter& pa, const FaceParams& p)
{
    const ActionUnits& au = p.au;
    const double A = p.faceAspect;
    const cv::Scalar skin = col(p.skin), hair = col(p.hair);
    // Hair behind the head (long hair falls to the shoulders).
    if (p.hairStyle == 3)
        pa.fill({{-1.15, -0.2}, {-1.25, A + 0.8}, {1.25, A + 0.8}, {1.15, -0.2}}, hair);
    if (p.hairStyle != 4)
        pa.ellipse(0, -0.25, 1.12, A * 0.95, 0, hair);
    // Neck and ears.
    pa.fill({{-0.42, 0.6}, {-0.45, A + 1.0}, {0.45, A + 1.0}, {0.42, 0.6}}, col(p.skin, 0.8));
    pa.ellipse(-0.98, 0.0, 0.14, 0.24, 0, col(p.skin, 0.92));
    pa.ellipse(0.98, 0.0, 0.14, 0.24, 0, col(p.skin, 0.92));
    // Face outline: an ellipse whose lower half narrows towards the jaw; jaw drop lengthens the chin.
    std::vector<cv::Point2d> face;
    for (int i = 0; i < 48; ++i) {
        const double phi = 2 * kPi * i / 48.0;
        double u = std::cos(phi), v = A * std::sin(phi);
        if (v > 0) {
            const double s = std::sin(phi);
            u *= 1.0 - (1.0 - p.jawWidth) * s * s;
            v *= 1.0 + 0.1 * au[AU::JawDrop];
        }
        face.emplace_back(u, v);
    }
    pa.fill(face, skin);
    if (p.beard) {
        std::vector<cv::Point2d> beard;
        for (const auto& q : face)
            if (q.y > 0.35)
                beard.push_back(q);
        pa.fill(beard, blend(skin, hair, 0.55));
    }
    // Hairline.
    switch (p.hairStyle) {
    case 0:
        pa.ellipse(0, -0.78, 1.04, 0.6, 0, hair, -1, 180, 360);
        break;
    case 1:
        pa.ellipse(0, -0.62, 1.04, 0.75, 0, hair, -1, 180, 360);
        pa.fill({{-0.9, -0.62}, {-0.6, -0.5}, {-0.2, -0.6}, {0.3, -0.52}, {0.9, -0.62}}, hair);
        break;
    case 2:
        pa.ellipse(0, -0.75, 1.04, 0.62, 0, hair, -1, 180, 360);
        pa.ellipse(-0.45, -0.72, 0.6, 0.22, 15, hair);
        break;
    case 3:
        pa.ellipse(0, -0.72, 1.04, 0.65, 0, hair, -1, 180, 360);
        pa.fill({{-1.02, -0.7}, {-0.9, 0.2}, {-1.1, 0.4}}, hair);
        pa.fill({{1.02, -0.7}, {0.9, 0.2}, {1.1, 0.4}}, hair);
        break;
    default:
        break;
    }
}

void drawEyes(const Painter& pa, const FaceParams& p)
{
    const ActionUnits& au = p.au;
    const cv::Scalar skin = col(p.skin);
    const cv::Scalar lash(25, 25, 30), sclera(225, 232, 238);
    const double ew = 0.16 * p.eyeSize;
    const double hu = std::max(0.006, 0.065 * p.eyeSize *
                                          (1.0 + 0.95 * au[AU::UpperLidRaise] - 0.6 * au[AU::LidTighten] -
                                           0.3 * au[AU::CheekRaise] - 0.2 * au[AU::NoseWrinkle]));
    const double hl = std::max(0.006, 0.045 * p.eyeSize *
                                          (1.0 - 0.6 * au[AU::LidTighten] - 0.6 * au[AU::CheekRaise] +
                                           0.25 * au[AU::UpperLidRaise]));
    const double ri = 0.068 * p.eyeSize;
    for (int s : {-1, 1}) {
        const double cx = s * p.eyeSpacing, cy = -0.12;
        std::vector<cv::Point2d> upper, lower;
        for (int i = 0; i <= 10; ++i) {
            const double t = -1.0 + 0.2 * i;
            const double sh = 1.0 - t * t;
            // The upper lid peaks slightly towards the nose side; lids meet at the corners.
            upper.emplace_back(cx + t * ew, cy - hu * sh * (1.0 - 0.15 * t * s));
            lower.emplace_back(cx + t * ew, cy + hl * sh);
        }
        std::vector<cv::Point2d> white = upper;
        white.insert(white.end(), lower.rbegin(), lower.rend());
        pa.fill(white, sclera);
        pa.ellipse(cx, cy + 0.005, ri, ri, 0, col(p.iris));
        pa.ellipse(cx, cy + 0.005, ri * 0.45, ri * 0.45, 0, cv::Scalar(15, 15, 15));
        // Lid skin drawn over the iris where it overflows the opening.
        std::vector<cv::Point2d> lidUp = upper, lidLo = lower;
        lidUp.emplace_back(cx + ew * 1.05, cy - hu - 0.09);
        lidUp.emplace_back(cx - ew * 1.05, cy - hu - 0.09);
        lidLo.emplace_back(cx + ew * 1.05, cy + hl + 0.08);
        lidLo.emplace_back(cx - ew * 1.05, cy + hl + 0.08);
        pa.fill(lidUp, col(p.skin, 0.93));
        pa.fill(lidLo, skin);
        pa.line(upper, lash, 0.028);
        pa.line(lower, col(p.skin, 0.65), 0.012);
        // Upper lid crease: visible fold above the eye, pushed up when the lid is raised.
        pa.line(bezier({cx - ew * 0.9, cy - hu * 0.6 - 0.03}, {cx, cy - hu - 0.06}, {cx + ew * 0.9, cy - hu * 0.6 - 0.03}),
                col(p.skin, 0.8), 0.01);
        // Cheek raise / lid tighten: a bulge line under the eye and crow's feet at the outer corner.
        const double bulge = std::max(au[AU::CheekRaise], 0.7f * au[AU::LidTighten]);
        if (bulge > 0.1) {
            const cv::Scalar crease = blend(skin, col(p.skin, 0.55), bulge);
            pa.line(bezier({cx - ew * 0.8, cy + hl + 0.04}, {cx, cy + hl + 0.09}, {cx + ew * 0.8, cy + hl + 0.04}),
                    crease, 0.014);
        }
        if (au[AU::CheekRaise] > 0.15) {
            const cv::Scalar crease = blend(skin, col(p.skin, 0.55), au[AU::CheekRaise]);
            const double ox = cx + s * (ew + 0.02);
            for (int k = -1; k <= 1; ++k)
                pa.line({{ox, cy + 0.03 * k}, {ox + s * 0.09, cy + 0.06 * k - 0.0}}, crease, 0.01);
        }
    }
}

void drawBrows(const Painter& pa, const FaceParams& p)
{
    const ActionUnits& au = p.au;
    const cv::Scalar skin = col(p.skin);
    const cv::Scalar brow = col(p.hair, 0.7);
    const double vb = -0.37 + p.browRest;
    for (int s : {-1, 1}) {
        const double uIn = s * (p.eyeSpacing - 0.17 - 0.06 * au[AU::BrowLowerer]);
        const double uMid = s * (p.eyeSpacing + 0.03);
        const double uOut = s * (p.eyeSpacing + 0.21);
        const double vIn = vb - 0.17 * au[AU::InnerBrowRaise] + 0.11 * au[AU::BrowLowerer] + 0.04 * au[AU::NoseWrinkle];
        const double vMid = vb - 0.09 - 0.06 * au[AU::InnerBrowRaise] - 0.13 * au[AU::OuterBrowRaise] +
                            0.06 * au[AU::BrowLowerer];
        const double vOut = vb + 0.02 - 0.13 * au[AU::OuterBrowRaise] + 0.02 * au[AU::BrowLowerer];
        const auto centre = bezier({uIn, vIn}, {uMid, vMid}, {uOut, vOut}, 9);
        // A tapered band: thick at the inner end, thin at the tail.
        std::vector<cv::Point2d> band;
        for (std::size_t i = 0; i < centre.size(); ++i) {
            const double t = static_cast<double>(i) / (centre.size() - 1);
            band.emplace_back(centre[i].x, centre[i].y - 0.035 * p.browThickness * (1.0 - 0.5 * t));
        }
        for (std::size_t i = centre.size(); i-- > 0;) {
            const double t = static_cast<double>(i) / (centre.size() - 1);
            band.emplace_back(centre[i].x, centre[i].y + 0.02 * p.browThickness * (1.0 - 0.6 * t));
        }
        pa.fill(band, brow);
        // Brow lowerer: vertical furrows between the brows.
        if (au[AU::BrowLowerer] > 0.15) {
            const cv::Scalar furrow = blend(skin, col(p.skin, 0.5), au[AU::BrowLowerer]);
            pa.line({{s * 0.06, vIn - 0.04}, {s * 0.04, vIn + 0.1}}, furrow, 0.014);
        }
    }
    // Raised brows wrinkle the forehead horizontally.
    const double raise = 0.5 * (au[AU::InnerBrowRaise] + au[AU::OuterBrowRaise]);
    if (raise > 0.2) {
        const cv::Scalar wrinkle = blend(skin, col(p.skin, 0.6), raise);
        for (int k = 1; k <= 2; ++k) {
            const double v = vb - 0.12 - 0.1 * k - 0.1 * raise;
            pa.line(bezier({-0.35, v + 0.02}, {0, v - 0.04}, {0.35, v + 0.02}), wrinkle, 0.011);
        }
    }
}

void drawNose(const Painter& pa, const FaceParams& p)
{
    const ActionUnits& au = p.au;
    const cv::Scalar skin = col(p.skin);
    const double lift = 0.04 * au[AU::NoseWrinkle] + 0.03 * au[AU::UpperLipRaise];
    const double tip = 0.3 * p.noseLength - lift;
    const double flare = 1.0 + 0.35 * au[AU::NoseWrinkle];
    pa.line(bezier({0.07, -0.08}, {0.1, tip - 0.15}, {0.1, tip - 0.02}), col(p.skin, 0.8), 0.014);
    pa.ellipse(0, tip, 0.08, 0.055, 0, col(p.skin, 1.04));
    for (int s : {-1, 1}) {
        pa.ellipse(s * 0.07 * flare, tip + 0.035, 0.04, 0.02, s * 15, col(p.skin, 0.45));
        pa.ellipse(s * 0.12 * flare, tip + 0.0, 0.05, 0.06, 0, col(p.skin, 0.75), 0.01, s > 0 ? -90 : 90,
                   s > 0 ? 90 : 270);
    }
    if (au[AU::NoseWrinkle] > 0.1) {
        const cv::Scalar wr = blend(skin, col(p.skin, 0.45), au[AU::NoseWrinkle]);
        for (int k = 0; k < 3; ++k) {
            const double v = -0.04 + 0.05 * k;
            pa.line(bezier({-0.1, v + 0.015}, {0, v - 0.02}, {0.1, v + 0.015}, 5), wr, 0.012);
        }
    }
}

void drawMouth(const Painter& pa, const FaceParams& p)
{
    const ActionUnits& au = p.au;
    const cv::Scalar skin = col(p.skin);
    const double vm = 0.66 + 0.04 * au[AU::JawDrop] - 0.03 * au[AU::UpperLipRaise];
    const double w = 0.27 * p.mouthWidth *
                     (1.0 + 0.25 * au[AU::LipCornerPull] + 0.35 * au[AU::LipStretch] - 0.15 * au[AU::LipPress] -
                      0.2 * au[AU::JawDrop] * (1.0 - au[AU::LipStretch]));
    const double cornerDy = p.mouthRest - 0.17 * au[AU::LipCornerPull] + 0.11 * au[AU::LipCornerDepress] +
                            0.03 * au[AU::LipStretch];
    const double press = 1.0 - au[AU::LipPress];
    const double openUp = press * (0.012 * au[AU::LipCornerPull] + 0.05 * au[AU::UpperLipRaise] +
                                   0.05 * au[AU::JawDrop] + 0.025 * au[AU::LipStretch]);
    const double openLo = press * (0.03 * au[AU::LipCornerPull] + 0.015 * au[AU::UpperLipRaise] +
                                   0.3 * au[AU::JawDrop] + 0.04 * au[AU::LipStretch]);
    const double thin = std::max(0.2, 1.0 - 0.7 * au[AU::LipPress] - 0.35 * au[AU::LipStretch] - 0.25 * au[AU::LipCornerPull]);
    const double thUp = 0.04 * thin, thLo = 0.055 * thin;

    // Nasolabial folds deepen with smiling, upper lip raise and nose wrinkle.
    const double fold = std::min(1.0, 0.15 + 0.5 * au[AU::CheekRaise] + 0.4 * au[AU::LipCornerPull] +
                                          0.6 * au[AU::UpperLipRaise] + 0.3 * au[AU::NoseWrinkle]);
    const cv::Scalar foldCol = blend(skin, col(p.skin, 0.55), fold);
    for (int s : {-1, 1})
        pa.line(bezier({s * 0.17, 0.3 * p.noseLength}, {s * (w + 0.12), 0.45}, {s * (w + 0.05), vm + cornerDy + 0.05}),
                foldCol, 0.013);

    std::vector<cv::Point2d> ui, li, uo, lo;
    for (int i = 0; i <= 16; ++i) {
        const double t = -1.0 + 0.125 * i;
        const double sh = 1.0 - t * t;
        const double curve = cornerDy * std::pow(std::abs(t), 1.6);
        // Upper lip raise lifts the lip on both sides of the middle (the squared "snarl").
        const double snarl = 0.03 * au[AU::UpperLipRaise] * std::exp(-std::pow((std::abs(t) - 0.45) / 0.25, 2));
        const double bow = std::exp(-std::pow(t / 0.18, 2));
        ui.emplace_back(t * w, vm + curve - openUp * std::pow(sh, 0.7) - snarl);
        li.emplace_back(t * w, vm + curve + openLo * std::pow(sh, 0.7));
        uo.emplace_back(t * w, ui.back().y - thUp * std::sqrt(sh) * (1.0 - 0.3 * bow) - 0.004);
        lo.emplace_back(t * w, li.back().y + thLo * std::sqrt(sh) + 0.004);
    }
    if (openUp + openLo > 0.012) {
        std::vector<cv::Point2d> inside = ui;
        inside.insert(inside.end(), li.rbegin(), li.rend());
        pa.fill(inside, cv::Scalar(45, 35, 70));
        // Teeth show under a raised upper lip or in a smile.
        const double teeth = std::min(openUp + openLo, 0.045);
        std::vector<cv::Point2d> upperTeeth;
        for (std::size_t i = 2; i + 2 < ui.size(); ++i)
            upperTeeth.push_back(ui[i]);
        for (std::size_t i = ui.size() - 3; i >= 2; --i)
            upperTeeth.emplace_back(ui[i].x, std::min(ui[i].y + teeth, li[i].y));
        pa.fill(upperTeeth, cv::Scalar(215, 225, 230));
    }
    std::vector<cv::Point2d> upperLip = uo, lowerLip = li;
    upperLip.insert(upperLip.end(), ui.rbegin(), ui.rend());
    lowerLip.insert(lowerLip.end(), lo.rbegin(), lo.rend());
    pa.fill(upperLip, col(p.lip, 0.92));
    pa.fill(lowerLip, col(p.lip));
    pa.line(ui, col(p.lip, 0.5), 0.012);
    // Corners: small dimples, deeper when pulled.
    for (int s : {-1, 1}) {
        const cv::Point2d c(s * w, vm + cornerDy);
        pa.line({{c.x, c.y}, {c.x + s * 0.03, c.y - 0.01 - 0.03 * au[AU::LipCornerPull] + 0.03 * au[AU::LipCornerDepress]}},
                blend(skin, col(p.skin, 0.55), 0.4 + 0.6 * au[AU::LipCornerPull]), 0.01);
    }
    // Chin boss pushed up by sadness' depressor (a mentalis-like bulge line).
    if (au[AU::LipCornerDepress] > 0.3)
        pa.line(bezier({-0.12, vm + 0.2}, {0, vm + 0.16}, {0.12, vm + 0.2}, 5),
                blend(skin, col(p.skin, 0.7), au[AU::LipCornerDepress]), 0.012);
}

void drawGlassesAndOccluder(cv::Mat& img, const Painter& pa, const FaceParams& p)
{
    if (p.glasses) {
        const cv::Scalar frame(30, 30, 35);
        if (p.tintedGlasses) {
            cv::Mat lens = img.clone();
            for (int s : {-1, 1})
                Painter(lens, p).ellipse(s * p.eyeSpacing, -0.12, 0.21, 0.15, 0, cv::Scalar(40, 35, 30));
            cv::addWeighted(img, 0.45, lens, 0.55, 0.0, img);
        }
        for (int s : {-1, 1}) {
            pa.ellipse(s * p.eyeSpacing, -0.12, 0.21, 0.15, 0, frame, 0.022);
            pa.line({{s * (p.eyeSpacing + 0.21), -0.14}, {s * 0.98, -0.1}}, frame, 0.02);
        }
        pa.line(bezier({-p.eyeSpacing + 0.21, -0.14}, {0, -0.2}, {p.eyeSpacing - 0.21, -0.14}, 5), frame, 0.02);
    }
    if (p.occluder == 1) {
        // A hand: palm plus four fingers, oriented by occluderAngleDeg.
        const double a = p.occluderAngleDeg * kPi / 180.0, sz = p.occluderSize;
        const cv::Scalar handCol = col(p.skin, 0.97);
        pa.ellipse(p.occluderX, p.occluderY, sz, sz * 0.8, p.occluderAngleDeg, handCol);
        for (int k = -2; k <= 1; ++k) {
            const double off = (k + 0.5) * sz * 0.45;
            const double fu = p.occluderX + std::cos(a) * sz * 1.3 - std::sin(a) * off;
            const double fv = p.occluderY + std::sin(a) * sz * 1.3 + std::cos(a) * off;
            pa.ellipse(fu, fv, sz * 0.6, sz * 0.17, p.occluderAngleDeg, handCol);
        }
    } else if (p.occluder == 2) {
        const double sz = p.occluderSize;
        const cv::Scalar barCol(60 + 40 * std::cos(p.occluderAngleDeg), 60, 70);
        const double a = p.occluderAngleDeg * kPi / 180.0;
        const cv::Point2d d(std::cos(a) * sz * 2.0, std::sin(a) * sz * 2.0), n(-std::sin(a) * sz * 0.3, std::cos(a) * sz * 0.3);
        const cv::Point2d c(p.occluderX, p.occluderY);
        pa.fill({c - d - n, c + d - n, c + d + n, c - d + n}, barCol);
    }
}

void applyPhotometry(cv::Mat& img, const FaceParams& p)
{
    const int n = img.cols;
    const double la = p.lightAngleDeg * kPi / 180.0;
    const double gx = std::cos(la) * p.lightStrength / (0.5 * n), gy = std::sin(la) * p.lightStrength / (0.5 * n);
    const double c = 0.5 * (n - 1);
    for (int y = 0; y < img.rows; ++y) {
        auto* row = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double f = p.brightness * (1.0 + gx * (x - c) + gy * (y - c));
            for (int k = 0; k < 3; ++k)
                row[x][k] = cv::saturate_cast<uchar>(row[x][k] * f);
        }
    }
    if (p.blurSigma > 0.05f)
        cv::GaussianBlur(img, img, cv::Size(0, 0), p.blurSigma);
    if (p.noiseSigma > 0.25f) {
        cv::Mat noise(img.size(), CV_16SC3);
        cv::RNG rng(SynthRng::mix(p.detailSeed + 2));
        rng.fill(noise, cv::RNG::NORMAL, 0.0, p.noiseSigma);
        cv::Mat wide;
        img.convertTo(wide, CV_16SC3);
        wide += noise;
        wide.convertTo(img, CV_8UC3);
    }
}

} // namespace

SynthFaceRenderer::SynthFaceRenderer(int size, int supersample) : m_size(size), m_supersample(supersample)
{
    if (size < 16 || size > 1024)
        throw std::invalid_argument("SynthFaceRenderer: size " + std::to_string(size) + " is outside 16..1024");
    if (supersample < 1 || supersample > 4)
        throw std::invalid_argument("SynthFaceRenderer: supersample " + std::to_string(supersample) + " is outside 1..4");
}

cv::Mat SynthFaceRenderer::render(const FaceParams& params) const
{
    const int big = m_size * m_supersample;
    cv::Mat canvas(big, big, CV_8UC3);
    drawBackground(canvas, params);
    const Painter pa(canvas, params);
    drawHead(pa, params);
    drawNose(pa, params);
    drawMouth(pa, params);
    drawEyes(pa, params);
    drawBrows(pa, params);
    drawGlassesAndOccluder(canvas, pa, params);
    cv::Mat out;
    if (m_supersample > 1)
        cv::resize(canvas, out, cv::Size(m_size, m_size), 0, 0, cv::INTER_AREA);
    else
        out = canvas;
    applyPhotometry(out, params);
    return out;
}

} // namespace arm
