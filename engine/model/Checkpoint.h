#pragma once

#include "engine/model/FerNet.h"
#include "engine/core/ModelConfig.h"
#include "engine/io/CheckpointFile.h"

#include <nlohmann/json.hpp>

#include <string>

namespace torch::optim {
class Optimizer;
}

namespace arm {

// The project's own checkpoint: self-describing, so the GUI opens it without asking anything.
// The container (magic line, JSON header, sections with sizes and FNV-1a-64 hashes, all bounds) is
// engine/io/CheckpointFile; this class turns it into a network and back (see README "Checkpoint formats"):
//   header  config (arch, input size, normalisation, class names, generic mode), epoch, metadata,
//           running_generic_valid, torch_version
//   section "weights" = torch::pickle_save of {name: tensor} in our names (incl. arm.alpha and
//           arm.running_generic; readable by Python's torch.load too), read back with the project's
//           checked unpickler (engine/io/TorchArchive), never with torch::pickle_load;
//   section "optimizer" (optional) = the bytes of a torch::serialize::OutputArchive from Optimizer::save.
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
    static constexpr const char* kMagic = CheckpointFile::kMagic;
    static constexpr int kVersion = CheckpointFile::kVersion;
    // A class count beyond this is a corrupt or hostile header, refused before the model is built.
    static constexpr int kMaxClasses = 1000;

    // Written through AtomicFile (temporary sibling, fsync, rename), so a crash never leaves a
    // half-written PATH. Throws std::runtime_error naming the file on I/O errors.
    static void save(const std::string& path, const FerNet& model, int epoch = 0,
                     const nlohmann::json& metadata = nlohmann::json::object(),
                     const torch::optim::Optimizer* optimizer = nullptr);
    // Same, with optimizer state already serialised (e.g. CheckpointData::optimizerState; empty = none),
    // so a loaded checkpoint can be re-saved (new running feature, metadata) without an optimizer object.
    static void save(const std::string& path, const FerNet& model, int epoch, const nlohmann::json& metadata,
                     const std::string& optimizerState);
    // Loads onto `device` ("cpu", "cuda:0"). Any problem (not ours, truncated, corrupt, wrong shapes,
    // non-finite weights, a FIFO instead of a file) -> std::runtime_error naming the file and what is
    // wrong (key, section or byte); never a c10::Error.
    static CheckpointData load(const std::string& path, const std::string& device = "cpu");
    // Header only (cheap: no tensors are decoded).
    static CheckpointInfo peek(const std::string& path);
    // True when the file starts with our magic line (reads a few bytes; false for missing files and
    // anything that is not a regular file).
    static bool isCheckpoint(const std::string& path);

    static std::string optimizerStateBytes(const torch::optim::Optimizer& optimizer);
    // Throws std::runtime_error (naming `what`) when the bytes do not fit the optimizer.
    static void restoreOptimizer(torch::optim::Optimizer& optimizer, const std::string& bytes,
                                 const std::string& what = "optimizer state");
};

} // namespace arm
