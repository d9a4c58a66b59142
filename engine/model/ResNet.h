#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace arm {

// torchvision's ResNet blocks with torchvision's parameter names (conv1, bn1, conv2, bn2[, conv3, bn3],
// downsample.0 = 1x1 conv, downsample.1 = BN) so PyTorch checkpoints map onto them one to one.
class BasicBlockImpl : public torch::nn::Module {
public:
    static constexpr int kExpansion = 1;
    BasicBlockImpl(int inplanes, int planes, int stride, bool downsample);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(BasicBlock);

// torchvision v1.5 bottleneck: the stride sits on the 3x3 conv (conv2).
class BottleneckImpl : public torch::nn::Module {
public:
    static constexpr int kExpansion = 4;
    BottleneckImpl(int inplanes, int planes, int stride, bool downsample);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

// One residual stage (layerK). A plain nn::Sequential cannot sit inside another Sequential (its forward
// is templated), so the stage gets a concrete forward.
class ResNetLayerImpl : public torch::nn::SequentialImpl {
public:
    using SequentialImpl::SequentialImpl;
    torch::Tensor forward(torch::Tensor x) { return SequentialImpl::forward(std::move(x)); }
};
TORCH_MODULE(ResNetLayer);

class ResNet {
public:
    // The authors' `features`: Sequential(conv1, bn1, relu, maxpool, layer1, layer2, layer3, layer4)
    // = torchvision's ResNet without avgpool and fc, so parameters are named features.0.* (conv1),
    // features.1.* (bn1), features.4..7.* (layer1..4). depth: 18, 34 or 50 (std::invalid_argument otherwise).
    // Convs get torchvision's init (kaiming normal, fan_out), BNs weight 1 / bias 0.
    static torch::nn::Sequential makeFeatures(int depth);
    // Index of layerK (1..4) inside the features Sequential.
    static int layerIndex(int k) { return 3 + k; }
};

} // namespace arm
