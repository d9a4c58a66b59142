#pragma once

#include "engine/analysis/AffinityResult.h"
#include "engine/core/Grid.h"

#include <torch/types.h>

#include <vector>

namespace arm {

class FerNetImpl;

// Batch affinity (issue 10) from ONE backbone pass over the batch: the batch, running and "alone"
// predictions all reuse the same features (see ArmHeadPass), so B images cost one batched forward.
class AffinityAnalysis {
public:
    // batch: (B, 3, H, W) normalised images on the model's device; labels: B entries (-1 = unknown) or
    // empty. Baseline models: only predictions are filled (no ARM features to compare).
    static AffinityResult compute(FerNetImpl& net, const torch::Tensor& batch, const std::vector<int>& labels);
    // B x B cosine similarity of the rows of x (B, D); exactly symmetric with a unit diagonal (zero rows
    // give 0 off the diagonal).
    static Grid cosineMatrix(const torch::Tensor& x);
    // K x K mean of sim[i][j] over pairs of images labelled (a, b), i != j; NaN where no pair exists.
    // pairCounts (optional) receives the number of pairs.
    static Grid classMeans(const Grid& sim, const std::vector<int>& labels, int numClasses, Grid* pairCounts = nullptr);
};

} // namespace arm
