#include "engine/analysis/DeAlbinoCoverage.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace arm {

Grid DeAlbinoCoverage::coverage(const Grid& kernel, int mapSize, int stride, int padding)
{
    if (kernel.empty() || mapSize < 1 || stride < 1 || padding < 0)
        throw std::invalid_argument("coverage: need a kernel, a positive map size and stride, padding >= 0");
    const int outR = (mapSize + 2 * padding - kernel.rows) / stride + 1;
    const int outC = (mapSize + 2 * padding - kernel.cols) / stride + 1;
    if (mapSize + 2 * padding < kernel.rows || mapSize + 2 * padding < kernel.cols)
        throw std::invalid_argument("coverage: the kernel is larger than the padded map");
    Grid cov(mapSize, mapSize);
    for (int oy = 0; oy < outR; ++oy) {
        for (int ox = 0; ox < outC; ++ox) {
            for (int a = 0; a < kernel.rows; ++a) {
                const int y = oy * stride - padding + a;
                if (y < 0 || y >= mapSize)
                    continue;
                for (int b = 0; b < kernel.cols; ++b) {
                    const int x = ox * stride - padding + b;
                    if (x >= 0 && x < mapSize)
                        cov.at(y, x) += std::fabs(kernel.at(a, b));
                }
            }
        }
    }
    return cov;
}

Grid DeAlbinoCoverage::foldToBackbone(const Grid& arranged, int backboneSize)
{
    if (backboneSize < 1 || arranged.rows != arranged.cols || arranged.rows % backboneSize != 0)
        throw std::invalid_argument("foldToBackbone: the arranged map (" + std::to_string(arranged.rows) +
                                    ") is not a multiple of the backbone size (" + std::to_string(backboneSize) + ")");
    const int r = arranged.rows / backboneSize;
    Grid out(backboneSize, backboneSize);
    for (int h = 0; h < backboneSize; ++h)
        for (int w = 0; w < backboneSize; ++w) {
            double sum = 0.0;
            for (int i = 0; i < r; ++i)
                for (int j = 0; j < r; ++j)
                    sum += arranged.at(r * h + i, r * w + j);
            out.at(h, w) = static_cast<float>(sum / (r * r));
        }
    return out;
}

CellGeometry DeAlbinoCoverage::dealbinoCells(const CellGeometry& backbone, int arrangedSize, int kernel, int stride)
{
    if (backbone.rows < 1 || arrangedSize % backbone.rows != 0 || arrangedSize < kernel)
        throw std::invalid_argument("dealbinoCells: arranged size does not fit the backbone grid or the kernel");
    const int r = arrangedSize / backbone.rows;
    const int o = (arrangedSize - kernel) / stride + 1;
    CellGeometry cells;
    cells.rows = cells.cols = o;
    auto box = [&backbone](int row, int col) { return backbone.boxes[static_cast<std::size_t>(row) * backbone.cols + col]; };
    for (int p = 0; p < o; ++p) {
        const int r0 = stride * p / r, r1 = (stride * p + kernel - 1) / r;
        for (int q = 0; q < o; ++q) {
            const int c0 = stride * q / r, c1 = (stride * q + kernel - 1) / r;
            const auto a = box(r0, c0), b = box(r1, c1);
            cells.boxes.push_back({std::min(a[0], b[0]), std::min(a[1], b[1]), std::max(a[2], b[2]), std::max(a[3], b[3])});
        }
    }
    return cells;
}

} // namespace arm
