#pragma once

#include <string>

namespace arm {

// Training defaults that depend on other settings. They live in the engine, not in a front end, so the
// GUI's settings form and `arm-cli train` start from the same values.
class TrainDefaults {
public:
    // The initial learning rate of an optimiser: 1e-3 for Adam (the authors' setting), 1e-2 for SGD with
    // momentum (Adam's 1e-3 barely moves SGD in the demo's few epochs). Throws std::invalid_argument
    // naming the optimiser when it is neither "adam" nor "sgd".
    static double learningRate(const std::string& optimizer);
};

} // namespace arm
