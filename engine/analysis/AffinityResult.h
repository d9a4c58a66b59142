#pragma once

#include "engine/core/Grid.h"

#include <string>
#include <vector>

namespace arm {

// Batch affinity of issue 10 for a batch of B images chosen by the user (or a stratified sample).
struct AffinityResult {
    std::vector<int> labels;            // given label of each image (-1 when unknown), length B
    Grid uniqueCosine;                  // B x B cosine similarity of F_unique (symmetric, unit diagonal)
    Grid expressionCosine;              // B x B cosine similarity of F_expression
    Grid classAffinity;                 // K x K mean expression cosine between images of class i and j
    std::vector<float> sharedShare;     // per image: ||alpha F_generic|| / ||F_expression||
    std::vector<int> predictedAlone;    // batch mode, each image in a batch of one
    std::vector<int> predictedInBatch;  // batch mode, all B images together
    std::vector<int> predictedRunning;  // running mode (batch-independent); empty when no running feature
    std::vector<float> maxProbabilityShift; // per image: max |p_alone - p_in_batch| over classes (batch mode)
    double milliseconds = 0.0;
};

} // namespace arm
