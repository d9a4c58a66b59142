#include "engine/analysis/OverlayWriter.h"

#include "engine/core/ColorMaps.h"
#include "engine/core/ValueRange.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

namespace arm {

namespace {

constexpr int kTitleH = 30;
constexpr int kBarW = 18;
constexpr int kBarPanelW = 96;
constexpr int kMargin = 10;

// The value range: the policy every front end shares (engine/core/ValueRange): [min, max] of the finite
// values for sequential maps (from 0 with fromZero), symmetric [-m, m] for diverging ones so that white
// means exactly zero.
void range(const Grid& g, bool diverging, bool fromZero, float& lo, float& hi)
{
    ValueRangePolicy policy;
    policy.symmetric = diverging;
    policy.fromZero = fromZero;
    const ValueRange r = ValueRange::compute(policy, g.values);
    lo = static_cast<float>(r.minimum);
    hi = static_cast<float>(r.maximum);
    if (!(hi > lo)) // a range below float precision (values near FLT_MAX): still a scale of non-zero width
        hi = std::nextafter(lo, std::numeric_limits<float>::infinity());
}

std::string tick(float v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", static_cast<double>(std::fabs(v) < 1e-30f ? 0.0f : v));
    return buf;
}

// Canvas: title on top, the picture on the left, the colour bar with ticks on the right.
cv::Mat frame(const cv::Mat& picture, const std::string& title, float lo, float hi, bool diverging,
             const std::string& caption = {})
{
    const int H = picture.rows, W = picture.cols;
    const int captionH = caption.empty() ? 0 : 20;
    cv::Mat canvas(H + kTitleH + kMargin + captionH, W + kBarPanelW + kMargin, CV_8UC3, cv::Scalar(255, 255, 255));
    if (!caption.empty())
        cv::putText(canvas, caption, cv::Point(kMargin / 2, kTitleH + H + 16), cv::FONT_HERSHEY_SIMPLEX, 0.4,
                    cv::Scalar(80, 80, 80), 1, cv::LINE_AA);
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
    // The GUI's table (engine/core/ColorMaps), in RGB; OpenCV pictures are BGR.
    const Rgb c = ColorMaps::map(diverging ? ColorMapKind::Diverging : ColorMapKind::Viridis, t);
    return cv::Vec3b(c.b, c.g, c.r);
}

cv::Mat OverlayWriter::overlay(const cv::Mat& face, const Grid& map, const OverlayStyle& style)
{
    if (face.empty() || face.type() != CV_8UC3)
        throw std::invalid_argument("overlay: the face must be an 8-bit BGR image");
    const int D = style.displaySize;
    float lo, hi;
    range(map, style.diverging, style.fromZero, lo, hi);
    cv::Mat values;
    cv::resize(gridMat(map), values, cv::Size(D, D), 0, 0, cv::INTER_LINEAR);
    cv::Mat faceD;
    cv::resize(face, faceD, cv::Size(D, D), 0, 0, cv::INTER_AREA);
    // The face in grey so the map's colours are not confused with skin tones.
    cv::Mat grey;
    cv::cvtColor(faceD, grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, faceD, cv::COLOR_GRAY2BGR);
    cv::Mat coloured = colourise(values, lo, hi, style.diverging), blended;
    cv::addWeighted(coloured, style.alpha, faceD, 1.0 - style.alpha, 0.0, blended);
    std::string caption;
    if (style.cells && style.imageSize > 0 && !style.cells->boxes.empty()) {
        const float s = static_cast<float>(D) / style.imageSize;
        float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
        for (const auto& b : style.cells->boxes) {
            const float cx = 0.5f * (b[0] + b[2]) * s, cy = 0.5f * (b[1] + b[3]) * s;
            x0 = std::min(x0, cx);
            x1 = std::max(x1, cx);
            y0 = std::min(y0, cy);
            y1 = std::max(y1, cy);
        }
        if (style.fadeOutsideCells) {
            cv::Mat faded;
            cv::addWeighted(coloured, style.alpha * 0.3, faceD, 1.0 - style.alpha * 0.3, 0.0, faded);
            for (int y = 0; y < D; ++y)
                for (int x = 0; x < D; ++x)
                    if (x + 0.5f < x0 || x + 0.5f > x1 || y + 0.5f < y0 || y + 0.5f > y1)
                        blended.at<cv::Vec3b>(y, x) = faded.at<cv::Vec3b>(y, x);
            cv::rectangle(blended, cv::Point(static_cast<int>(std::lround(x0)), static_cast<int>(std::lround(y0))),
                          cv::Point(static_cast<int>(std::lround(x1)), static_cast<int>(std::lround(y1))),
                          cv::Scalar(255, 255, 255), 1, cv::LINE_AA);
            caption = "dots: cell centres; faded beyond them (extrapolated)";
        } else {
            caption = "dots: cell centres (receptive-field centres)";
        }
        for (const auto& b : style.cells->boxes) {
            const cv::Point c(static_cast<int>(std::lround(0.5f * (b[0] + b[2]) * s)),
                              static_cast<int>(std::lround(0.5f * (b[1] + b[3]) * s)));
            if (c.x >= 0 && c.y >= 0 && c.x < D && c.y < D)
                cv::circle(blended, c, 2, cv::Scalar(255, 255, 255), cv::FILLED, cv::LINE_AA);
        }
    }
    return frame(blended, style.title, lo, hi, style.diverging, caption);
}

cv::Mat OverlayWriter::heatmap(const Grid& grid, const OverlayStyle& style)
{
    const int D = style.displaySize;
    float lo, hi;
    range(grid, style.diverging, style.fromZero, lo, hi);
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
