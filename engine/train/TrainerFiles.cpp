#include "engine/train/TrainerFiles.h"

#include "engine/core/AtomicFile.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace arm {

namespace fs = std::filesystem;

void TrainerFiles::writeAtomically(const std::string& path, const std::string& text)
{
    AtomicFile::write(path, text); // fsynced: metrics.json must never claim an epoch the disk lost
}

void TrainerFiles::createDirectory() const
{
    std::error_code ec;
    fs::create_directories(m_dir, ec);
    if (ec || !fs::is_directory(m_dir))
        throw std::runtime_error(m_dir + ": cannot create output directory" + (ec ? ": " + ec.message() : std::string()));
    // Fail now, not after the first epoch: a probe file must be creatable.
    const std::string probe = path(".write-probe");
    {
        std::ofstream out(probe, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::runtime_error(m_dir + ": output directory is not writable");
    }
    std::remove(probe.c_str());
}

void TrainerFiles::writeMetrics(const nlohmann::json& metadata, const std::string& status) const
{
    nlohmann::json j = metadata.at("trainer");
    j["format"] = "arm-inspector-metrics";
    j["version"] = 1;
    j["status"] = status;
    // Paths in it (dataset root, weights) are bytes: one that is not UTF-8 (a Latin-1 folder name) is
    // written with U+FFFD rather than failing the run; the checkpoints keep the same replacement.
    writeAtomically(metrics(), j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

nlohmann::json TrainerFiles::metadata(const TrainParams& params, const DatasetIndex& data,
                                      const std::vector<EpochMetrics>& history, double best, int bestEpoch,
                                      int trainSamples, int testSamples, int epochSize)
{
    nlohmann::json epochs = nlohmann::json::array();
    for (const EpochMetrics& m : history)
        epochs.push_back(Trainer::toJson(m));
    const int completed = history.empty() ? 0 : history.back().epoch;
    nlohmann::json t{
        {"params", Trainer::toJson(params)},
        {"completed_epochs", completed},
        {"epochs", epochs},
        {"best_epoch", bestEpoch},
        {"best_test_accuracy", best < 0 ? 0.0 : best},
        {"rng",
         {{"seed", params.seed},
          {"scheme", "torch re-seeded per epoch from (seed, epoch); sampler and augmenter are pure functions of "
                     "(seed, epoch, sample)"}}},
        {"sampler", {{"name", params.sampler}, {"epoch_size", epochSize}, {"next_epoch", completed}}},
        // --batch-size is per rank; the optimiser steps on the global batch (docs/DISTRIBUTED.md).
        {"distributed",
         {{"world_size", params.worldSize},
          {"batch_size_per_rank", params.batchSize},
          {"global_batch_size", params.batchSize * params.worldSize}}},
        {"dataset",
         {{"root", data.root}, {"format", toString(data.format)}, {"train_samples", trainSamples},
          {"test_samples", testSamples}}}};
    nlohmann::json meta{{"trainer", t}};
    if (!history.empty())
        meta["epoch_metrics"] = epochs.back();
    return meta;
}

TrainerFiles::State TrainerFiles::stateOf(const std::string& file, const nlohmann::json& metadata)
{
    if (!metadata.is_object() || !metadata.contains("trainer") || !metadata["trainer"].is_object())
        throw std::runtime_error(file + ": holds no trainer state (not written by the trainer), cannot resume");
    const nlohmann::json& t = metadata["trainer"];
    State s;
    try {
        s.params = Trainer::paramsFromJson(t.at("params"));
        for (const auto& e : t.at("epochs"))
            s.history.push_back(Trainer::epochFromJson(e));
        s.bestEpoch = t.value("best_epoch", 0);
        s.bestAccuracy = s.bestEpoch > 0 ? t.value("best_test_accuracy", 0.0) : -1.0;
    } catch (const std::exception& e) {
        throw std::runtime_error(file + ": bad trainer state in metadata: " + e.what());
    }
    return s;
}

} // namespace arm
