#pragma once

#include "engine/model/ArmGeometry.h"
#include "engine/model/ArmHead.h"
#include "engine/model/ArmInternals.h"
#include "engine/core/ModelConfig.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <functional>

namespace arm {

// The FER network: ResNet features + (ARM head | avgpool) + fc, with the authors' parameter names:
// features.0.* (conv1), features.1.* (bn1), features.4..7.* (layer1..4, torchvision names inside),
// arm.de_albino.weight, arm.bn.*, arm.alpha, fc.{weight,bias}; plus our buffer arm.running_generic.
// Baseline archs have features.* and fc.* (Linear(C, classes) after global average pooling).
class FerNetImpl : public torch::nn::Module {
public:
    // Throws std::invalid_argument when the config or its geometry is impossible.
    explicit FerNetImpl(const ModelConfig& config);

    // x: (B, 3, inputSize, inputSize) normalised images -> logits (B, classes).
    torch::Tensor forward(const torch::Tensor& x);
    // The same forward, keeping every intermediate (see ArmInternals).
    ArmInternals forwardWithInternals(const torch::Tensor& x);

    const ModelConfig& config() const { return m_config; }
    const ArmGeometry& geometry() const { return m_geometry; }
    bool isArm() const { return m_geometry.isArm(); }

    GenericMode genericMode() const { return m_config.generic; }
    void setGenericMode(GenericMode mode);
    bool hasRunningGeneric() const { return isArm() && arm->hasRunningGeneric(); }
    torch::Tensor runningGeneric() const; // (o, o) CPU copy; undefined for baseline archs
    void setRunningGeneric(const torch::Tensor& grid);
    float alphaValue() const; // 0 for baseline archs

    // Sets the running generic feature to the mean F_unique over every image the callback yields
    // (eval mode, no grad; the model's train/eval state is restored). nextBatch returns (B, 3, H, W)
    // tensors and an undefined tensor at the end. Gives an authors' checkpoint a running feature.
    // Returns the number of images used; throws std::runtime_error when there were none.
    int64_t computeRunningGeneric(const std::function<torch::Tensor()>& nextBatch);

    torch::nn::Sequential features{nullptr};
    ArmHead arm{nullptr};
    torch::nn::Linear fc{nullptr};

private:
    void checkInput(const torch::Tensor& x) const;

    ModelConfig m_config;
    ArmGeometry m_geometry;
};
TORCH_MODULE(FerNet);

} // namespace arm
