#include "engine/train/InitialModel.h"

#include "engine/io/PthReader.h"
#include "engine/model/Checkpoint.h"
#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <map>
#include <stdexcept>

namespace arm {

FerNet InitialModel::build(const TrainParams& p, const DatasetIndex& data, const Log& log)
{
    ModelConfig cfg = p.model;
    cfg.numClasses = data.numClasses();
    cfg.classNames = data.classNames;
    if (p.initWeights.empty()) {
        FerNet model(cfg);
        if (!p.backboneWeights.empty()) {
            const PthContents c = readPth(p.backboneWeights);
            LoadOptions o;
            o.backboneOnly = true;
            o.source = p.backboneWeights;
            const LoadReport r = StateDictLoader::load(model, c.tensors, o);
            log("backbone initialised from " + p.backboneWeights + " (" + std::to_string(r.loaded.size()) + " tensors)");
        }
        return model;
    }
    const std::string& path = p.initWeights;
    std::map<std::string, torch::Tensor> sd;
    ModelConfig fileCfg;
    bool ownRunning = false;
    if (Checkpoint::isCheckpoint(path)) {
        CheckpointData d = Checkpoint::load(path);
        fileCfg = d.config;
        sd = StateDictLoader::stateDict(d.model, false);
        ownRunning = d.model->hasRunningGeneric();
    } else {
        for (auto& [k, v] : readPth(path).tensors)
            sd[k.rfind("module.", 0) == 0 ? k.substr(7) : k] = v;
        try {
            fileCfg = StateDictLoader::inferConfig(sd);
        } catch (const std::exception& e) {
            throw std::runtime_error(path + ": " + e.what());
        }
    }
    // The file decides the architecture; the ARM's fc width fixes its input size too.
    if (fileCfg.arch != cfg.arch || (isArmArch(fileCfg.arch) && fileCfg.inputSize != cfg.inputSize))
        log("architecture taken from " + path + ": " + toString(fileCfg.arch) + " @ " +
            std::to_string(fileCfg.inputSize) + " px");
    cfg.arch = fileCfg.arch;
    if (isArmArch(cfg.arch))
        cfg.inputSize = fileCfg.inputSize;
    cfg.norm = fileCfg.norm;
    FerNet model(cfg);
    const auto fc = sd.find("fc.weight");
    const bool fcFits = fc != sd.end() && fc->second.size(0) == cfg.numClasses;
    if (!fcFits) {
        sd.erase("fc.weight");
        sd.erase("fc.bias");
        log("fc re-initialised: " + path + " has a different number of classes than the data (" +
            std::to_string(cfg.numClasses) + ")");
    }
    if (!ownRunning)
        sd.erase("arm.running_generic"); // an unset buffer must not be marked valid
    LoadOptions o;
    o.source = path;
    o.strict = fcFits;
    StateDictLoader::load(model, sd, o);
    log("initialised from " + path);
    return model;
}

std::string InitialModel::nonFiniteTensor(FerNet& model)
{
    torch::NoGradGuard noGrad;
    for (const auto& item : model->named_parameters())
        if (!torch::isfinite(item.value()).all().item<bool>())
            return item.key();
    for (const auto& item : model->named_buffers())
        if (item.value().is_floating_point() && !torch::isfinite(item.value()).all().item<bool>())
            return item.key();
    return {};
}

} // namespace arm
