#include "engine/train/TrainSetup.h"

#include "engine/loading/ClassWeightedSampler.h"
#include "engine/loading/MrrSampler.h"
#include "engine/loading/ShuffleSampler.h"

#include <cmath>
#include <stdexcept>

namespace arm {

std::unique_ptr<Sampler> TrainSetup::makeSampler(const std::string& name, std::vector<int> labels, unsigned long long seed,
                                     int mrrPerClass)
{
    if (name == "shuffle")
        return std::make_unique<ShuffleSampler>(std::move(labels), seed);
    if (name == "weighted")
        return std::make_unique<ClassWeightedSampler>(std::move(labels), seed);
    if (name == "mrr")
        return std::make_unique<MrrSampler>(std::move(labels), seed, mrrPerClass);
    throw std::invalid_argument("sampler '" + name + "': expected shuffle, weighted or mrr");
}

void TrainSetup::validate(const TrainParams& p)
{
    if (p.epochs < 0)
        throw std::invalid_argument("epochs must be >= 0, got " + std::to_string(p.epochs));
    if (p.batchSize < 1)
        throw std::invalid_argument("batch size must be >= 1, got " + std::to_string(p.batchSize));
    if (!(p.lr > 0.0) || !std::isfinite(p.lr))
        throw std::invalid_argument("learning rate must be > 0, got " + std::to_string(p.lr));
    if (!(p.gamma > 0.0) || p.gamma > 1.0)
        throw std::invalid_argument("gamma must be in (0, 1], got " + std::to_string(p.gamma));
    if (p.weightDecay < 0.0)
        throw std::invalid_argument("weight decay must be >= 0, got " + std::to_string(p.weightDecay));
    if (p.optimizer != "adam" && p.optimizer != "sgd")
        throw std::invalid_argument("optimizer '" + p.optimizer + "': expected adam or sgd");
    if (p.sampler != "shuffle" && p.sampler != "weighted" && p.sampler != "mrr")
        throw std::invalid_argument("sampler '" + p.sampler + "': expected shuffle, weighted or mrr");
    if (!p.initWeights.empty() && !p.backboneWeights.empty())
        throw std::invalid_argument("give either initial weights (" + p.initWeights + ") or backbone weights (" +
                                    p.backboneWeights + "), not both");
    if (p.writeCheckpoints && p.outDir.empty())
        throw std::invalid_argument("no output directory given");
}

std::vector<int> TrainSetup::checkedIndices(const DatasetIndex& data, const std::vector<int>& indices, const char* what)
{
    for (int i : indices) {
        if (i < 0 || i >= static_cast<int>(data.samples.size()))
            throw std::invalid_argument(std::string(what) + " index " + std::to_string(i) + " is outside the dataset (" +
                                        std::to_string(data.samples.size()) + " samples)");
        const int label = data.samples[static_cast<std::size_t>(i)].label;
        if (label < 0 || label >= data.numClasses())
            throw std::invalid_argument(data.samples[static_cast<std::size_t>(i)].name + ": label " +
                                        std::to_string(label) + " is not one of the " +
                                        std::to_string(data.numClasses()) + " classes");
    }
    return indices;
}

} // namespace arm
