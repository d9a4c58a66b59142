#pragma once

#include "engine/data/DatasetIndex.h"
#include "engine/train/Trainer.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace arm {

// The trainer's output directory: file names, atomic metrics.json writes, and the resume state kept
// in every checkpoint's metadata (params, history, best epoch, RNG scheme, sampler position).
class TrainerFiles {
public:
    explicit TrainerFiles(std::string outDir) : m_dir(std::move(outDir)) {}

    std::string last() const { return path("last.ckpt"); }
    std::string best() const { return path("best.ckpt"); }
    std::string metrics() const { return path("metrics.json"); }

    // Creates the directory (and parents) and checks that files can be created in it; throws
    // std::runtime_error naming the directory otherwise.
    void createDirectory() const;
    // metrics.json = the metadata's trainer section + status ("running", "finished", "cancelled"),
    // written to a temporary sibling and renamed.
    void writeMetrics(const nlohmann::json& metadata, const std::string& status) const;

    // The checkpoint metadata: {"trainer": {...}, "epoch_metrics": {...last epoch...}}.
    static nlohmann::json metadata(const TrainParams& params, const DatasetIndex& data,
                                   const std::vector<EpochMetrics>& history, double best, int bestEpoch,
                                   int trainSamples, int testSamples, int epochSize);

    struct State {
        TrainParams params;
        std::vector<EpochMetrics> history;
        double bestAccuracy = -1.0;
        int bestEpoch = 0;
    };
    // Reads metadata() back; throws std::runtime_error naming `file` when it is not there or malformed.
    static State stateOf(const std::string& file, const nlohmann::json& metadata);

    // Writes text to PATH.tmp-* and renames it over PATH; throws std::runtime_error naming PATH.
    static void writeAtomically(const std::string& path, const std::string& text);

private:
    std::string path(const char* name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

} // namespace arm
