#include "engine/core/ModelConfig.h"

#include "engine/core/ExpressionClasses.h"
#include "engine/core/JsonValue.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace arm {

namespace {

struct ArchName {
    Arch arch;
    const char* name;
};
constexpr ArchName kArchNames[] = {
    {Arch::ResNet18Arm, "resnet18-arm"}, {Arch::ResNet34Arm, "resnet34-arm"}, {Arch::ResNet50Arm, "resnet50-arm"},
    {Arch::ResNet18, "resnet18"},         {Arch::ResNet34, "resnet34"},         {Arch::ResNet50, "resnet50"},
};

struct ModeName {
    GenericMode mode;
    const char* name;
};
constexpr ModeName kModeNames[] = {
    {GenericMode::Batch, "batch"}, {GenericMode::Running, "running"}, {GenericMode::None, "none"}};

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

std::string toString(Arch arch)
{
    for (const auto& a : kArchNames)
        if (a.arch == arch)
            return a.name;
    return "unknown";
}

std::string toString(GenericMode mode)
{
    for (const auto& m : kModeNames)
        if (m.mode == mode)
            return m.name;
    return "unknown";
}

std::vector<std::string> archNames()
{
    std::vector<std::string> out;
    for (const auto& a : kArchNames)
        out.emplace_back(a.name);
    return out;
}

std::vector<std::string> genericModeNames()
{
    std::vector<std::string> out;
    for (const auto& m : kModeNames)
        out.emplace_back(m.name);
    return out;
}

Arch archFromString(const std::string& name)
{
    for (const auto& a : kArchNames)
        if (name == a.name)
            return a.arch;
    throw std::invalid_argument("unknown architecture '" + name + "' (valid: " + joined(archNames()) + ")");
}

GenericMode genericModeFromString(const std::string& name)
{
    for (const auto& m : kModeNames)
        if (name == m.name)
            return m.mode;
    throw std::invalid_argument("unknown generic-feature mode '" + name + "' (valid: " +
                                joined(genericModeNames()) + ")");
}

bool isArmArch(Arch arch)
{
    return arch == Arch::ResNet18Arm || arch == Arch::ResNet34Arm || arch == Arch::ResNet50Arm;
}

int resnetDepth(Arch arch)
{
    switch (arch) {
    case Arch::ResNet18Arm:
    case Arch::ResNet18: return 18;
    case Arch::ResNet34Arm:
    case Arch::ResNet34: return 34;
    case Arch::ResNet50Arm:
    case Arch::ResNet50: return 50;
    }
    return 18;
}

namespace {
// Expression datasets have 7-8 classes; a head of 1000 still loads, while 2e9 from a hostile file
// would allocate the classifier before anything else objects. The same bound as Checkpoint::kMaxClasses
// (engine/model, which core cannot see), here for every other source of a config (.pth, the GUI).
constexpr int kMaxClasses = 1000;
} // namespace

void ModelConfig::validate() const
{
    if (inputSize < 1 || inputSize > 4096)
        throw std::invalid_argument("input_size " + std::to_string(inputSize) + " is out of range 1..4096");
    if (numClasses < 1 || numClasses > kMaxClasses)
        throw std::invalid_argument("num_classes " + std::to_string(numClasses) + " is out of range 1.." +
                                    std::to_string(kMaxClasses));
    if (!classNames.empty() && static_cast<int>(classNames.size()) != numClasses)
        throw std::invalid_argument("class_names has " + std::to_string(classNames.size()) +
                                    " entries but num_classes is " + std::to_string(numClasses));
    if (!(runningMomentum > 0.0 && runningMomentum <= 1.0))
        throw std::invalid_argument("running_momentum " + std::to_string(runningMomentum) +
                                    " must be in (0, 1]");
    for (int c = 0; c < 3; ++c)
        if (!(norm.std[c] > 0.0f))
            throw std::invalid_argument("normalization.std[" + std::to_string(c) + "] must be positive");
}

std::vector<std::string> ModelConfig::effectiveClassNames() const
{
    if (!classNames.empty())
        return classNames;
    std::vector<std::string> out;
    const auto basic = ExpressionClasses::basicNameList();
    for (int i = 0; i < numClasses; ++i)
        out.push_back(i < static_cast<int>(basic.size()) ? basic[i] : "class " + std::to_string(i));
    return out;
}

nlohmann::json ModelConfig::toJson() const
{
    return nlohmann::json{{"arch", toString(arch)},
                          {"input_size", inputSize},
                          {"generic", toString(generic)},
                          {"num_classes", numClasses},
                          {"class_names", classNames},
                          {"normalization", {{"mean", norm.mean}, {"std", norm.std}}},
                          {"running_momentum", runningMomentum}};
}

ModelConfig ModelConfig::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        throw std::invalid_argument("model config: expected a JSON object");
    ModelConfig c;
    auto get = [&j](const char* key, auto& into) { JsonValue::read(j, key, into, "model config key"); };
    std::string arch = toString(c.arch), generic = toString(c.generic);
    get("arch", arch);
    get("generic", generic);
    c.arch = archFromString(arch);
    c.generic = genericModeFromString(generic);
    get("input_size", c.inputSize);
    get("num_classes", c.numClasses);
    get("class_names", c.classNames);
    get("running_momentum", c.runningMomentum);
    if (auto it = j.find("normalization"); it != j.end() && it->is_object()) {
        JsonValue::read(*it, "mean", c.norm.mean, "model config key 'normalization', entry");
        JsonValue::read(*it, "std", c.norm.std, "model config key 'normalization', entry");
    }
    c.validate();
    return c;
}

} // namespace arm
