#include "engine/analysis/ReceptiveField.h"

#include "engine/model/ResNet.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace arm {

namespace {

// The walk's state: the valid-fraction map and the 1-D box recursion (square layers, so one axis suffices):
// output o of the current layer sees input pixels [start + o*jump, start + o*jump + size).
struct Walk {
    Grid v;
    double start = 0.0;
    int size = 1;
    int jump = 1;
};

struct KSP {
    int k, s, p;
};

KSP convParams(const torch::nn::Conv2dImpl& c)
{
    const auto& o = c.options;
    const auto* pad = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
    if (!pad)
        throw std::invalid_argument("receptive field: 'same'/'valid' string padding is not supported");
    if ((*o.kernel_size())[0] != (*o.kernel_size())[1] || (*o.stride())[0] != (*o.stride())[1] || (**pad)[0] != (**pad)[1] ||
        (*o.dilation())[0] != 1 || (*o.dilation())[1] != 1)
        throw std::invalid_argument("receptive field: only square, undilated convolutions are supported");
    return {static_cast<int>((*o.kernel_size())[0]), static_cast<int>((*o.stride())[0]), static_cast<int>((**pad)[0])};
}

KSP poolParams(const torch::nn::MaxPool2dImpl& m)
{
    const auto& o = m.options;
    if (o.ceil_mode() || (*o.dilation())[0] != 1)
        throw std::invalid_argument("receptive field: ceil-mode or dilated pooling is not supported");
    return {static_cast<int>((*o.kernel_size())[0]), static_cast<int>((*o.stride())[0]), static_cast<int>((*o.padding())[0])};
}

Walk step(const Walk& in, const KSP& l)
{
    Walk out;
    out.v = ReceptiveField::propagateValid(in.v, l.k, l.s, l.p);
    out.start = in.start - l.p * in.jump;
    out.size = in.size + (l.k - 1) * in.jump;
    out.jump = in.jump * l.s;
    return out;
}

Walk stepConv(const Walk& in, const torch::nn::Conv2d& c) { return step(in, convParams(*c)); }

// Residual block: main path and skip path are summed, so the valid fraction is the mean of the two;
// the main path's box contains the skip path's, so it is the block's box.
Walk stepResidual(const Walk& in, const Walk& main, const torch::nn::Sequential& downsample)
{
    Walk skip = in;
    if (downsample) {
        for (const auto& child : downsample->children())
            if (auto* c = child->as<torch::nn::Conv2d>())
                skip = step(skip, convParams(*c));
    }
    if (skip.v.rows != main.v.rows || skip.v.cols != main.v.cols)
        throw std::invalid_argument("receptive field: residual paths of different sizes");
    Walk out = main;
    for (std::size_t i = 0; i < out.v.values.size(); ++i)
        out.v.values[i] = 0.5f * (main.v.values[i] + skip.v.values[i]);
    return out;
}

Walk walkModule(const Walk& in, const std::shared_ptr<torch::nn::Module>& m)
{
    if (auto* c = m->as<torch::nn::Conv2d>())
        return step(in, convParams(*c));
    if (auto* p = m->as<torch::nn::MaxPool2d>())
        return step(in, poolParams(*p));
    if (auto* b = m->as<BasicBlock>()) {
        const Walk main = stepConv(stepConv(in, b->conv1), b->conv2);
        return stepResidual(in, main, b->downsample);
    }
    if (auto* b = m->as<Bottleneck>()) {
        const Walk main = stepConv(stepConv(stepConv(in, b->conv1), b->conv2), b->conv3);
        return stepResidual(in, main, b->downsample);
    }
    if (m->as<ResNetLayer>() || m->as<torch::nn::Sequential>()) {
        Walk w = in;
        for (const auto& child : m->children())
            w = walkModule(w, child);
        return w;
    }
    // BatchNorm, ReLU and other pointwise modules keep the geometry.
    if (m->as<torch::nn::BatchNorm2d>() || m->as<torch::nn::ReLU>())
        return in;
    throw std::invalid_argument("receptive field: cannot interpret backbone module " + m->name());
}

} // namespace

Grid ReceptiveField::propagateValid(const Grid& in, int kernel, int stride, int padding)
{
    if (kernel < 1 || stride < 1 || padding < 0)
        throw std::invalid_argument("propagateValid: kernel and stride must be >= 1, padding >= 0");
    const int outR = (in.rows + 2 * padding - kernel) / stride + 1;
    const int outC = (in.cols + 2 * padding - kernel) / stride + 1;
    if (outR < 1 || outC < 1)
        throw std::invalid_argument("propagateValid: the kernel does not fit the map");
    Grid out(outR, outC);
    // Division (not multiplication by 1/k^2) keeps a fully valid field at exactly 1, so erosion is exactly 0.
    const double taps = static_cast<double>(kernel) * kernel;
    for (int oy = 0; oy < outR; ++oy) {
        for (int ox = 0; ox < outC; ++ox) {
            double sum = 0.0;
            for (int a = 0; a < kernel; ++a) {
                const int y = oy * stride - padding + a;
                if (y < 0 || y >= in.rows)
                    continue;
                for (int b = 0; b < kernel; ++b) {
                    const int x = ox * stride - padding + b;
                    if (x >= 0 && x < in.cols)
                        sum += in.at(y, x);
                }
            }
            out.at(oy, ox) = static_cast<float>(sum / taps);
        }
    }
    return out;
}

ReceptiveField ReceptiveField::analyse(const torch::nn::Sequential& features, int inputSize)
{
    if (inputSize < 1)
        throw std::invalid_argument("receptive field: input size must be positive");
    Walk w;
    w.v = Grid(inputSize, inputSize, 1.0f);
    for (const auto& child : features->children())
        w = walkModule(w, child);
    ReceptiveField rf;
    rf.validFraction = w.v;
    rf.erosion = Grid(w.v.rows, w.v.cols);
    for (std::size_t i = 0; i < w.v.values.size(); ++i)
        rf.erosion.values[i] = std::clamp(1.0f - w.v.values[i], 0.0f, 1.0f);
    rf.jump = w.jump;
    rf.size = w.size;
    rf.cells.rows = w.v.rows;
    rf.cells.cols = w.v.cols;
    for (int r = 0; r < w.v.rows; ++r) {
        for (int c = 0; c < w.v.cols; ++c) {
            const float x0 = static_cast<float>(w.start + c * w.jump), y0 = static_cast<float>(w.start + r * w.jump);
            rf.cells.boxes.push_back({x0, y0, x0 + w.size, y0 + w.size});
        }
    }
    return rf;
}

Grid ReceptiveField::projectToImage(const Grid& grid, const CellGeometry& cells, int imageSize)
{
    if (grid.rows != cells.rows || grid.cols != cells.cols ||
        cells.boxes.size() != static_cast<std::size_t>(cells.rows) * cells.cols || grid.empty())
        throw std::invalid_argument("projectToImage: grid and cell geometry do not match");
    // Box centres along each axis (the boxes form a lattice: rows share y, columns share x).
    std::vector<float> cy(grid.rows), cx(grid.cols);
    for (int r = 0; r < grid.rows; ++r) {
        const auto& b = cells.boxes[static_cast<std::size_t>(r) * cells.cols];
        cy[r] = 0.5f * (b[1] + b[3]);
    }
    for (int c = 0; c < grid.cols; ++c) {
        const auto& b = cells.boxes[static_cast<std::size_t>(c)];
        cx[c] = 0.5f * (b[0] + b[2]);
    }
    // Index + weight of the lower neighbour for each pixel centre (p + 0.5).
    auto axis = [](const std::vector<float>& centres, int n, std::vector<int>& idx, std::vector<float>& wt) {
        idx.resize(n);
        wt.resize(n);
        const int m = static_cast<int>(centres.size());
        for (int p = 0; p < n; ++p) {
            const float x = p + 0.5f;
            if (m == 1 || x <= centres.front()) {
                idx[p] = 0;
                wt[p] = 1.0f;
                continue;
            }
            if (x >= centres.back()) {
                idx[p] = m - 2;
                wt[p] = 0.0f;
                continue;
            }
            int i = static_cast<int>(std::upper_bound(centres.begin(), centres.end(), x) - centres.begin()) - 1;
            i = std::clamp(i, 0, m - 2);
            idx[p] = i;
            wt[p] = 1.0f - (x - centres[i]) / (centres[i + 1] - centres[i]);
        }
    };
    std::vector<int> iy, ix;
    std::vector<float> wy, wx;
    axis(cy, imageSize, iy, wy);
    axis(cx, imageSize, ix, wx);
    Grid out(imageSize, imageSize);
    auto val = [&grid](int r, int c) {
        return grid.at(std::min(r, grid.rows - 1), std::min(c, grid.cols - 1));
    };
    for (int y = 0; y < imageSize; ++y) {
        for (int x = 0; x < imageSize; ++x) {
            const int r = iy[y], c = ix[x];
            const float a = wy[y], b = wx[x];
            out.at(y, x) = a * (b * val(r, c) + (1 - b) * val(r, c + 1)) +
                           (1 - a) * (b * val(r + 1, c) + (1 - b) * val(r + 1, c + 1));
        }
    }
    return out;
}

} // namespace arm
