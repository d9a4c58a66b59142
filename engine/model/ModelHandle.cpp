#include "engine/model/ModelHandle.h"

#include "engine/model/ArmGeometry.h"
#include "engine/model/Checkpoint.h"
#include "engine/core/Fnv1a.h"
#include "engine/model/ModelHandleImpl.h"
#include "engine/io/PthReader.h"
#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace arm {

namespace {

// The authors' files say nothing about the architecture: rebuild it from names and shapes.
ModelConfig inferConfig(const std::map<std::string, torch::Tensor>& sd, const std::string& path)
{
    if (sd.count("conv1.weight") && sd.count("layer1.0.conv1.weight") && !sd.count("arm.de_albino.weight") &&
        sd.count("fc.weight") && sd.at("fc.weight").size(0) == 1000)
        throw std::runtime_error(path + ": this is a torchvision ResNet (ImageNet) checkpoint, not a FER model; "
                                        "use it as backbone weights (arm-cli train --backbone-weights)");
    try {
        return StateDictLoader::inferConfig(sd);
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::string describeLayout(const PthContents& contents)
{
    std::string d = std::string("PyTorch state_dict (") + pthLayoutName(contents.layout);
    if (contents.iter)
        d += ", iter " + std::to_string(*contents.iter);
    if (contents.hasModulePrefix)
        d += ", module. prefix";
    return d + ")";
}

} // namespace

ModelHandle::ModelHandle(std::unique_ptr<ModelHandleImpl> impl) : d(std::move(impl)) {}
ModelHandle::~ModelHandle() = default;

std::shared_ptr<ModelHandle> ModelHandle::open(const std::string& path, const std::string& device)
{
    if (!std::filesystem::exists(path))
        throw std::runtime_error(path + ": no such file");
    auto impl = std::make_unique<ModelHandleImpl>();
    impl->path = path;
    impl->device = device;
    if (Checkpoint::isCheckpoint(path)) {
        CheckpointData data = Checkpoint::load(path, device);
        impl->net = data.model;
        impl->config = data.config;
        impl->description = "ARM Inspector checkpoint (epoch " + std::to_string(data.epoch) + ")";
    } else {
        PthContents contents = PthReader::read(path);
        std::map<std::string, torch::Tensor> sd;
        for (auto& [k, v] : contents.tensors)
            sd[k.rfind("module.", 0) == 0 ? k.substr(7) : k] = v;
        impl->config = inferConfig(sd, path);
        try {
            impl->net = FerNet(impl->config);
        } catch (const std::exception& e) {
            throw std::runtime_error(path + ": " + e.what());
        }
        LoadOptions options;
        options.source = path;
        const LoadReport report = StateDictLoader::load(impl->net, sd, options);
        if (report.runningGenericLoaded)
            impl->config.generic = GenericMode::Running;
        impl->net->setGenericMode(impl->config.generic);
        impl->net->to(torch::Device(device));
        impl->description = describeLayout(contents);
    }
    impl->net->eval();
    return std::shared_ptr<ModelHandle>(new ModelHandle(std::move(impl)));
}

std::shared_ptr<ModelHandle> ModelHandle::create(const ModelConfig& config, const std::string& device)
{
    auto impl = std::make_unique<ModelHandleImpl>();
    impl->config = config;
    impl->device = device;
    impl->net = FerNet(config);
    impl->net->to(torch::Device(device));
    impl->net->eval();
    impl->description = "new " + toString(config.arch) + " model";
    return std::shared_ptr<ModelHandle>(new ModelHandle(std::move(impl)));
}

std::shared_ptr<ModelHandle> ModelHandle::wrap(FerNet net, const ModelConfig& config, const std::string& device,
                                               const std::string& description)
{
    auto impl = std::make_unique<ModelHandleImpl>();
    impl->net = std::move(net);
    impl->config = config;
    impl->device = device;
    impl->description = description;
    impl->net->eval();
    return std::shared_ptr<ModelHandle>(new ModelHandle(std::move(impl)));
}

const ModelConfig& ModelHandle::config() const { return d->config; }
std::vector<std::string> ModelHandle::classNames() const { return d->config.effectiveClassNames(); }
const std::string& ModelHandle::path() const { return d->path; }
std::string ModelHandle::device() const { return d->device; }
std::string ModelHandle::formatDescription() const { return d->description; }
bool ModelHandle::hasRunningFeature() const { return d->net->hasRunningGeneric(); }
FerNet ModelHandle::network() const { return d->net; }
std::mutex& ModelHandle::mutex() const { return d->mutex; }


void ModelHandle::setGenericMode(GenericMode mode)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->net->setGenericMode(mode);
    d->config.generic = mode;
}

std::string ModelHandle::fingerprint() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (!d->fingerprint.empty())
        return d->fingerprint;
    // FNV-1a 64 over names and bytes of every parameter and buffer, in name order.
    Fnv1a h;
    for (const auto& [name, tensor] : StateDictLoader::stateDict(d->net, false)) {
        h.update(name);
        const torch::Tensor t = tensor.contiguous();
        h.update(t.data_ptr(), t.numel() * t.element_size());
    }
    d->fingerprint = h.hex();
    return d->fingerprint;
}

} // namespace arm
