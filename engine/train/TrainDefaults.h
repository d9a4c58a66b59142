#pragma once

#include "engine/core/Precision.h"

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

    // How the built-in demo trains (the GUI's Help > Open the Demo, `arm-inspector --demo`), for the
    // arithmetic this machine does natively. Class-weighted sampling, because Fear is 2 % of the
    // synthetic data (RAF-DB's share) and the shuffled demo never predicted it; 10 epochs where bf16 is
    // native (it trains ~1.4x faster), 8 in fp32, both to fit the demo's 10-minute budget on 2 cores
    // (measured runs: docs/TRAINING.md, "The demo over three seeds").
    struct DemoPlan {
        Precision precision = Precision::Fp32; // resolved: Fp32 or Bf16
        int epochs = 8;
        std::string sampler = "weighted";
    };
    static DemoPlan demoPlan(const std::string& device = "cpu");
};

} // namespace arm
