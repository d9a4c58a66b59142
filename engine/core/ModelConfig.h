#pragma once

#include "engine/core/Normalization.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace arm {

// Backbone + head. The "-arm" variants replace avgpool with the Amend Representation Module.
enum class Arch { ResNet18Arm, ResNet34Arm, ResNet50Arm, ResNet18, ResNet34, ResNet50 };

// How F_generic (the affinity feature shared over the batch) is obtained:
//   Batch   - mean of F_unique over the current batch, in training AND eval (the authors' code, bit-for-bit);
//   Running - EMA buffer updated by training forwards, used in eval (batch-independent predictions);
//   None    - zero (ablation).
enum class GenericMode { Batch, Running, None };

std::string toString(Arch arch);
std::string toString(GenericMode mode);
// Throw std::invalid_argument naming the value and listing the valid names.
Arch archFromString(const std::string& name);
GenericMode genericModeFromString(const std::string& name);
std::vector<std::string> archNames();
std::vector<std::string> genericModeNames();
bool isArmArch(Arch arch);
int resnetDepth(Arch arch); // 18, 34 or 50

// Everything needed to rebuild a model and feed it: stored in every checkpoint of ours.
struct ModelConfig {
    Arch arch = Arch::ResNet18Arm;
    int inputSize = 224;
    GenericMode generic = GenericMode::Batch;
    int numClasses = 7;
    std::vector<std::string> classNames; // empty = the RAF-DB basic names (when numClasses == 7)
    Normalization norm;
    double runningMomentum = 0.1; // EMA momentum of the running generic feature (like BatchNorm's)

    nlohmann::json toJson() const;
    // Missing keys take the defaults above; wrong types or values throw std::invalid_argument naming the key.
    static ModelConfig fromJson(const nlohmann::json& j);
    // Throws std::invalid_argument when numClasses, classNames, inputSize or momentum are inconsistent.
    void validate() const;
    // classNames, or the RAF-DB basic names / "class N" when empty.
    std::vector<std::string> effectiveClassNames() const;
};

} // namespace arm
