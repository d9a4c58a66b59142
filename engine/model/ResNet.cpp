#include "engine/model/ResNet.h"

#include <torch/torch.h>

#include <stdexcept>

namespace arm {

namespace {

namespace nn = torch::nn;

nn::Conv2d conv(int in, int out, int k, int stride, int pad)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, k).stride(stride).padding(pad).bias(false));
}

nn::Sequential makeDownsample(int in, int out, int stride)
{
    return nn::Sequential(conv(in, out, 1, stride, 0), nn::BatchNorm2d(out));
}

template <typename Block>
ResNetLayer makeLayer(int& inplanes, int planes, int blocks, int stride)
{
    ResNetLayer layer;
    const int out = planes * Block::ContainedType::kExpansion;
    const bool needDown = stride != 1 || inplanes != out;
    layer->push_back(Block(inplanes, planes, stride, needDown));
    inplanes = out;
    for (int i = 1; i < blocks; ++i)
        layer->push_back(Block(inplanes, planes, 1, false));
    return layer;
}

void initLikeTorchvision(nn::Module& root)
{
    torch::NoGradGuard noGrad;
    for (auto& m : root.modules(/*include_self=*/true)) {
        if (auto* c = m->as<nn::Conv2d>()) {
            nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
        } else if (auto* b = m->as<nn::BatchNorm2d>()) {
            nn::init::ones_(b->weight);
            nn::init::zeros_(b->bias);
        }
    }
}

} // namespace

BasicBlockImpl::BasicBlockImpl(int inplanes, int planes, int stride, bool down)
    : conv1(conv(inplanes, planes, 3, stride, 1)),
      conv2(conv(planes, planes, 3, 1, 1)),
      bn1(planes),
      bn2(planes)
{
    register_module("conv1", conv1);
    register_module("bn1", bn1);
    register_module("conv2", conv2);
    register_module("bn2", bn2);
    if (down)
        downsample = register_module("downsample", makeDownsample(inplanes, planes * kExpansion, stride));
}

torch::Tensor BasicBlockImpl::forward(torch::Tensor x)
{
    torch::Tensor identity = downsample ? downsample->forward(x) : x;
    // In place like torchvision's ReLU(inplace=True) and `out += identity`: BN and add backward do not
    // need the overwritten tensors, and two fewer activation-sized allocations per block.
    torch::Tensor out = bn1(conv1(x)).relu_();
    out = bn2(conv2(out));
    out += identity;
    return out.relu_();
}

BottleneckImpl::BottleneckImpl(int inplanes, int planes, int stride, bool down)
    : conv1(conv(inplanes, planes, 1, 1, 0)),
      conv2(conv(planes, planes, 3, stride, 1)),
      conv3(conv(planes, planes * kExpansion, 1, 1, 0)),
      bn1(planes),
      bn2(planes),
      bn3(planes * kExpansion)
{
    register_module("conv1", conv1);
    register_module("bn1", bn1);
    register_module("conv2", conv2);
    register_module("bn2", bn2);
    register_module("conv3", conv3);
    register_module("bn3", bn3);
    if (down)
        downsample = register_module("downsample", makeDownsample(inplanes, planes * kExpansion, stride));
}

torch::Tensor BottleneckImpl::forward(torch::Tensor x)
{
    torch::Tensor identity = downsample ? downsample->forward(x) : x;
    torch::Tensor out = bn1(conv1(x)).relu_(); // in place: see BasicBlockImpl::forward
    out = bn2(conv2(out)).relu_();
    out = bn3(conv3(out));
    out += identity;
    return out.relu_();
}

torch::nn::Sequential ResNet::makeFeatures(int depth)
{
    std::array<int, 4> blocks{};
    bool bottleneck = false;
    switch (depth) {
    case 18: blocks = {2, 2, 2, 2}; break;
    case 34: blocks = {3, 4, 6, 3}; break;
    case 50: blocks = {3, 4, 6, 3}; bottleneck = true; break;
    default: throw std::invalid_argument("ResNet depth " + std::to_string(depth) + " is not one of 18, 34, 50");
    }
    nn::Sequential features;
    features->push_back(conv(3, 64, 7, 2, 3));
    features->push_back(nn::BatchNorm2d(64));
    features->push_back(nn::ReLU(nn::ReLUOptions(true)));
    features->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(3).stride(2).padding(1)));
    int inplanes = 64;
    const std::array<int, 4> planes{64, 128, 256, 512};
    for (int k = 0; k < 4; ++k) {
        const int stride = k == 0 ? 1 : 2;
        if (bottleneck)
            features->push_back(makeLayer<Bottleneck>(inplanes, planes[k], blocks[k], stride));
        else
            features->push_back(makeLayer<BasicBlock>(inplanes, planes[k], blocks[k], stride));
    }
    initLikeTorchvision(*features);
    return features;
}

} // namespace arm
