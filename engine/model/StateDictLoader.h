#pragma once

#include "engine/model/FerNet.h"

#include <torch/types.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace arm {

// Every way a state dict failed to fit the model, by name, in one exception.
class StateDictError : public std::runtime_error {
public:
    struct Mismatch {
        std::string key;
        std::vector<int64_t> expected; // the model's shape
        std::vector<int64_t> got;      // the file's shape
    };
    // A value no trained network has: NaN/Inf anywhere, a negative BatchNorm running variance.
    struct Invalid {
        std::string key;
        std::string problem; // "holds NaN or infinite values", "has negative running variance"
    };
    StateDictError(const std::string& source, std::vector<std::string> missing, std::vector<std::string> unexpected,
                   std::vector<Mismatch> misshaped, std::vector<Invalid> invalid = {});
    const std::vector<std::string>& missing() const { return m_missing; }
    const std::vector<std::string>& unexpected() const { return m_unexpected; }
    const std::vector<Mismatch>& misshaped() const { return m_misshaped; }
    const std::vector<Invalid>& invalid() const { return m_invalid; }

private:
    std::vector<std::string> m_missing, m_unexpected;
    std::vector<Mismatch> m_misshaped;
    std::vector<Invalid> m_invalid;
};

struct LoadOptions {
    // Missing or unexpected keys are errors (mis-shaped keys always are).
    bool strict = true;
    // A torchvision/ImageNet ResNet checkpoint: conv1.* / bn1.* / layerK.* are mapped onto features.N.*,
    // its fc.* is skipped, and only the model's features.* keys are expected.
    bool backboneOnly = false;
    // Named in error messages (usually the file path).
    std::string source = "state dict";
};

struct LoadReport {
    std::vector<std::string> loaded;     // model keys that were set
    std::vector<std::string> missing;    // model keys left as they were (non-strict only)
    std::vector<std::string> unexpected; // file keys not used (non-strict only)
    std::vector<std::string> skipped;    // file keys deliberately ignored (backboneOnly: fc.*)
    bool runningGenericLoaded = false;   // the file carried arm.running_generic
};

class StateDictLoader {
public:
    // Copies the tensors into the model (dtype converted to the model's, e.g. num_batches_tracked stays
    // int64; device kept). A leading "module." (DataParallel) is stripped. arm.running_generic is ours:
    // never required (the authors' checkpoints lack it); when present it marks the feature valid.
    // Throws StateDictError listing all missing / unexpected / mis-shaped keys and every tensor holding
    // NaN/Inf or a negative BatchNorm running_var (such weights would give NaN predictions or crash
    // evaluation later); nothing is modified then.
    static LoadReport load(FerNet& model, const std::map<std::string, torch::Tensor>& stateDict,
                           const LoadOptions& options = {});
    // Parameters and buffers on CPU. authorsNames: exactly the authors' keys (no arm.running_generic),
    // what Python's model.load_state_dict() accepts.
    static std::map<std::string, torch::Tensor> stateDict(const FerNet& model, bool authorsNames);
    // Reads the architecture from a state dict's keys and shapes (authors' or ours, `module.` and
    // torchvision names accepted): depth from the blocks (conv3 = ResNet-50; 6 blocks in layer3 = 34),
    // ARM from arm.de_albino.weight, classes from fc.weight, and for ARM the input size from the fc width
    // (224 or 112 preferred when they fit, else the smallest multiple of 32, else the smallest size).
    // Baseline input size cannot be read from weights: 224. Generic mode: batch (the authors').
    // Throws std::invalid_argument naming what is missing or inconsistent.
    static ModelConfig inferConfig(const std::map<std::string, torch::Tensor>& stateDict);
    // Keys that exist only in our models (excluded from the authors' format).
    static bool isOwnExtraKey(const std::string& key);
    // torchvision ResNet name -> our features.N name ("" when not a backbone key, e.g. fc.*).
    static std::string torchvisionToFeatures(const std::string& key);
};

// Free-function spellings used by the brief.
inline LoadReport loadStateDict(FerNet& model, const std::map<std::string, torch::Tensor>& sd,
                                const LoadOptions& options = {})
{
    return StateDictLoader::load(model, sd, options);
}
inline std::map<std::string, torch::Tensor> stateDict(const FerNet& model, bool authorsNames)
{
    return StateDictLoader::stateDict(model, authorsNames);
}

} // namespace arm
