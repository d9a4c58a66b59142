#include "engine/core/Precision.h"

#include "engine/core/CpuFeatures.h"

#include <stdexcept>

namespace arm {

std::string toString(Precision precision)
{
    switch (precision) {
    case Precision::Auto: return "auto";
    case Precision::Fp32: return "fp32";
    case Precision::Bf16: return "bf16";
    }
    return "auto";
}

Precision precisionFromString(const std::string& name)
{
    for (Precision p : {Precision::Auto, Precision::Fp32, Precision::Bf16})
        if (toString(p) == name)
            return p;
    throw std::invalid_argument("precision '" + name + "' is not one of auto, fp32, bf16");
}

Precision resolvePrecision(Precision precision, const std::string& device)
{
    if (precision != Precision::Auto)
        return precision;
    const bool cuda = device.rfind("cuda", 0) == 0;
    return !cuda && CpuFeatures::host().nativeBf16() ? Precision::Bf16 : Precision::Fp32;
}

std::string describePrecision(Precision requested, const std::string& device)
{
    const Precision p = resolvePrecision(requested, device);
    const bool cuda = device.rfind("cuda", 0) == 0;
    const std::string support = CpuFeatures::host().bf16Support();
    if (p == Precision::Bf16)
        return cuda ? "bf16 (CUDA)" : support == "none" ? "bf16 (emulated: no native bf16 on this CPU)" : "bf16 (" + support + ")";
    if (requested == Precision::Auto)
        return cuda ? "fp32 (auto keeps fp32 on CUDA; ask for bf16 on an Ampere or newer GPU)"
                    : "fp32 (no native bf16 on this CPU)";
    return "fp32";
}

} // namespace arm
