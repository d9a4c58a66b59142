#include "engine/OverlayWriter.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace arm {

namespace {

constexpr int kTitleH = 30;
constexpr int kBarW = 18;
constexpr int kBarPanelW = 96;
constexpr int kMargin = 10;

// Value range: [min, max] for sequential maps, symmetric [-m, m] around 0 for diverging ones so that
// white means exactly zero.
void range(const Grid& g, bool diverging, float& lo, float& hi)
{
    lo = g.empty() ? 0.0f : g.minValue();
    hi = g.empty() ? 1.0f : g.maxValue();
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0.0f;
        hi = 1.0f;
    }
    if (diverging) {
        const float m = std::max(std::fabs(lo), std::fabs(hi));
        lo = -m;
        hi = m;
    }
    if (hi - lo < 1e-12f) {
        hi = lo + (lo == 0.0f ? 1.0f : std::fabs(lo) * 1e-3f + 1e-6f);
    }
}

cv::Mat viridisLut()
{
    cv::Mat ramp(1, 256, CV_8UC1);
    for (int i = 0; i < 256; ++i)
        ramp.at<uchar>(0, i) = static_cast<uchar>(i);
    cv::Mat lut;
    cv::applyColorMap(ramp, lut, cv::COLORMAP_VIRIDIS);
    return lut;
}

cv::Vec3b divergingColour(float t)
{
    // ColorBrewer RdBu (reversed: blue = negative, red = positive), BGR.
    static const std::array<cv::Vec3f, 9> a{cv::Vec3f(97, 48, 5),    cv::Vec3f(172, 102, 33), cv::Vec3f(195, 147, 67),
                                            cv::Vec3f(222, 197, 146), cv::Vec3f(247, 247, 247), cv::Vec3f(130, 165, 244),
                                            cv::Vec3f(96, 96, 214),   cv::Vec3f(43, 24, 178),   cv::Vec3f(31, 0, 103)};
    const float x = std::clamp(t, 0.0f, 1.0f) * (a.size() - 1);
    const int i = std::min(static_cast<int>(x), static_cast<int>(a.size()) - 2);
    const float f = x - i;
    const cv::Vec3f c = a[i] * (1 - f) + a[i + 1] * f;
    return cv::Vec3b(cv::saturate_cast<uchar>(c[0]), cv::saturate_cast<uchar>(c[1]), cv::saturate_cast<uchar>(c[2]));
}

std::string tick(float v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", static_cast<double>(std::fabs(v) < 1e-30f ? 0.0f : v));
    return buf;
}

// Canvas: title on top, the picture on the left, the colour bar with ticks on the right.
cv::Mat frame(const cv::Mat& picture, const std::string& title, float lo, float hi, bool diverging)
{
    const int H = picture.rows, W = picture.cols;
    cv::Mat canvas(H + kTitleH + kMargin, W + kBarPanelW + kMargin, CV_8UC3, cv::Scalar(255, 255, 255));
    picture.copyTo(canvas(cv::Rect(kMargin / 2, kTitleH, W, H)));
    cv::putText(canvas, title, cv::Point(kMargin / 2, 21), cv::FONT_HERSHEY_SIMPLEX, 0.55, cv::Scalar(0, 0, 0), 1,
                cv::LINE_AA);
    const int bx = W + kMargin, by = kTitleH;
    for (int y = 0; y < H; ++y) {
        const float t = 1.0f - static_cast<float>(y) / std::max(1, H - 1);
        cv::line(canvas, cv::Point(bx, by + y), cv::Point(bx + kBarW - 1, by + y),
                 cv::Scalar(OverlayWriter::colour(t, diverging)));
    }
    cv::rectangle(canvas, cv::Rect(bx, by, kBarW, H), cv::Scalar(0, 0, 0), 1);
    const int ticks = 5;
    for (int i = 0; i < ticks; ++i) {
        const float t = static_cast<float>(i) / (ticks - 1);
        const int y = by + static_cast<int>(std::lround((1.0f - t) * (H - 1)));
        cv::line(canvas, cv::Point(bx + kBarW, y), cv::Point(bx + kBarW + 4, y), cv::Scalar(0, 0, 0), 1);
        cv::putText(canvas, tick(lo + t * (hi - lo)), cv::Point(bx + kBarW + 7, y + 5), cv::FONT_HERSHEY_SIMPLEX, 0.42,
                    cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
    }
    return canvas;
}

cv::Mat colourise(const cv::Mat& values, float lo, float hi, bool diverging)
{
    cv::Mat out(values.size(), CV_8UC3);
    for (int y = 0; y < values.rows; ++y)
        for (int x = 0; x < values.cols; ++x)
            out.at<cv::Vec3b>(y, x) = OverlayWriter::colour((values.at<float>(y, x) - lo) / (hi - lo), diverging);
    return out;
}

cv::Mat gridMat(const Grid& g)
{
    if (g.empty() || static_cast<std::size_t>(g.rows) * g.cols != g.values.size())
        throw std::invalid_argument("overlay: empty or malformed grid");
    return cv::Mat(g.rows, g.cols, CV_32F, const_cast<float*>(g.values.data())).clone();
}

} // namespace

cv::Vec3b OverlayWriter::colour(float t, bool diverging)
{
    if (!std::isfinite(t))
        return cv::Vec3b(200, 200, 200);
    if (diverging)
        return divergingColour(t);
    static const cv::Mat lut = viridisLut();
    const int i = std::clamp(static_cast<int>(std::lround(t * 255.0f)), 0, 255);
    return lut.at<cv::Vec3b>(0, i);
}

cv::Mat OverlayWriter::overlay(const cv::Mat& face, const Grid& map, const OverlayStyle& style)
{
    if (face.empty() || face.type() != CV_8UC3)
        throw std::invalid_argument("overlay: the face must be an 8-bit BGR image");
    const int D = style.displaySize;
    float lo, hi;
    range(map, style.diverging, lo, hi);
    cv::Mat values;
    cv::resize(gridMat(map), values, cv::Size(D, D), 0, 0, cv::INTER_LINEAR);
    cv::Mat faceD;
    cv::resize(face, faceD, cv::Size(D, D), 0, 0, cv::INTER_AREA);
    // The face in grey so the map's colours are not confused with skin tones.
    cv::Mat grey;
    cv::cvtColor(faceD, grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, faceD, cv::COLOR_GRAY2BGR);
    cv::Mat blended;
    cv::addWeighted(colourise(values, lo, hi, style.diverging), style.alpha, faceD, 1.0 - style.alpha, 0.0, blended);
    if (style.cells && style.imageSize > 0) {
        const float s = static_cast<float>(D) / style.imageSize;
        for (const auto& b : style.cells->boxes) {
            const cv::Point c(static_cast<int>(std::lround(0.5f * (b[0] + b[2]) * s)),
                              static_cast<int>(std::lround(0.5f * (b[1] + b[3]) * s)));
            if (c.x >= 0 && c.y >= 0 && c.x < D && c.y < D)
                cv::circle(blended, c, 2, cv::Scalar(255, 255, 255), cv::FILLED, cv::LINE_AA);
        }
    }
    return frame(blended, style.title, lo, hi, style.diverging);
}

cv::Mat OverlayWriter::heatmap(const Grid& grid, const OverlayStyle& style)
{
    const int D = style.displaySize;
    float lo, hi;
    range(grid, style.diverging, lo, hi);
    cv::Mat values;
    cv::resize(gridMat(grid), values, cv::Size(D, D), 0, 0, cv::INTER_NEAREST);
    cv::Mat pic = colourise(values, lo, hi, style.diverging);
    // Cell borders for small grids, so individual cells can be counted.
    if (grid.rows <= 32) {
        for (int i = 1; i < grid.rows; ++i) {
            const int p = i * D / grid.rows;
            cv::line(pic, cv::Point(0, p), cv::Point(D - 1, p), cv::Scalar(128, 128, 128), 1);
        }
        for (int i = 1; i < grid.cols; ++i) {
            const int p = i * D / grid.cols;
            cv::line(pic, cv::Point(p, 0), cv::Point(p, D - 1), cv::Scalar(128, 128, 128), 1);
        }
    }
    return frame(pic, style.title, lo, hi, style.diverging);
}

void OverlayWriter::writePng(const std::string& path, const cv::Mat& picture)
{
    bool ok = false;
    try {
        ok = cv::imwrite(path, picture);
    } catch (const cv::Exception& e) {
        throw std::runtime_error(path + ": cannot write PNG (" + e.what() + ")");
    }
    if (!ok)
        throw std::runtime_error(path + ": cannot write PNG");
}

} // namespace arm
