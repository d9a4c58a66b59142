#include "engine/StateDictLoader.h"

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
                         const std::vector<StateDictError::Mismatch>& misshaped)
{
    std::ostringstream s;
    s << source << ": state dict does not fit the model";
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

} // namespace

StateDictError::StateDictError(const std::string& source, std::vector<std::string> missing,
                               std::vector<std::string> unexpected, std::vector<Mismatch> misshaped)
    : std::runtime_error(buildMessage(source, missing, unexpected, misshaped)),
      m_missing(std::move(missing)),
      m_unexpected(std::move(unexpected)),
      m_misshaped(std::move(misshaped))
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

    if (!misshaped.empty() || (options.strict && (!missing.empty() || !unexpected.empty())))
        throw StateDictError(options.source, missing, unexpected, misshaped);

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
