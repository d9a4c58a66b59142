#include "app/gui/panels/PanelData.h"

#include "engine/data/DatasetIndex.h"

#include <opencv2/imgproc.hpp>

#include <QCoreApplication>

#include <algorithm>

namespace arm {

QVector<float> PanelData::values(const Grid& grid)
{
    return QVector<float>(grid.values.begin(), grid.values.end());
}

QVector<QRectF> PanelData::rects(const CellGeometry& geometry)
{
    QVector<QRectF> out;
    out.reserve(static_cast<int>(geometry.boxes.size()));
    for (const auto& b : geometry.boxes)
        out << QRectF(QPointF(b[0], b[1]), QPointF(b[2], b[3]));
    return out;
}

QVector<QRectF> PanelData::rectsFor(const Grid& grid, const CellGeometry& geometry)
{
    if (grid.rows != geometry.rows || grid.cols != geometry.cols
        || geometry.boxes.size() != static_cast<std::size_t>(grid.rows) * grid.cols)
        return {};
    return rects(geometry);
}

QStringList PanelData::strings(const std::vector<std::string>& list)
{
    QStringList out;
    for (const auto& s : list)
        out << QString::fromStdString(s);
    return out;
}

QVector<double> PanelData::doubles(const std::vector<float>& list)
{
    return QVector<double>(list.begin(), list.end());
}

QImage PanelData::toQImage(const cv::Mat& image)
{
    if (image.empty() || image.depth() != CV_8U)
        return {};
    cv::Mat rgb;
    switch (image.channels()) {
    case 1: cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB); break;
    case 3: cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB); break;
    case 4: cv::cvtColor(image, rgb, cv::COLOR_BGRA2RGB); break;
    default: return {};
    }
    const QImage view(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step), QImage::Format_RGB888);
    return view.copy(); // detach from the Mat's buffer
}

QImage PanelData::modelView(const cv::Mat& image, int size)
{
    if (image.empty() || size <= 0)
        return {};
    cv::Mat resized;
    cv::resize(image, resized, cv::Size(size, size), 0, 0, cv::INTER_LINEAR);
    return toQImage(resized);
}

QImage PanelData::thumbnail(const cv::Mat& image, int size)
{
    if (image.empty() || size <= 0)
        return {};
    const double s = double(size) / std::max(image.cols, image.rows);
    cv::Mat resized;
    cv::resize(image, resized, cv::Size(std::max(1, int(image.cols * s + 0.5)), std::max(1, int(image.rows * s + 0.5))),
               0, 0, cv::INTER_AREA);
    return toQImage(resized);
}

QString PanelData::splitName(Split split)
{
    switch (split) {
    case Split::Train:
        return QCoreApplication::translate("arm::PanelData", "train split");
    case Split::Test:
        return QCoreApplication::translate("arm::PanelData", "test split");
    case Split::Validation:
        return QCoreApplication::translate("arm::PanelData", "validation split");
    }
    return {};
}

QString PanelData::className(const QStringList& names, int index)
{
    if (index < 0)
        return QStringLiteral("—");
    if (index < names.size())
        return names[index];
    return QCoreApplication::translate("arm::PanelData", "class %1").arg(index);
}

} // namespace arm
