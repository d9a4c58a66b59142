#pragma once

#include "engine/model/ArmGeometry.h"
#include "engine/core/ModelConfig.h"
#include "engine/core/Precision.h"

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include <string>
#include <vector>

namespace arm {

class FerNet;

// How the fused backbone keeps its activations and weights.
//   Mkldnn       - oneDNN opaque tensors with weights reordered once at fusion time (no per-call weight
//                  reorders, blocked activations between layers); CPU only;
//   ChannelsLast - dense NHWC tensors (oneDNN's native layout without the NCHW<->blocked reorders);
//   Contiguous   - dense NCHW, like the plain model;
//   Auto         - the measured fastest on this kind of machine: Mkldnn on CPU when LibTorch has oneDNN,
//                  ChannelsLast otherwise (see docs/PERFORMANCE.md for the numbers behind the choice).
enum class InferenceLayout { Auto, Mkldnn, ChannelsLast, Contiguous };

std::string toString(InferenceLayout layout);
// Throws std::invalid_argument naming the value and listing the valid names.
InferenceLayout inferenceLayoutFromString(const std::string& name);

// One convolution with the following BatchNorm folded into its weight and bias.
struct FusedConv {
    torch::Tensor weight; // dense (out, in, k, k), in the layout's memory format
    torch::Tensor bias;   // dense (out)
    torch::Tensor packedWeight, packedBias; // oneDNN tensors (Mkldnn layout only)
    std::vector<int64_t> stride, padding;
    torch::Tensor forward(const torch::Tensor& x, bool mkldnn) const;
};

// One residual block (BasicBlock: 2 convs, Bottleneck: 3), ReLU between convs and after the sum.
struct FusedBlock {
    std::vector<FusedConv> convs;
    bool hasDownsample = false;
    FusedConv downsample;
};

// An inference-only copy of a FerNet: every BatchNorm folded into the convolution before it (the ARM's
// 2-channel BN and the mean over the 2 maps are folded into ONE 2->1 de-albino convolution), the running
// generic feature folded into the fc bias, activations in the chosen layout, forward under
// InferenceMode. Same logits as FerNet::forward in eval mode (within float rounding, ~1e-5) in the
// batch, running and none modes. A snapshot: later changes to the source network are not seen.
// Outputs are inference tensors (no autograd); use the FerNet for anything needing gradients.
class FastFerNetImpl : public torch::nn::Module {
public:
    // Throws std::invalid_argument when the layout is impossible here (Mkldnn without oneDNN or off-CPU).
    // Bf16: the backbone's folded weights are rounded to bfloat16 once and the backbone runs in bf16
    // (channels-last when the layout is Auto: measured 2x faster than oneDNN's blocked bf16 here); the
    // small ARM head and fc stay fp32 on the backbone's output, so logits come back fp32.
    explicit FastFerNetImpl(const FerNet& source, InferenceLayout layout = InferenceLayout::Auto,
                            Precision precision = Precision::Fp32);

    // x: (B, 3, inputSize, inputSize) normalised images -> logits (B, classes); x may be any layout.
    torch::Tensor forward(const torch::Tensor& x);
    // Backbone output (B, C, S, S), dense NCHW.
    torch::Tensor backbone(const torch::Tensor& x);

    const ModelConfig& config() const { return m_config; }
    const ArmGeometry& geometry() const { return m_geometry; }
    InferenceLayout layout() const { return m_layout; }
    Precision precision() const { return m_bf16 ? Precision::Bf16 : Precision::Fp32; }
    GenericMode genericMode() const { return m_mode; }
    // Running needs the running feature the source had when fused (std::runtime_error otherwise).
    void setGenericMode(GenericMode mode);

private:
    void checkInput(const torch::Tensor& x) const;
    FusedConv makeConv(const torch::Tensor& weight, const torch::Tensor& convBias, const torch::Tensor& bnWeight,
                       const torch::Tensor& bnBias, const torch::Tensor& mean, const torch::Tensor& var, double eps,
                       std::vector<int64_t> stride, std::vector<int64_t> padding) const;

    ModelConfig m_config;
    ArmGeometry m_geometry;
    InferenceLayout m_layout;
    GenericMode m_mode;
    bool m_mkldnn = false;
    bool m_bf16 = false;

    FusedConv m_stem;
    std::vector<int64_t> m_poolKernel, m_poolStride, m_poolPadding;
    std::vector<FusedBlock> m_blocks;

    // ARM head: F_unique = conv(arranged, m_dealbinoWeight (1, 2, k, k)) + m_dealbinoBias.
    torch::Tensor m_dealbinoWeight, m_dealbinoBias;
    float m_alpha = 0.0f;
    bool m_runningValid = false;
    torch::Tensor m_fcWeight, m_fcBias;
    torch::Tensor m_fcBiasRunning; // fc bias + alpha * W * running_generic (running mode)
};
TORCH_MODULE(FastFerNet);

// The opt-in for the Predictor/Evaluator/benchmark: an inference copy of `net` (any train/eval state;
// BN running statistics are used as in eval).
// `precision` Auto resolves with resolvePrecision for the network's device.
FastFerNet fuseForInference(const FerNet& net, InferenceLayout layout = InferenceLayout::Auto,
                            Precision precision = Precision::Fp32);
// The layout Auto resolves to for this LibTorch build and device.
InferenceLayout resolveInferenceLayout(InferenceLayout layout, const std::string& device = "cpu");

} // namespace arm
