#pragma once

#include <torch/types.h>

namespace arm {

// Everything the ARM computes for one batch, from ONE forward pass (the analyses and the GUI read
// these; nothing is recomputed). Tensors are not detached: under autograd the caller can take
// gradients of logits with respect to any of them. For baseline archs only features and logits are set.
struct ArmInternals {
    torch::Tensor features;    // (B, C, S, S) backbone output
    torch::Tensor arranged;    // (B, 2, A, A) after the pixel-shuffle arrangement
    torch::Tensor dealbinoRaw; // (B, 2, o, o) de-albino conv output, before BN
    torch::Tensor dealbinoBn;  // (B, 2, o, o) after BN
    torch::Tensor fUnique;     // (B, o, o) mean over the 2 channels
    torch::Tensor fGeneric;    // (o, o) as used by this forward (batch mean, running buffer or zeros)
    float alpha = 0.0f;        // the learnable sharing weight
    torch::Tensor fExpression; // (B, o, o) = fUnique + alpha * fGeneric
    torch::Tensor logits;      // (B, classes)
};

} // namespace arm
