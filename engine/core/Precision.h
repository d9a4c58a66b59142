#pragma once

#include <string>

namespace arm {

// The number format of inference and training arithmetic. Fp32 everywhere is the reference; Bf16 runs
// convolutions and matrix products in bfloat16 (inference: a bf16 copy of the BN-folded weights;
// training: autocast with fp32 master weights, loss and optimizer state). Auto chooses Bf16 where the
// hardware does bf16 natively and Fp32 elsewhere (resolvePrecision).
enum class Precision { Auto, Fp32, Bf16 };

std::string toString(Precision precision);
// Throws std::invalid_argument naming the value and listing the valid names.
Precision precisionFromString(const std::string& name);

// Auto -> Bf16 on a CPU with native bf16 (CpuFeatures::nativeBf16), Fp32 otherwise, and Fp32 on CUDA:
// GPUs before Ampere emulate bf16, and this layer cannot ask the GPU which it is. Fp32 and Bf16
// are returned as asked: an explicit bf16 on a CPU without it is honoured (emulated, slower), because a
// user may want to see bf16's numbers anywhere.
Precision resolvePrecision(Precision precision, const std::string& device = "cpu");

// What each command uses when the user does not say (the CLI's --precision defaults and the GUI's).
// predict and bench: auto, because bf16 agreed with fp32 on every test image measured (top-1 100 %, max
// |dp| 0.0072 on the demo model, docs/PERFORMANCE.md) and halves the time on CPUs with native bf16.
// audit: auto, because its product is a ranking for a person to work down, and bf16 moved the ranked
// precision by +0.008 and -0.035 on two seeds where fp32 itself moved by 0.080 between them, while the
// default audit took 4:44-4:58 instead of 5:56-6:05 (docs/AUDIT.md). eval and train: fp32, because their
// numbers (accuracy, confusion counts) are reported and compared to the last digit. The engine's option
// structs default to fp32 (the reference) for library callers and tests.
struct PrecisionDefaults {
    static constexpr Precision predict = Precision::Auto;
    static constexpr Precision bench = Precision::Auto;
    static constexpr Precision eval = Precision::Fp32;
    static constexpr Precision train = Precision::Fp32;
    static constexpr Precision audit = Precision::Auto;
};

// One line for the user: "bf16 (AVX-512 BF16)", "fp32 (no native bf16 on this CPU)", "fp32".
std::string describePrecision(Precision requested, const std::string& device = "cpu");

} // namespace arm
