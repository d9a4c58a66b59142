#pragma once

#include "engine/model/ArmInternals.h"
#include "engine/core/ModelConfig.h"

#include <torch/types.h>

namespace arm {

class FerNetImpl;

// The part of FerNet::forwardWithInternals after the backbone, for a chosen generic mode, WITHOUT
// touching the model's own mode (several jobs share one model, and changing it needs its mutex).
// The analyses use it to (a) run the backbone without autograd and only the head with it (Grad-CAM needs
// d logit / d features, nothing of the backbone's graph), and (b) evaluate one set of features in the
// batch, running and "alone" modes from one backbone pass. Tests pin it equal to forwardWithInternals.
class ArmHeadPass {
public:
    // features: (B, C, S, S). Running mode throws std::runtime_error when the model has no running
    // feature. Baseline models: global average pooling + fc (only features and logits are set).
    static ArmInternals run(FerNetImpl& net, const torch::Tensor& features, GenericMode mode);
    // Logits of each image as if it were alone in a batch-mode forward: F_generic of a batch of one is
    // its own F_unique (mean over the 2 BN'd maps), so logits = fc((1 + alpha) * F_unique). (B, classes)
    static torch::Tensor aloneLogits(FerNetImpl& net, const ArmInternals& parts);
};

} // namespace arm
