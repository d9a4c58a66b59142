#pragma once

#include "engine/core/Grid.h"
#include "engine/analysis/ImageAnalysis.h"

#include <opencv2/core/mat.hpp>

#include <QImage>
#include <QRectF>
#include <QStringList>
#include <QVector>

#include <string>
#include <vector>

namespace arm {

enum class Split; // engine/data/DatasetIndex.h

// Conversions from the engine's torch-free result structs to what the widgets take.
class PanelData {
public:
    static QVector<float> values(const Grid& grid);
    static QVector<QRectF> rects(const CellGeometry& geometry);
    // Empty unless the geometry matches the grid's shape.
    static QVector<QRectF> rectsFor(const Grid& grid, const CellGeometry& geometry);
    static QStringList strings(const std::vector<std::string>& list);
    static QVector<double> doubles(const std::vector<float>& list);
    // BGR / gray / BGRA cv::Mat -> RGB888 QImage (deep copy). Null for an empty or unsupported Mat.
    static QImage toQImage(const cv::Mat& image);
    // The image resized to size x size bilinearly (what the evaluation transform feeds the model).
    static QImage modelView(const cv::Mat& image, int size);
    // Fitting inside size x size, keeping the aspect ratio (thumbnails).
    static QImage thumbnail(const cv::Mat& image, int size);
    // "name" of class `index`, or "—" / "class N" when out of range.
    static QString className(const QStringList& names, int index);
    // "test split" in the interface language (the engine's split names are English identifiers).
    static QString splitName(Split split);
};

} // namespace arm
