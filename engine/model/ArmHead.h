#pragma once

#include "engine/model/ArmGeometry.h"
#include "engine/model/ArmInternals.h"
#include "engine/core/ModelConfig.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace arm {

// The Amend Representation Module after the arrangement: de-albino + BN + sharing affinity.
// Parameter names are the authors' (arm.de_albino.weight, arm.bn.*, arm.alpha). The buffer
// `running_generic` is ours (running mode); it is left out of authors'-format export and is not
// expected by strict loading of an authors' checkpoint.
class ArmHeadImpl : public torch::nn::Module {
public:
    ArmHeadImpl(const ArmGeometry& geometry, GenericMode mode, double runningMomentum);

    // arranged (B, 2, A, A) -> fills dealbinoRaw, dealbinoBn, fUnique, fGeneric, alpha, fExpression.
    void forward(const torch::Tensor& arranged, ArmInternals& out);
    // Just the de-albino conv on every map, channels folded into the batch: ONE conv call.
    torch::Tensor dealbino(const torch::Tensor& arranged);

    GenericMode mode() const { return m_mode; }
    void setMode(GenericMode mode) { m_mode = mode; }
    double momentum() const { return m_momentum; }
    void setMomentum(double m) { m_momentum = m; }
    // False until a training forward in running mode, setRunningGeneric() or a checkpoint provided one.
    bool hasRunningGeneric() const { return m_runningValid; }
    void setRunningGeneric(const torch::Tensor& grid); // (o, o); throws std::invalid_argument on shape
    void markRunningGenericValid(bool valid) { m_runningValid = valid; }

    torch::nn::Conv2d de_albino{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
    torch::Tensor alpha;
    torch::Tensor running_generic;

private:
    GenericMode m_mode;
    double m_momentum;
    bool m_runningValid = false;
    int m_size;
};
TORCH_MODULE(ArmHead);

} // namespace arm
