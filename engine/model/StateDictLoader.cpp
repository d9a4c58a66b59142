#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <set>
#include <sstream>

namespace arm {

namespace {

std::string shapeString(const std::vector<int64_t>& s)
{
    std::string out = "[";
    for (std::size_t i = 0; i < s.size(); ++i)
        out += (i ? ", " : "") + std::to_string(s[i]);
    return out + "]";
}

std::string buildMessage(const std::string& source, const std::vector<std::string>& missing,
                         const std::vector<std::string>& unexpected,
                         const std::vector<StateDictError::Mismatch>& misshaped,
                         const std::vector<StateDictError::Invalid>& invalid)
{
    std::ostringstream s;
    const bool fits = missing.empty() && unexpected.empty() && misshaped.empty();
    s << source << (fits ? ": state dict holds unusable values" : ": state dict does not fit the model");
    auto list = [&s](const char* what, const std::vector<std::string>& keys) {
        if (keys.empty())
            return;
        s << "; " << keys.size() << ' ' << what << " key(s): ";
        for (std::size_t i = 0; i < keys.size(); ++i)
            s << (i ? ", " : "") << keys[i];
    };
    list("missing", missing);
    list("unexpected", unexpected);
    if (!misshaped.empty()) {
        s << "; " << misshaped.size() << " mis-shaped key(s): ";
        for (std::size_t i = 0; i < misshaped.size(); ++i)
            s << (i ? ", " : "") << misshaped[i].key << " (model " << shapeString(misshaped[i].expected) << ", file "
              << shapeString(misshaped[i].got) << ")";
    }
    if (!invalid.empty()) {
        s << "; " << invalid.size() << " invalid key(s): ";
        for (std::size_t i = 0; i < invalid.size(); ++i)
            s << (i ? ", " : "") << invalid[i].key << " (" << invalid[i].problem << ")";
    }
    return s.str();
}

std::map<std::string, torch::Tensor> modelEntries(const FerNetImpl& m)
{
    std::map<std::string, torch::Tensor> out;
    for (const auto& p : m.named_parameters(/*recurse=*/true))
        out[p.key()] = p.value();
    for (const auto& b : m.named_buffers(/*recurse=*/true))
        out[b.key()] = b.value();
    return out;
}

// "" when the tensor could belong to a trained network, else what is wrong with it.
std::string valueProblem(const std::string& key, const torch::Tensor& t)
{
    if (!t.is_floating_point() || t.numel() == 0)
        return {};
    if (!torch::isfinite(t).all().item<bool>())
        return "holds NaN or infinite values";
    const std::string var = "running_var";
    if (key.size() >= var.size() && key.compare(key.size() - var.size(), var.size(), var) == 0 &&
        (t < 0).any().item<bool>())
        return "has a negative running variance";
    return {};
}

} // namespace

StateDictError::StateDictError(const std::string& source, std::vector<std::string> missing,
                               std::vector<std::string> unexpected, std::vector<Mismatch> misshaped,
                               std::vector<Invalid> invalid)
    : std::runtime_error(buildMessage(source, missing, unexpected, misshaped, invalid)),
      m_missing(std::move(missing)),
      m_unexpected(std::move(unexpected)),
      m_misshaped(std::move(misshaped)),
      m_invalid(std::move(invalid))
{
}

bool StateDictLoader::isOwnExtraKey(const std::string& key)
{
    return key == "arm.running_generic";
}

std::string StateDictLoader::torchvisionToFeatures(const std::string& key)
{
    auto startsWith = [&key](const std::string& p) { return key.rfind(p, 0) == 0; };
    if (startsWith("conv1."))
        return "features.0." + key.substr(6);
    if (startsWith("bn1."))
        return "features.1." + key.substr(4);
    for (int k = 1; k <= 4; ++k) {
        const std::string prefix = "layer" + std::to_string(k) + ".";
        if (startsWith(prefix))
            return "features." + std::to_string(3 + k) + "." + key.substr(prefix.size());
    }
    if (startsWith("features."))
        return key;
    return {};
}

LoadReport StateDictLoader::load(FerNet& model, const std::map<std::string, torch::Tensor>& stateDict,
                                 const LoadOptions& options)
{
    const std::map<std::string, torch::Tensor> target = modelEntries(*model);
    LoadReport report;
    std::vector<std::string> unexpected;
    std::vector<StateDictError::Mismatch> misshaped;
    std::vector<StateDictError::Invalid> invalid;
    std::map<std::string, torch::Tensor> matched; // model key -> source tensor
    std::set<std::string> misshapedKeys;

    for (const auto& [rawKey, tensor] : stateDict) {
        std::string key = rawKey;
        if (key.rfind("module.", 0) == 0)
            key = key.substr(7);
        if (options.backboneOnly) {
            const std::string mapped = torchvisionToFeatures(key);
            if (mapped.empty()) {
                // An ImageNet/MS-Celeb classifier (or another head) is not part of the backbone.
                report.skipped.push_back(rawKey);
                continue;
            }
            key = mapped;
        }
        auto it = target.find(key);
        if (it == target.end() || !tensor.defined()) {
            unexpected.push_back(rawKey);
            continue;
        }
        if (it->second.sizes() != tensor.sizes()) {
            misshaped.push_back({rawKey, it->second.sizes().vec(), tensor.sizes().vec()});
            misshapedKeys.insert(key); // reported once, as mis-shaped, not also as missing
            continue;
        }
        if (matched.count(key)) {
            unexpected.push_back(rawKey + " (duplicate of " + key + ")");
            continue;
        }
        if (std::string problem = valueProblem(key, tensor); !problem.empty())
            invalid.push_back({rawKey, std::move(problem)});
        matched[key] = tensor;
    }

    std::vector<std::string> missing;
    for (const auto& [key, t] : target) {
        (void)t;
        if (matched.count(key) || misshapedKeys.count(key) || isOwnExtraKey(key))
            continue;
        if (options.backboneOnly && key.rfind("features.", 0) != 0)
            continue;
        missing.push_back(key);
    }

    if (!misshaped.empty() || !invalid.empty() || (options.strict && (!missing.empty() || !unexpected.empty())))
        throw StateDictError(options.source, missing, unexpected, misshaped, invalid);

    torch::NoGradGuard noGrad;
    for (const auto& [key, src] : matched) {
        torch::Tensor dst = target.at(key);
        dst.copy_(src.to(dst.device(), dst.scalar_type()));
        report.loaded.push_back(key);
        if (isOwnExtraKey(key))
            report.runningGenericLoaded = true;
    }
    if (model->arm)
        model->arm->markRunningGenericValid(report.runningGenericLoaded); // an old feature belongs to old weights
    report.missing = std::move(missing);
    report.unexpected = std::move(unexpected);
    return report;
}

ModelConfig StateDictLoader::inferConfig(const std::map<std::string, torch::Tensor>& stateDict)
{
    std::map<std::string, torch::Tensor> sd;
    for (const auto& [rawKey, t] : stateDict) {
        std::string key = rawKey.rfind("module.", 0) == 0 ? rawKey.substr(7) : rawKey;
        const std::string mapped = torchvisionToFeatures(key);
        sd[mapped.empty() ? key : mapped] = t;
    }
    auto has = [&sd](const std::string& k) { return sd.count(k) > 0; };
    if (!has("features.0.weight") || !has("fc.weight"))
        throw std::invalid_argument("state dict has no ResNet backbone / fc (features.0.weight or conv1.weight, "
                                    "and fc.weight, are missing)");
    const bool bottleneck = has("features.4.0.conv3.weight");
    int layer3Blocks = 0;
    while (has("features.6." + std::to_string(layer3Blocks) + ".conv1.weight"))
        ++layer3Blocks;
    int depth = 0;
    if (bottleneck && layer3Blocks == 6)
        depth = 50;
    else if (!bottleneck && layer3Blocks == 2)
        depth = 18;
    else if (!bottleneck && layer3Blocks == 6)
        depth = 34;
    else
        throw std::invalid_argument("state dict: layer3 has " + std::to_string(layer3Blocks) + " " +
                                    (bottleneck ? "bottleneck" : "basic") +
                                    " blocks, which is none of ResNet-18/34/50");
    const torch::Tensor& fcw = sd.at("fc.weight");
    if (fcw.dim() != 2)
        throw std::invalid_argument("state dict: fc.weight is not a matrix");
    ModelConfig c;
    c.numClasses = static_cast<int>(fcw.size(0));
    c.generic = GenericMode::Batch;
    const bool isArm = has("arm.de_albino.weight");
    c.arch = depth == 18 ? (isArm ? Arch::ResNet18Arm : Arch::ResNet18)
             : depth == 34 ? (isArm ? Arch::ResNet34Arm : Arch::ResNet34)
                           : (isArm ? Arch::ResNet50Arm : Arch::ResNet50);
    if (!isArm) {
        c.inputSize = 224;
        return c;
    }
    const int width = static_cast<int>(fcw.size(1));
    auto fits = [&c, width](int n) {
        try {
            return ArmGeometry::compute(c.arch, n).fcWidth == width;
        } catch (const std::invalid_argument&) {
            return false;
        }
    };
    std::vector<int> candidates{224, 112};
    for (int n = 32; n <= 1024; n += 32)
        candidates.push_back(n);
    for (int n = 1; n <= 1024; ++n)
        candidates.push_back(n);
    for (int n : candidates)
        if (fits(n)) {
            c.inputSize = n;
            return c;
        }
    throw std::invalid_argument("state dict: fc.weight has " + std::to_string(width) + " inputs, which no input size of " +
                                toString(c.arch) + " produces (the ARM's fc width is the square of the de-albino size)");
}

std::map<std::string, torch::Tensor> StateDictLoader::stateDict(const FerNet& model, bool authorsNames)
{
    std::map<std::string, torch::Tensor> out;
    for (const auto& [key, t] : modelEntries(*model)) {
        if (authorsNames && isOwnExtraKey(key))
            continue;
        out[key] = t.detach().to(torch::kCPU).clone();
    }
    return out;
}

} // namespace arm
