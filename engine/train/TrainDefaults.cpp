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

TrainDefaults::DemoPlan TrainDefaults::demoPlan(const std::string& device)
{
    DemoPlan plan;
    plan.precision = resolvePrecision(Precision::Auto, device);
    plan.epochs = plan.precision == Precision::Bf16 ? 10 : 8;
    return plan;
}

} // namespace arm
