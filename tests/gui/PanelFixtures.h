#pragma once
// Hand-built analysis results and a small decodable dataset for the panel tests. The numbers are
// plausible (shapes of resnet18-arm at 112 or 224 px, receptive fields from the stride-32 backbone)
// but every value is computed from its cell index, so a test can predict exactly what is shown.

#include "engine/analysis/AffinityResult.h"
#include "app/gui/Workspace.h"
#include "engine/data/DatasetIndex.h"
#include "engine/model/ModelHandle.h"
#include "engine/analysis/ImageAnalysis.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QTemporaryDir>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace fixtures {

inline std::vector<std::string> classNames()
{
    return {"surprise", "fear", "disgust", "happiness", "sadness", "anger", "neutral"};
}

// A grid whose value at (r, c) is f(r, c).
template <typename F> arm::Grid grid(int rows, int cols, F f)
{
    arm::Grid g(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            g.at(r, c) = float(f(r, c));
    return g;
}

// Boxes of n x n cells with the given stride, offset and field size (input pixels).
inline arm::CellGeometry cells(int n, double stride, double centre0, double field)
{
    arm::CellGeometry g;
    g.rows = g.cols = n;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const float cx = float(centre0 + c * stride), cy = float(centre0 + r * stride);
            g.boxes.push_back({cx - float(field / 2), cy - float(field / 2), cx + float(field / 2), cy + float(field / 2)});
        }
    return g;
}

// resnet18-arm shapes: S = input/32 (7 at 224, 4 at 112), A = 16 S, o = (A - 32) / 8 + 1.
inline arm::ImageAnalysis analysis(int inputSize = 224, bool arm = true)
{
    arm::ImageAnalysis a;
    a.inputSize = inputSize;
    a.classNames = classNames();
    const int k = int(a.classNames.size());
    a.logits.resize(std::size_t(k));
    a.probabilities.resize(std::size_t(k));
    double sum = 0;
    for (int i = 0; i < k; ++i) {
        a.logits[std::size_t(i)] = float(i == 3 ? 2.5 : 0.3 * i - 0.5);
        sum += std::exp(a.logits[std::size_t(i)]);
    }
    for (int i = 0; i < k; ++i)
        a.probabilities[std::size_t(i)] = float(std::exp(a.logits[std::size_t(i)]) / sum);
    a.predicted = 3;
    const int s = (inputSize + 31) / 32;
    const int side = 16 * s;
    const int o = (side - 32) / 8 + 1;
    const double centre = s / 2.0 - 0.5;
    a.backboneCells = cells(s, 32.0, 16.0, 435.0);
    a.erosionAnalytic = grid(s, s, [&](int r, int c) { return std::max(std::abs(r - centre), std::abs(c - centre)) / (centre + 1); });
    a.erosionMeasured = grid(s, s, [&](int r, int c) { return 0.02 + 0.05 * (r + 2 * c) / s; });
    a.borderErosion = 0.21;
    a.centreErosion = 0.04;
    a.gradCam = grid(inputSize, inputSize, [&](int r, int c) {
        const double dx = (c - 0.5 * inputSize) / inputSize, dy = (r - 0.62 * inputSize) / inputSize;
        return std::exp(-(dx * dx + dy * dy) / 0.02);
    });
    a.gradCamClass = 3;
    if (arm) {
        a.kernel = grid(32, 32, [](int r, int c) { return 0.02 * std::cos(r / 5.0) * std::sin(c / 7.0 + 0.3); });
        a.coverageArranged = grid(side, side, [](int r, int c) { return double(r + c + 1); });
        a.coverageBackbone = grid(s, s, [&](int r, int c) {
            return 8.0 - std::abs(r - centre) - std::abs(c - centre) + 0.1 * c;
        });
        a.coverageImage = grid(inputSize, inputSize, [](int r, int c) { return double(r * c); });
        for (int ch = 0; ch < 2; ++ch) {
            a.arranged[std::size_t(ch)] = grid(side, side, [&](int r, int c) { return std::max(0.0, std::sin(r * 0.3 + ch) * std::cos(c * 0.2)); });
            a.dealbinoRaw[std::size_t(ch)] = grid(o, o, [&](int r, int c) { return (r - c) * 0.3 + ch; });
            a.dealbinoBn[std::size_t(ch)] = grid(o, o, [&](int r, int c) { return (r - c) * 0.1 - ch * 0.2; });
        }
        a.alpha = 0.25f;
        a.fUnique = grid(o, o, [&](int r, int c) { return 0.5 * (a.dealbinoBn[0].at(r, c) + a.dealbinoBn[1].at(r, c)); });
        a.fGenericScaled = grid(o, o, [&](int r, int c) { return a.alpha * (0.1 * r - 0.05 * c); });
        a.fExpression = grid(o, o, [&](int r, int c) { return a.fUnique.at(r, c) + a.fGenericScaled.at(r, c); });
        a.cellContribution = grid(o, o, [&](int r, int c) { return 0.1 * (c - r) + 0.01 * r * c; });
        a.cellContributionImage = grid(inputSize, inputSize, [](int, int) { return 0.0; });
        // A de-albino cell's window is 32 arranged positions = 2 backbone cells = 64 input px, stride 16 px.
        a.dealbinoCells = cells(o, 16.0, 32.0, 64.0);
    }
    a.milliseconds = 123.0;
    return a;
}

inline arm::AffinityResult affinity(const std::vector<int>& labels)
{
    arm::AffinityResult r;
    const int b = int(labels.size());
    r.labels = labels;
    r.expressionCosine = grid(b, b, [&](int i, int j) { return i == j ? 1.0 : (labels[std::size_t(i)] == labels[std::size_t(j)] ? 0.8 : 0.2) - 0.01 * (i + j); });
    r.uniqueCosine = grid(b, b, [&](int i, int j) { return i == j ? 1.0 : 0.5 - 0.02 * (i + j); });
    r.classAffinity = grid(7, 7, [](int i, int j) { return i == j ? 0.8 : 0.1 * ((i + j) % 3); });
    for (int i = 0; i < b; ++i) {
        r.sharedShare.push_back(0.1f + 0.05f * i);
        r.predictedAlone.push_back(labels[std::size_t(i)]);
        r.predictedInBatch.push_back(i == 1 ? (labels[1] + 1) % 7 : labels[std::size_t(i)]);
        r.predictedRunning.push_back(labels[std::size_t(i)]);
        r.maxProbabilityShift.push_back(i == 1 ? 0.4f : 0.02f);
    }
    r.milliseconds = 42.0;
    return r;
}

// A dataset of `count` decodable PNG images (a coloured disc per class), labels i % classes.
inline std::shared_ptr<arm::DatasetIndex> dataset(const QString& root, int count, int size = 64)
{
    auto index = std::make_shared<arm::DatasetIndex>();
    index->root = root.toStdString();
    index->format = arm::DatasetFormat::Folder;
    index->classNames = classNames();
    QDir().mkpath(root);
    for (int i = 0; i < count; ++i) {
        const int label = i % int(index->classNames.size());
        QImage image(size, size, QImage::Format_RGB888);
        image.fill(QColor(90 + 5 * i % 100, 100, 120));
        QPainter p(&image);
        p.setBrush(QColor::fromHsv(label * 50, 160, 220));
        p.drawEllipse(QPointF(size / 2.0, size / 2.0), size / 3.0, size / 2.5);
        p.end();
        const QString path = QStringLiteral("%1/img_%2.png").arg(root).arg(i, 3, 10, QLatin1Char('0'));
        image.save(path);
        arm::Sample s;
        s.name = QStringLiteral("img_%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        s.path = path.toStdString();
        s.label = label;
        s.split = i % 4 == 3 ? arm::Split::Test : arm::Split::Train;
        index->samples.push_back(s);
    }
    return index;
}

// The usual panel-test workspace: `count` generated images under dir/d and a fresh (untrained)
// ResNet-18+ARM model at `inputSize`.
inline void openDatasetAndModel(arm::Workspace& ws, const QTemporaryDir& dir, int count, int inputSize = 112)
{
    ws.setDataset(dataset(dir.filePath(QStringLiteral("d")), count));
    arm::ModelConfig config;
    config.inputSize = inputSize;
    ws.setModel(arm::ModelHandle::create(config));
}

} // namespace fixtures
