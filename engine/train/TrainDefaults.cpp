#include "engine/train/TrainDefaults.h"

#include <stdexcept>

namespace arm {

double TrainDefaults::learningRate(const std::string& optimizer)
{
    if (optimizer == "adam")
        return 1e-3;
    if (optimizer == "sgd")
        return 1e-2;
    throw std::invalid_argument("optimizer '" + optimizer + "': expected adam or sgd");
}

} // namespace arm
