// JSON forms of the trainer's plain structs (checkpoint metadata, metrics.json, arm-cli --json).
#include "engine/train/Trainer.h"

#include "engine/core/JsonValue.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace arm {

namespace {

template <typename T> void getKey(const nlohmann::json& j, const char* key, T& into)
{
    JsonValue::read(j, key, into, "training parameter");
}

} // namespace

nlohmann::json Trainer::toJson(const TrainParams& p)
{
    nlohmann::json j{{"model", p.model.toJson()},
                     {"epochs", p.epochs},
                     {"batch_size", p.batchSize},
                     {"optimizer", p.optimizer},
                     {"lr", p.lr},
                     {"weight_decay", p.weightDecay},
                     {"momentum", p.momentum},
                     {"gamma", p.gamma},
                     {"sampler", p.sampler},
                     {"mrr_per_class", p.mrrPerClass},
                     {"augment", p.augment},
                     {"init_weights", p.initWeights},
                     {"backbone_weights", p.backboneWeights},
                     {"freeze_backbone", p.freezeBackbone},
                     {"freeze_bn", p.freezeBatchNorm},
                     {"device", p.device},
                     {"seed", p.seed},
                     {"loader_threads", p.loaderThreads},
                     {"threads", p.threads},
                     {"precision", toString(p.precision)},
                     {"world_size", p.worldSize},
                     {"global_batch_size", p.batchSize * p.worldSize}};
    // Explicit subsets only (K-fold, GUI selections); empty means "the whole split".
    if (!p.trainIndices.empty())
        j["train_indices"] = p.trainIndices;
    if (!p.testIndices.empty())
        j["test_indices"] = p.testIndices;
    return j;
}

TrainParams Trainer::paramsFromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        throw std::invalid_argument("training parameters: expected a JSON object");
    TrainParams p;
    if (auto it = j.find("model"); it != j.end())
        p.model = ModelConfig::fromJson(*it);
    getKey(j, "epochs", p.epochs);
    getKey(j, "batch_size", p.batchSize);
    getKey(j, "optimizer", p.optimizer);
    getKey(j, "lr", p.lr);
    getKey(j, "weight_decay", p.weightDecay);
    getKey(j, "momentum", p.momentum);
    getKey(j, "gamma", p.gamma);
    getKey(j, "sampler", p.sampler);
    getKey(j, "mrr_per_class", p.mrrPerClass);
    getKey(j, "augment", p.augment);
    getKey(j, "init_weights", p.initWeights);
    getKey(j, "backbone_weights", p.backboneWeights);
    getKey(j, "freeze_backbone", p.freezeBackbone);
    getKey(j, "freeze_bn", p.freezeBatchNorm);
    getKey(j, "device", p.device);
    getKey(j, "seed", p.seed);
    getKey(j, "loader_threads", p.loaderThreads);
    getKey(j, "threads", p.threads);
    getKey(j, "world_size", p.worldSize);
    // Runs before "precision" existed stored "mixed_precision" (CUDA-only autocast); they ran fp32 here.
    if (j.contains("precision")) {
        std::string name;
        getKey(j, "precision", name);
        try {
            p.precision = precisionFromString(name);
        } catch (const std::invalid_argument& e) {
            throw std::runtime_error(std::string("key 'precision': ") + e.what());
        }
    }
    getKey(j, "train_indices", p.trainIndices);
    getKey(j, "test_indices", p.testIndices);
    return p;
}

nlohmann::json Trainer::toJson(const EpochMetrics& m)
{
    return nlohmann::json{{"epoch", m.epoch},
                          {"train_loss", m.trainLoss},
                          {"train_accuracy", m.trainAccuracy},
                          {"test_loss", m.testLoss},
                          {"test_accuracy", m.testAccuracy},
                          {"test_mean_class_accuracy", m.testMeanClassAccuracy},
                          {"lr", m.lr},
                          {"seconds", m.seconds},
                          {"images_per_second", m.imagesPerSecond},
                          {"sync_seconds", m.syncSeconds}};
}

EpochMetrics Trainer::epochFromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        throw std::invalid_argument("epoch metrics: expected a JSON object");
    EpochMetrics m;
    getKey(j, "epoch", m.epoch);
    getKey(j, "train_loss", m.trainLoss);
    getKey(j, "train_accuracy", m.trainAccuracy);
    getKey(j, "test_loss", m.testLoss);
    getKey(j, "test_accuracy", m.testAccuracy);
    getKey(j, "test_mean_class_accuracy", m.testMeanClassAccuracy);
    getKey(j, "lr", m.lr);
    getKey(j, "seconds", m.seconds);
    getKey(j, "images_per_second", m.imagesPerSecond);
    getKey(j, "sync_seconds", m.syncSeconds);
    return m;
}

std::vector<EpochMetrics> Trainer::readHistory(const std::string& metricsPath)
{
    std::ifstream in(metricsPath);
    if (!in)
        throw std::runtime_error(metricsPath + ": cannot be opened");
    nlohmann::json j;
    try {
        in >> j;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(metricsPath + ": not valid JSON (" + e.what() + ")");
    }
    if (!j.is_object() || !j.contains("epochs") || !j["epochs"].is_array())
        throw std::runtime_error(metricsPath + ": no \"epochs\" list (not a metrics.json of arm-cli train)");
    std::vector<EpochMetrics> history;
    for (std::size_t i = 0; i < j["epochs"].size(); ++i) {
        try {
            history.push_back(epochFromJson(j["epochs"][i]));
        } catch (const std::exception& e) {
            throw std::runtime_error(metricsPath + ": epochs[" + std::to_string(i) + "]: " + e.what());
        }
    }
    return history;
}

} // namespace arm
