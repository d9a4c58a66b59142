#pragma once

#include "engine/ModelConfig.h"

#include <memory>
#include <optional>
#include <string>

namespace arm {

class FerNet;
struct ModelHandleImpl; // engine/ModelHandleImpl.h (LibTorch): the FerNet, its device and config

// A loaded model, as the application and the CLI hold it. Torch-free so the GUI can include it; engine
// code that needs the network includes engine/ModelHandleImpl.h and uses impl().
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

    ModelHandleImpl& impl();
    const ModelHandleImpl& impl() const;

private:
    explicit ModelHandle(std::unique_ptr<ModelHandleImpl> impl);
    std::unique_ptr<ModelHandleImpl> d;
};

} // namespace arm
