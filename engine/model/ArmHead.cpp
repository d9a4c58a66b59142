#include "engine/model/ArmHead.h"

#include <torch/torch.h>

#include <stdexcept>

namespace arm {

ArmHeadImpl::ArmHeadImpl(const ArmGeometry& geometry, GenericMode mode, double runningMomentum)
    : de_albino(torch::nn::Conv2dOptions(1, 1, ArmGeometry::kDealbinoKernel)
                    .stride(ArmGeometry::kDealbinoStride)
                    .padding(0)
                    .bias(false)),
      bn(ArmGeometry::kArrangedChannels),
      m_mode(mode),
      m_momentum(runningMomentum),
      m_size(geometry.dealbinoSize)
{
    register_module("de_albino", de_albino);
    register_module("bn", bn);
    // The authors' nn.Parameter(torch.tensor([1.0])): shape [1], initial value 1.
    alpha = register_parameter("alpha", torch::ones({1}));
    running_generic = register_buffer("running_generic", torch::zeros({m_size, m_size}));
}

torch::Tensor ArmHeadImpl::dealbino(const torch::Tensor& arranged)
{
    // The authors loop over the 2 maps with one shared single-channel kernel and concatenate; folding
    // the maps into the batch gives the same numbers with one conv call.
    const auto B = arranged.size(0), C = arranged.size(1), A = arranged.size(2);
    const torch::Tensor folded = arranged.reshape({B * C, 1, A, arranged.size(3)});
    const torch::Tensor out = de_albino->forward(folded);
    return out.reshape({B, C, out.size(2), out.size(3)});
}

void ArmHeadImpl::setRunningGeneric(const torch::Tensor& grid)
{
    if (grid.dim() != 2 || grid.size(0) != m_size || grid.size(1) != m_size)
        throw std::invalid_argument("running generic feature must be " + std::to_string(m_size) + "x" +
                                    std::to_string(m_size) + ", got " + c10::str(grid.sizes()));
    torch::NoGradGuard noGrad;
    running_generic.copy_(grid.to(running_generic.options()));
    m_runningValid = true;
}

void ArmHeadImpl::forward(const torch::Tensor& arranged, ArmInternals& out)
{
    out.dealbinoRaw = dealbino(arranged);
    out.dealbinoBn = bn->forward(out.dealbinoRaw);
    out.fUnique = out.dealbinoBn.mean(1); // (B, o, o)
    switch (m_mode) {
    case GenericMode::Batch:
        // The authors' global_mean = x.mean(dim=[0, 1]) on the BN output, in eval too.
        out.fGeneric = out.dealbinoBn.mean(std::vector<int64_t>{0, 1});
        break;
    case GenericMode::Running:
        if (is_training()) {
            out.fGeneric = out.dealbinoBn.mean(std::vector<int64_t>{0, 1});
            torch::NoGradGuard noGrad;
            const torch::Tensor batchMean = out.fGeneric.detach().to(running_generic.scalar_type());
            if (!m_runningValid) {
                // First update copies the batch mean: an EMA started from zeros would need ~1/momentum
                // batches before eval predictions stop being biased towards F_generic = 0.
                running_generic.copy_(batchMean);
                m_runningValid = true;
            } else {
                running_generic.mul_(1.0 - m_momentum).add_(batchMean, m_momentum);
            }
        } else {
            if (!m_runningValid)
                throw std::runtime_error(
                    "generic mode 'running' needs a running generic feature, but this model has none yet "
                    "(train in running mode, or compute one from a dataset, or use --generic batch)");
            out.fGeneric = running_generic.to(out.fUnique.scalar_type());
        }
        break;
    case GenericMode::None:
        out.fGeneric = torch::zeros({out.fUnique.size(1), out.fUnique.size(2)}, out.fUnique.options());
        break;
    }
    out.fExpression = out.fUnique + alpha * out.fGeneric;
}

} // namespace arm
