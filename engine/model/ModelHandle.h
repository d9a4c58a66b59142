#pragma once

#include "engine/core/ModelConfig.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace arm {

class FerNet;
struct ModelHandleImpl; // private to engine/model

// A loaded model, as the application and the CLI hold it. Torch-free so the GUI can include it; engine
// code that needs the network includes engine/model/FerNet.h and calls network().
class ModelHandle {
public:
    // Opens the project's own checkpoint or a PyTorch .pth (bare state_dict, the authors' wrapper dict,
    // `module.` prefix). For a .pth the architecture and input size are inferred from the keys and
    // shapes. Throws std::runtime_error naming the file and key at fault.
    static std::shared_ptr<ModelHandle> open(const std::string& path, const std::string& device = "cpu");
    // A freshly initialised model of this configuration (no file).
    static std::shared_ptr<ModelHandle> create(const ModelConfig& config, const std::string& device = "cpu");

    ~ModelHandle();
    ModelHandle(const ModelHandle&) = delete;
    ModelHandle& operator=(const ModelHandle&) = delete;

    const ModelConfig& config() const;
    std::vector<std::string> classNames() const;
    const std::string& path() const;
    std::string device() const;
    std::string formatDescription() const; // e.g. "ARM Inspector checkpoint (epoch 12)", "PyTorch state_dict (authors' wrapper, iter 5000)"
    std::string fingerprint() const;       // stable hash of the weights: keys cached predictions
    bool hasRunningFeature() const;
    void setGenericMode(GenericMode mode);  // throws when Running is asked without a running feature

    // Wraps a network built elsewhere (the trainer's, a test's). Engine-only: needs engine/FerNet.h.
    static std::shared_ptr<ModelHandle> wrap(FerNet net, const ModelConfig& config, const std::string& device,
                                             const std::string& description);

    // Engine-side access to the network (callers include engine/model/FerNet.h). Inference in eval mode
    // only reads the module, so several jobs may run forwards at once; anything that changes it
    // (generic mode, running feature, train/eval) holds mutex().
    FerNet network() const;
    std::mutex& mutex() const;

private:
    explicit ModelHandle(std::unique_ptr<ModelHandleImpl> impl);
    std::unique_ptr<ModelHandleImpl> d;
};

} // namespace arm
