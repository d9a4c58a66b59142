#include "engine/analysis/GradCam.h"

#include "engine/runtime/TensorConvert.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace arm {

Grid GradCam::cells(const torch::Tensor& features, const torch::Tensor& score, Grid* signedOut)
{
    if (!features.defined() || features.dim() != 4 || features.size(0) != 1)
        throw std::invalid_argument("Grad-CAM: features must be (1, C, S, S)");
    if (!features.requires_grad() || !score.defined() || score.numel() != 1 || !score.requires_grad())
        throw std::invalid_argument("Grad-CAM: the score must be a scalar computed from features that require grad");
    const torch::Tensor grad =
        torch::autograd::grad({score.reshape({})}, {features}, {}, /*retain_graph=*/false, /*create_graph=*/false,
                              /*allow_unused=*/true)[0];
    torch::NoGradGuard noGrad;
    const torch::Tensor f = features.detach()[0];
    if (!grad.defined()) {
        if (signedOut)
            *signedOut = Grid(static_cast<int>(f.size(1)), static_cast<int>(f.size(2)));
        return Grid(static_cast<int>(f.size(1)), static_cast<int>(f.size(2)));
    }
    const torch::Tensor w = grad[0].mean(std::vector<int64_t>{1, 2}); // (C)
    const torch::Tensor raw = (w.view({-1, 1, 1}) * f).sum(0);
    if (signedOut)
        *signedOut = TensorConvert::toGrid(raw);
    return TensorConvert::toGrid(torch::relu(raw));
}

Grid GradCam::normalised(const Grid& g)
{
    Grid out = g;
    const float m = g.empty() ? 0.0f : g.maxValue();
    if (m > 0.0f)
        for (float& v : out.values)
            v = std::max(0.0f, v / m);
    return out;
}

Grid GradCam::cellContributions(const torch::Tensor& fcWeightRow, const torch::Tensor& fExpression)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor e = fExpression.detach().to(torch::kCPU, torch::kFloat32);
    const torch::Tensor w = fcWeightRow.detach().to(torch::kCPU, torch::kFloat32);
    if (e.dim() != 2 || w.numel() != e.numel())
        throw std::invalid_argument("cell contributions: fc row of " + std::to_string(w.numel()) +
                                    " weights does not match F_expression " + c10::str(e.sizes()));
    return TensorConvert::toGrid(w.reshape(e.sizes()) * e);
}

} // namespace arm
