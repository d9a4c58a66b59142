#pragma once

#include "engine/core/Grid.h"

#include <torch/types.h>

namespace arm {

// Class evidence on the last backbone stage.
class GradCam {
public:
    // Grad-CAM of `score` (a scalar computed from `features`, e.g. one logit) on features (1, C, S, S):
    // w_k = spatial mean of d score / d A_k, cam = relu(sum_k w_k A_k) (S x S, raw units). Uses
    // torch::autograd::grad, so no parameter's .grad is touched (several jobs may share the model).
    // features must require grad and score must depend on it (std::invalid_argument otherwise).
    // signedOut (optional) receives sum_k w_k A_k before the relu: where the evidence is negative (an
    // all-zero Grad-CAM means every cell argues against the class, which researchers want to see).
    static Grid cells(const torch::Tensor& features, const torch::Tensor& score, Grid* signedOut = nullptr);
    // Scales a non-negative map to [0, 1] by its maximum (all zeros stay zeros).
    static Grid normalised(const Grid& g);
    // ARM-aware evidence: fc weight row of a class (o*o) times F_expression (o x o), per de-albino cell.
    // The cells sum to logit - bias exactly (the fc is linear in F_expression).
    static Grid cellContributions(const torch::Tensor& fcWeightRow, const torch::Tensor& fExpression);
};

} // namespace arm
