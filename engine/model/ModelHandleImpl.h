#pragma once

#include "engine/model/FerNet.h"
#include "engine/core/ModelConfig.h"

#include <mutex>
#include <string>

namespace arm {

// The LibTorch side of a ModelHandle. Engine code (evaluator, analyses, trainer) reaches the network
// through ModelHandle (network(), mutex()). Inference in eval mode only reads the module, so several jobs may run
// forwards at once; anything that changes the module (generic mode, running feature) takes `mutex`.
struct ModelHandleImpl {
    FerNet net{nullptr};
    ModelConfig config;
    std::string path;
    std::string device = "cpu";
    std::string description;
    mutable std::string fingerprint; // computed on first use
    mutable std::mutex mutex;
};

} // namespace arm
