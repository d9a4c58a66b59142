#include "engine/model/FastFerNet.h"

#include "engine/model/FerNet.h"
#include "engine/model/ResNet.h"

#include <ATen/Context.h>
#include <torch/torch.h>

#include <stdexcept>

namespace arm {

namespace nn = torch::nn;

namespace {

std::vector<int64_t> toVector(c10::IntArrayRef a)
{
    return {a.begin(), a.end()};
}

std::vector<int64_t> convPadding(const nn::Conv2dImpl& conv)
{
    const auto* p = c10::get_if<torch::ExpandingArray<2>>(&conv.options.padding());
    if (!p)
        throw std::invalid_argument("fuseForInference: 'same'/'valid' padding is not supported");
    return toVector(*p);
}

} // namespace

std::string toString(InferenceLayout layout)
{
    switch (layout) {
    case InferenceLayout::Auto: return "auto";
    case InferenceLayout::Mkldnn: return "mkldnn";
    case InferenceLayout::ChannelsLast: return "channels-last";
    case InferenceLayout::Contiguous: return "contiguous";
    }
    return "auto";
}

InferenceLayout inferenceLayoutFromString(const std::string& name)
{
    for (InferenceLayout l : {InferenceLayout::Auto, InferenceLayout::Mkldnn, InferenceLayout::ChannelsLast,
                              InferenceLayout::Contiguous})
        if (toString(l) == name)
            return l;
    throw std::invalid_argument("inference layout '" + name + "' is not one of auto, mkldnn, channels-last, contiguous");
}

InferenceLayout resolveInferenceLayout(InferenceLayout layout, const std::string& device)
{
    const bool cpu = device.empty() || device == "cpu";
    if (layout == InferenceLayout::Auto)
        return cpu && at::hasMKLDNN() ? InferenceLayout::Mkldnn : InferenceLayout::ChannelsLast;
    if (layout == InferenceLayout::Mkldnn && !(cpu && at::hasMKLDNN()))
        throw std::invalid_argument("inference layout mkldnn needs a CPU model and a LibTorch built with oneDNN");
    return layout;
}

torch::Tensor FusedConv::forward(const torch::Tensor& x, bool mkldnn) const
{
    if (mkldnn)
        return at::mkldnn_convolution(x, packedWeight, packedBias, padding, stride, {1, 1}, 1);
    return at::conv2d(x, weight, bias, stride, padding);
}

FusedConv FastFerNetImpl::makeConv(const torch::Tensor& weight, const torch::Tensor& convBias,
                                   const torch::Tensor& bnWeight, const torch::Tensor& bnBias, const torch::Tensor& mean,
                                   const torch::Tensor& var, double eps, std::vector<int64_t> stride,
                                   std::vector<int64_t> padding) const
{
    // y = gamma * (conv(x) + b - mean) / sqrt(var + eps) + beta, computed in double so folding adds no
    // rounding beyond the final cast.
    const auto opts = weight.options();
    const torch::Tensor w = weight.detach().to(torch::kFloat64);
    const torch::Tensor scale = bnWeight.detach().to(torch::kFloat64) / (var.detach().to(torch::kFloat64) + eps).sqrt();
    torch::Tensor b = bnBias.detach().to(torch::kFloat64) - mean.detach().to(torch::kFloat64) * scale;
    if (convBias.defined())
        b = b + convBias.detach().to(torch::kFloat64) * scale;
    FusedConv c;
    // Folded in float64, rounded once to the run's type: bf16 rounds the folded weight, not the parts.
    const auto type = m_bf16 ? opts.dtype(torch::kBFloat16) : opts;
    c.weight = (w * scale.view({-1, 1, 1, 1})).to(type);
    c.bias = b.to(type);
    c.stride = std::move(stride);
    c.padding = std::move(padding);
    if (m_layout == InferenceLayout::ChannelsLast)
        c.weight = c.weight.contiguous(at::MemoryFormat::ChannelsLast);
    if (m_mkldnn) {
        // Reordered once here instead of on every call (what the dense path does inside oneDNN).
        const auto mk = m_bf16 ? torch::kBFloat16 : torch::kFloat32;
        c.packedWeight = at::mkldnn_reorder_conv2d_weight(c.weight.contiguous().to_mkldnn(mk), c.padding, c.stride,
                                                          {1, 1}, 1);
        c.packedBias = c.bias.contiguous().to_mkldnn(mk);
    }
    return c;
}

FastFerNetImpl::FastFerNetImpl(const FerNet& source, InferenceLayout layout, Precision precision)
    : m_config(source->config()), m_geometry(source->geometry()), m_mode(source->genericMode())
{
    const FerNetImpl& net = *source;
    const torch::Device device = net.fc->weight.device();
    const std::string deviceName = device.is_cpu() ? "cpu" : device.str();
    m_bf16 = resolvePrecision(precision, deviceName) == Precision::Bf16;
    // bf16 on oneDNN's blocked layout ran a 3x3 conv at half the speed of channels-last bf16 (AMD EPYC,
    // avx512_bf16, LibTorch 1.13; docs/PERFORMANCE.md), so Auto means channels-last there.
    m_layout = m_bf16 && layout == InferenceLayout::Auto ? InferenceLayout::ChannelsLast
                                                         : resolveInferenceLayout(layout, deviceName);
    m_mkldnn = m_layout == InferenceLayout::Mkldnn;
    torch::NoGradGuard noGrad;

    auto fuse = [this](const nn::Conv2dImpl& conv, const nn::BatchNorm2dImpl& bn) {
        return makeConv(conv.weight, conv.bias, bn.weight, bn.bias, bn.running_mean, bn.running_var,
                        bn.options.eps(), toVector(conv.options.stride()), convPadding(conv));
    };
    auto fuseDownsample = [&fuse](FusedBlock& fb, const nn::Sequential& down) {
        fb.hasDownsample = true;
        fb.downsample = fuse(*down->ptr(0)->as<nn::Conv2dImpl>(), *down->ptr(1)->as<nn::BatchNorm2dImpl>());
    };

    // The features Sequential: conv1, bn1, relu, maxpool, layer1..4 (ResNet::makeFeatures).
    const nn::Conv2dImpl* stemConv = nullptr;
    const nn::BatchNorm2dImpl* stemBn = nullptr;
    for (const auto& child : net.features->children()) {
        if (const auto* c = child->as<nn::Conv2dImpl>()) {
            stemConv = c;
        } else if (const auto* b = child->as<nn::BatchNorm2dImpl>()) {
            stemBn = b;
        } else if (const auto* p = child->as<nn::MaxPool2dImpl>()) {
            m_poolKernel = toVector(p->options.kernel_size());
            m_poolStride = toVector(p->options.stride());
            m_poolPadding = toVector(p->options.padding());
        } else if (const auto* layer = child->as<ResNetLayerImpl>()) {
            for (const auto& blockModule : layer->children()) {
                FusedBlock fb;
                if (const auto* bb = blockModule->as<BasicBlockImpl>()) {
                    fb.convs = {fuse(*bb->conv1, *bb->bn1), fuse(*bb->conv2, *bb->bn2)};
                    if (bb->downsample)
                        fuseDownsample(fb, bb->downsample);
                } else if (const auto* bt = blockModule->as<BottleneckImpl>()) {
                    fb.convs = {fuse(*bt->conv1, *bt->bn1), fuse(*bt->conv2, *bt->bn2), fuse(*bt->conv3, *bt->bn3)};
                    if (bt->downsample)
                        fuseDownsample(fb, bt->downsample);
                } else {
                    throw std::invalid_argument("fuseForInference: unknown residual block type");
                }
                m_blocks.push_back(std::move(fb));
            }
        }
    }
    if (!stemConv || !stemBn || m_poolKernel.empty() || m_blocks.empty())
        throw std::invalid_argument("fuseForInference: the features are not conv1, bn1, relu, maxpool, layer1..4");
    m_stem = fuse(*stemConv, *stemBn);

    const auto opts = net.fc->weight.options();
    m_fcWeight = net.fc->weight.detach().clone();
    m_fcBias = net.fc->bias.detach().clone();
    if (net.isArm()) {
        // BN per map then the mean over the 2 maps is linear: F_unique = sum_c (s_c/2) (W * x_c) + mean_c t_c,
        // i.e. one 2->1 convolution whose kernel for map c is W * s_c / 2.
        const auto& bn = *net.arm->bn;
        const torch::Tensor scale =
            bn.weight.detach().to(torch::kFloat64) / (bn.running_var.detach().to(torch::kFloat64) + bn.options.eps()).sqrt();
        const torch::Tensor shift = bn.bias.detach().to(torch::kFloat64) - bn.running_mean.detach().to(torch::kFloat64) * scale;
        const torch::Tensor w = net.arm->de_albino->weight.detach().to(torch::kFloat64); // (1, 1, k, k)
        m_dealbinoWeight = (w * (scale / 2.0).view({1, -1, 1, 1})).to(opts).contiguous();
        m_dealbinoBias = shift.mean().reshape({1}).to(opts);
        m_alpha = net.alphaValue();
        m_runningValid = net.hasRunningGeneric();
        if (m_runningValid) {
            const torch::Tensor running = net.arm->running_generic.detach().to(torch::kFloat64).flatten();
            m_fcBiasRunning = (m_fcBias.to(torch::kFloat64) +
                               m_alpha * at::mv(m_fcWeight.to(torch::kFloat64), running)).to(opts);
        }
    }
}

void FastFerNetImpl::setGenericMode(GenericMode mode)
{
    if (mode == GenericMode::Running && m_geometry.isArm() && !m_runningValid)
        throw std::runtime_error("generic mode 'running' needs a running generic feature, but the fused model's "
                                 "source had none");
    m_mode = mode;
}

void FastFerNetImpl::checkInput(const torch::Tensor& x) const
{
    if (!x.defined() || x.dim() != 4 || x.size(1) != 3)
        throw std::invalid_argument("model input must be (B, 3, H, W) images, got " +
                                    (x.defined() ? c10::str(x.sizes()) : std::string("an undefined tensor")));
    if (m_geometry.isArm() && (x.size(2) != m_config.inputSize || x.size(3) != m_config.inputSize))
        throw std::invalid_argument(toString(m_config.arch) + " was built for " + std::to_string(m_config.inputSize) +
                                    "x" + std::to_string(m_config.inputSize) + " input, got " +
                                    std::to_string(x.size(2)) + "x" + std::to_string(x.size(3)));
}

torch::Tensor FastFerNetImpl::backbone(const torch::Tensor& input)
{
    checkInput(input);
    c10::InferenceMode guard;
    torch::Tensor x;
    const auto type = m_bf16 ? torch::kBFloat16 : torch::kFloat32;
    switch (m_layout) {
    case InferenceLayout::Mkldnn: x = input.to(torch::kFloat32).contiguous().to_mkldnn(type); break;
    case InferenceLayout::ChannelsLast: x = input.to(type).contiguous(at::MemoryFormat::ChannelsLast); break;
    default: x = input.to(type).contiguous(); break;
    }
    x = m_stem.forward(x, m_mkldnn);
    x.relu_();
    x = at::max_pool2d(x, m_poolKernel, m_poolStride, m_poolPadding);
    for (const FusedBlock& block : m_blocks) {
        torch::Tensor out = x;
        for (std::size_t i = 0; i < block.convs.size(); ++i) {
            out = block.convs[i].forward(out, m_mkldnn);
            if (i + 1 < block.convs.size())
                out.relu_();
        }
        // In place: `out` is always a fresh conv output, never the caller's tensor.
        out.add_(block.hasDownsample ? block.downsample.forward(x, m_mkldnn) : x);
        out.relu_();
        x = out;
    }
    x = m_mkldnn ? x.to_dense() : x.contiguous();
    return m_bf16 ? x.to(torch::kFloat32) : x; // the head and everything after it read fp32
}

torch::Tensor FastFerNetImpl::forward(const torch::Tensor& x)
{
    if (m_geometry.isArm() && m_mode == GenericMode::Running && !m_runningValid)
        throw std::runtime_error("generic mode 'running' needs a running generic feature, but this model has none "
                                 "yet (train in running mode, or compute one from a dataset, or use --generic batch)");
    const torch::Tensor f = backbone(x);
    c10::InferenceMode guard;
    if (!m_geometry.isArm())
        return at::addmm(m_fcBias, f.mean({2, 3}), m_fcWeight.t());
    const torch::Tensor arranged = at::pixel_shuffle(f, m_geometry.arrangeFactor);
    const int64_t s = ArmGeometry::kDealbinoStride;
    torch::Tensor fUnique = at::conv2d(arranged, m_dealbinoWeight, m_dealbinoBias, {s, s}).flatten(1); // (B, o*o)
    switch (m_mode) {
    case GenericMode::Batch:
        // F_generic = mean of the BN'd maps over batch and maps = the batch mean of F_unique.
        return at::addmm(m_fcBias, fUnique + m_alpha * fUnique.mean(0, true), m_fcWeight.t());
    case GenericMode::Running:
        return at::addmm(m_fcBiasRunning, fUnique, m_fcWeight.t());
    case GenericMode::None:
        break;
    }
    return at::addmm(m_fcBias, fUnique, m_fcWeight.t());
}

FastFerNet fuseForInference(const FerNet& net, InferenceLayout layout, Precision precision)
{
    return FastFerNet(net, layout, precision);
}

} // namespace arm
