#pragma once

#include "engine/FerNet.h"
#include "engine/ModelConfig.h"

#include <nlohmann/json.hpp>

#include <string>

namespace torch::optim {
class Optimizer;
}

namespace arm {

// The project's own checkpoint: self-describing, so the GUI opens it without asking anything.
// Layout (see README "Checkpoint formats"):
//   line 1  "ARM-INSPECTOR-CHECKPOINT 1"
//   line 2  one-line JSON header: config (arch, input size, normalisation, class names, generic mode),
//           epoch, metadata, running_generic_valid, and per section its byte count and FNV-1a-64 hash
//   then    section "weights" = torch::pickle_save of {name: tensor} in our names (incl. arm.alpha and
//           arm.running_generic; readable by Python's torch.load too), then optionally "optimizer" =
//           the bytes of a torch::serialize::OutputArchive written by Optimizer::save.
// Hashes make truncation and corruption errors precise instead of failing deep inside LibTorch.
struct CheckpointData {
    FerNet model{nullptr};
    ModelConfig config;
    int epoch = 0;
    nlohmann::json metadata = nlohmann::json::object(); // free-form (metrics, dataset, notes)
    std::string optimizerState;                          // empty = none; see Checkpoint::restoreOptimizer
};

struct CheckpointInfo {
    ModelConfig config;
    int epoch = 0;
    nlohmann::json metadata;
    bool hasOptimizer = false;
    bool runningGenericValid = false;
    std::string torchVersion;
};

class Checkpoint {
public:
    static constexpr const char* kMagic = "ARM-INSPECTOR-CHECKPOINT";
    static constexpr int kVersion = 1;

    // Writes to PATH.tmp-* then renames, so a crash never leaves a half-written PATH.
    // Throws std::runtime_error naming the file on I/O errors.
    static void save(const std::string& path, const FerNet& model, int epoch = 0,
                     const nlohmann::json& metadata = nlohmann::json::object(),
                     const torch::optim::Optimizer* optimizer = nullptr);
    // Same, with optimizer state already serialised (e.g. CheckpointData::optimizerState; empty = none),
    // so a loaded checkpoint can be re-saved (new running feature, metadata) without an optimizer object.
    static void save(const std::string& path, const FerNet& model, int epoch, const nlohmann::json& metadata,
                     const std::string& optimizerState);
    // Loads onto `device` ("cpu", "cuda:0"). Any problem (not ours, truncated, corrupt, wrong shapes)
    // -> std::runtime_error naming the file and what is wrong; never a c10::Error.
    static CheckpointData load(const std::string& path, const std::string& device = "cpu");
    // Header only (cheap: no tensors are decoded).
    static CheckpointInfo peek(const std::string& path);
    // True when the file starts with our magic line (reads a few bytes; false for missing files).
    static bool isCheckpoint(const std::string& path);

    static std::string optimizerStateBytes(const torch::optim::Optimizer& optimizer);
    // Throws std::runtime_error (naming `what`) when the bytes do not fit the optimizer.
    static void restoreOptimizer(torch::optim::Optimizer& optimizer, const std::string& bytes,
                                 const std::string& what = "optimizer state");
};

} // namespace arm
