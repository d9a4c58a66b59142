#include "engine/model/FerNet.h"

#include "engine/model/ResNet.h"

#include <torch/torch.h>

#include <stdexcept>

namespace arm {

FerNetImpl::FerNetImpl(const ModelConfig& config)
    : m_config(config), m_geometry(ArmGeometry::compute(config))
{
    m_config.validate();
    features = register_module("features", ResNet::makeFeatures(resnetDepth(config.arch)));
    if (m_geometry.isArm())
        arm = register_module("arm", ArmHead(m_geometry, config.generic, config.runningMomentum));
    fc = register_module("fc", torch::nn::Linear(m_geometry.fcWidth, config.numClasses));
}

void FerNetImpl::setGenericMode(GenericMode mode)
{
    m_config.generic = mode;
    if (arm)
        arm->setMode(mode);
}

torch::Tensor FerNetImpl::runningGeneric() const
{
    if (!arm)
        return {};
    return arm->running_generic.detach().to(torch::kCPU).clone();
}

void FerNetImpl::setRunningGeneric(const torch::Tensor& grid)
{
    if (!arm)
        throw std::invalid_argument(toString(m_config.arch) + " has no ARM head, hence no running generic feature");
    arm->setRunningGeneric(grid);
}

float FerNetImpl::alphaValue() const
{
    return arm ? arm->alpha.detach().to(torch::kCPU).item<float>() : 0.0f;
}

void FerNetImpl::checkInput(const torch::Tensor& x) const
{
    if (!x.defined() || x.dim() != 4 || x.size(1) != 3)
        throw std::invalid_argument("model input must be (B, 3, H, W) images, got " +
                                    (x.defined() ? c10::str(x.sizes()) : std::string("an undefined tensor")));
    // The ARM's fc width depends on the input size; the baseline pools globally and takes any size.
    if (isArm() && (x.size(2) != m_config.inputSize || x.size(3) != m_config.inputSize))
        throw std::invalid_argument(toString(m_config.arch) + " was built for " + std::to_string(m_config.inputSize) +
                                    "x" + std::to_string(m_config.inputSize) + " input, got " +
                                    std::to_string(x.size(2)) + "x" + std::to_string(x.size(3)));
}

ArmInternals FerNetImpl::forwardWithInternals(const torch::Tensor& x)
{
    checkInput(x);
    ArmInternals out;
    out.features = features->forward(x);
    if (!isArm()) {
        const torch::Tensor pooled = torch::adaptive_avg_pool2d(out.features, {1, 1}).flatten(1);
        out.logits = fc->forward(pooled);
        return out;
    }
    out.arranged = torch::pixel_shuffle(out.features, m_geometry.arrangeFactor);
    arm->forward(out.arranged, out);
    out.alpha = alphaValue();
    out.logits = fc->forward(out.fExpression.flatten(1));
    return out;
}

torch::Tensor FerNetImpl::forward(const torch::Tensor& x)
{
    checkInput(x);
    const torch::Tensor f = features->forward(x);
    if (!isArm())
        return fc->forward(torch::adaptive_avg_pool2d(f, {1, 1}).flatten(1));
    ArmInternals parts;
    arm->forward(torch::pixel_shuffle(f, m_geometry.arrangeFactor), parts);
    return fc->forward(parts.fExpression.flatten(1));
}

int64_t FerNetImpl::computeRunningGeneric(const std::function<torch::Tensor()>& nextBatch)
{
    if (!arm)
        throw std::invalid_argument(toString(m_config.arch) + " has no ARM head, hence no running generic feature");
    const bool wasTraining = is_training();
    eval();
    torch::NoGradGuard noGrad;
    const auto device = arm->alpha.device();
    torch::Tensor sum = torch::zeros({m_geometry.dealbinoSize, m_geometry.dealbinoSize},
                                     torch::TensorOptions().dtype(torch::kFloat64).device(device));
    int64_t count = 0;
    try {
        for (torch::Tensor batch = nextBatch(); batch.defined(); batch = nextBatch()) {
            checkInput(batch);
            const torch::Tensor f = features->forward(batch.to(device));
            ArmInternals parts;
            parts.dealbinoRaw = arm->dealbino(torch::pixel_shuffle(f, m_geometry.arrangeFactor));
            const torch::Tensor unique = arm->bn->forward(parts.dealbinoRaw).mean(1);
            sum += unique.to(torch::kFloat64).sum(0);
            count += batch.size(0);
        }
    } catch (...) {
        train(wasTraining);
        throw;
    }
    train(wasTraining);
    if (count == 0)
        throw std::runtime_error("cannot compute a running generic feature from zero images");
    arm->setRunningGeneric((sum / static_cast<double>(count)).to(torch::kFloat32));
    return count;
}

} // namespace arm
