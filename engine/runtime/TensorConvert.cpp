#include "engine/runtime/TensorConvert.h"

#include <torch/torch.h>

#include <cstring>
#include <stdexcept>

namespace arm {

Grid TensorConvert::toGrid(const torch::Tensor& t)
{
    torch::Tensor m = t.detach().to(torch::kCPU, torch::kFloat32);
    while (m.dim() > 2 && m.size(0) == 1)
        m = m.squeeze(0);
    if (m.dim() != 2)
        throw std::invalid_argument("toGrid: expected a 2-D tensor, got " + std::to_string(m.dim()) + "-D");
    m = m.contiguous();
    Grid g(static_cast<int>(m.size(0)), static_cast<int>(m.size(1)));
    std::memcpy(g.values.data(), m.data_ptr<float>(), g.values.size() * sizeof(float));
    return g;
}

torch::Tensor TensorConvert::toTensor(const Grid& g)
{
    if (static_cast<std::size_t>(g.rows) * g.cols != g.values.size())
        throw std::invalid_argument("toTensor: grid size does not match its shape");
    return torch::from_blob(const_cast<float*>(g.values.data()), {g.rows, g.cols}, torch::kFloat32).clone();
}

} // namespace arm
