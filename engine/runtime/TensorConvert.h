#pragma once

#include "engine/core/Grid.h"

#include <torch/types.h>

namespace arm {

// Copies between LibTorch tensors and the torch-free Grid the GUI consumes.
class TensorConvert {
public:
    // t must be 2-D (or squeezable to 2-D); it is moved to CPU float32 first.
    static Grid toGrid(const torch::Tensor& t);
    static torch::Tensor toTensor(const Grid& g);
};

} // namespace arm
