#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/model/FerNet.h"
#include "engine/train/Trainer.h"

#include <functional>
#include <string>

namespace arm {

// The network a training run starts from: fresh, or initialised from the project's checkpoint, an
// authors' .pth or a torchvision backbone (TrainParams::initWeights / backboneWeights).
class InitialModel {
public:
    using Log = std::function<void(const std::string&)>;
    // The file decides the architecture (and an ARM's input size); an fc of another class count is
    // re-initialised. Throws std::runtime_error naming the file when it cannot be read or applied.
    static FerNet build(const TrainParams& params, const DatasetIndex& data, const Log& log);
    // The first parameter or buffer holding NaN/Inf ("" when all are finite). Training from such weights
    // only spreads NaN, and a checkpoint of them crashes whoever evaluates it.
    static std::string nonFiniteTensor(FerNet& model);
};

} // namespace arm
