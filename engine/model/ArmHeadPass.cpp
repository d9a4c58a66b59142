#include "engine/model/ArmHeadPass.h"

#include "engine/model/FerNet.h"

#include <torch/torch.h>

#include <stdexcept>

namespace arm {

ArmInternals ArmHeadPass::run(FerNetImpl& net, const torch::Tensor& features, GenericMode mode)
{
    ArmInternals out;
    out.features = features;
    if (!net.isArm()) {
        out.logits = net.fc->forward(torch::adaptive_avg_pool2d(features, {1, 1}).flatten(1));
        return out;
    }
    out.arranged = torch::pixel_shuffle(features, net.geometry().arrangeFactor);
    out.dealbinoRaw = net.arm->dealbino(out.arranged);
    out.dealbinoBn = net.arm->bn->forward(out.dealbinoRaw);
    out.fUnique = out.dealbinoBn.mean(1);
    switch (mode) {
    case GenericMode::Batch:
        out.fGeneric = out.dealbinoBn.mean(std::vector<int64_t>{0, 1});
        break;
    case GenericMode::Running:
        if (!net.hasRunningGeneric())
            throw std::runtime_error("generic mode 'running' needs a running generic feature, but this model has "
                                     "none (use batch mode, or compute one from a dataset)");
        out.fGeneric = net.arm->running_generic.to(out.fUnique.scalar_type());
        break;
    case GenericMode::None:
        out.fGeneric = torch::zeros({out.fUnique.size(1), out.fUnique.size(2)}, out.fUnique.options());
        break;
    }
    out.alpha = net.alphaValue();
    out.fExpression = out.fUnique + net.arm->alpha * out.fGeneric;
    out.logits = net.fc->forward(out.fExpression.flatten(1));
    return out;
}

torch::Tensor ArmHeadPass::aloneLogits(FerNetImpl& net, const ArmInternals& parts)
{
    if (!net.isArm())
        return parts.logits;
    return net.fc->forward(((1 + net.arm->alpha) * parts.fUnique).flatten(1));
}

} // namespace arm
