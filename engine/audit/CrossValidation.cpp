#include "engine/audit/CrossValidation.h"

#include "engine/core/Fnv1a.h"
#include "engine/core/Precision.h"
#include "engine/eval/Evaluator.h"
#include "engine/model/ModelHandle.h"
#include "engine/synth/SynthRng.h"
#include "engine/train/Trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace arm {

std::vector<std::vector<int>> CrossValidation::stratifiedFolds(const DatasetIndex& data,
                                                               const std::vector<int>& sampleIndices, int k,
                                                               unsigned long long seed)
{
    if (k < 2)
        throw std::invalid_argument("--folds must be at least 2, got " + std::to_string(k));
    if (static_cast<std::size_t>(k) > sampleIndices.size())
        throw std::invalid_argument("--folds " + std::to_string(k) + " exceeds the " +
                                    std::to_string(sampleIndices.size()) + " samples to split");
    std::map<int, std::vector<int>> byClass;
    for (int i : sampleIndices) {
        if (i < 0 || static_cast<std::size_t>(i) >= data.samples.size())
            throw std::invalid_argument("sample index " + std::to_string(i) + " out of range");
        byClass[data.samples[static_cast<std::size_t>(i)].label].push_back(i);
    }
    // SplitMix64 Fisher-Yates: std::shuffle's result is implementation-defined, folds must not be.
    SynthRng rng(seed, 0xF01D5ULL);
    std::vector<std::vector<int>> folds(static_cast<std::size_t>(k));
    int next = 0;
    for (auto& [label, members] : byClass) {
        for (std::size_t i = members.size(); i > 1; --i)
            std::swap(members[i - 1], members[static_cast<std::size_t>(rng.below(static_cast<int>(i)))]);
        // Round-robin continuing across classes keeps fold sizes within one of each other.
        for (int s : members) {
            folds[static_cast<std::size_t>(next)].push_back(s);
            next = (next + 1) % k;
        }
    }
    for (auto& f : folds)
        std::sort(f.begin(), f.end());
    return folds;
}

std::string CrossValidation::foldKey(const DatasetIndex& data, const std::vector<int>& trainIndices,
                                     const CrossTrainOptions& o, int fold)
{
    Fnv1a h;
    auto mix = [&h](const std::string& s) {
        h.update(s);
        h.updateByte(0xFF); // field separator: ("ab","c") and ("a","bc") differ
    };
    char lr[32];
    std::snprintf(lr, sizeof lr, "%.9g", o.lr);
    mix("kfold-v1");
    mix(toString(o.arch));
    mix(std::to_string(o.inputSize));
    mix(std::to_string(o.epochs));
    mix(std::to_string(o.batchSize));
    mix(lr);
    mix(toString(o.generic));
    mix(o.augment ? "aug" : "noaug");
    mix(std::to_string(o.seed));
    mix(std::to_string(o.folds) + "/" + std::to_string(fold));
    mix(std::to_string(data.numClasses()));
    // bf16 trains a different model (a fold's probabilities move, and with them the ranking), so it is
    // part of the identity; fp32 adds nothing, so the keys of fp32 folds cached before bf16 existed stay valid.
    if (resolvePrecision(o.precision, o.device) == Precision::Bf16)
        mix("bf16");
    for (int i : trainIndices) {
        const Sample& s = data.samples.at(static_cast<std::size_t>(i));
        mix(s.name);
        mix(std::to_string(s.label));
    }
    return "kfold:" + h.hex();
}

bool CrossValidation::trainerAvailable()
{
    return true;
}

OutOfSample CrossValidation::outOfSampleProbabilities(const DatasetIndex& data, const std::vector<int>& sampleIndices,
                                                      const CrossTrainOptions& options,
                                                      const std::function<void(const CrossTrainProgress&)>& progress,
                                                      const PredictionCache* cache, const std::atomic<bool>* cancel)
{
    const auto t0 = std::chrono::steady_clock::now();
    const int k = options.folds;
    const std::vector<std::vector<int>> folds = stratifiedFolds(data, sampleIndices, k, options.seed);
    OutOfSample out;
    out.sampleIndices = sampleIndices;
    out.probabilities.assign(sampleIndices.size(), {});
    out.foldOf.assign(sampleIndices.size(), -1);
    out.foldAccuracy.assign(static_cast<std::size_t>(k), 0.0);
    std::map<int, std::size_t> rowOf;
    for (std::size_t r = 0; r < sampleIndices.size(); ++r)
        rowOf[sampleIndices[r]] = r;

    auto elapsed = [&t0] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    // Fraction of the whole job done, for the ETA: folds weigh equally, prediction is counted as done.
    auto report = [&](CrossTrainProgress p, double fraction) {
        if (!progress)
            return;
        p.fold = std::min(p.fold, k);
        p.folds = k;
        p.etaSeconds = fraction > 0.01 ? elapsed() * (1.0 - fraction) / fraction : 0.0;
        progress(p);
    };

    for (int f = 0; f < k; ++f) {
        const std::vector<int>& heldOut = folds[static_cast<std::size_t>(f)];
        std::vector<int> train;
        for (int g = 0; g < k; ++g)
            if (g != f)
                train.insert(train.end(), folds[static_cast<std::size_t>(g)].begin(),
                             folds[static_cast<std::size_t>(g)].end());
        std::sort(train.begin(), train.end());
        const std::string key = foldKey(data, train, options, f);
        out.foldKeys.push_back(key);
        for (int i : heldOut)
            out.foldOf[rowOf.at(i)] = f;

        if (cache && cache->load) {
            const std::map<std::string, std::vector<float>> rows = cache->load(key);
            bool complete = !rows.empty();
            for (int i : heldOut)
                complete = complete && rows.count(data.samples[static_cast<std::size_t>(i)].name) > 0;
            if (complete) {
                int correct = 0;
                for (int i : heldOut) {
                    const Sample& s = data.samples[static_cast<std::size_t>(i)];
                    const std::vector<float>& p = rows.at(s.name);
                    out.probabilities[rowOf.at(i)] = p;
                    correct += static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin()) == s.label;
                }
                out.foldAccuracy[static_cast<std::size_t>(f)] =
                    heldOut.empty() ? 0.0 : static_cast<double>(correct) / static_cast<double>(heldOut.size());
                ++out.cachedFolds;
                CrossTrainProgress p;
                p.fold = f + 1;
                p.stage = "cached";
                p.done = p.total = static_cast<int>(heldOut.size());
                report(p, static_cast<double>(f + 1) / k);
                continue;
            }
        }

        TrainParams tp;
        tp.model.arch = options.arch;
        tp.model.inputSize = options.inputSize;
        tp.model.generic = options.generic;
        tp.model.numClasses = data.numClasses();
        if (data.numClasses() != 7)
            tp.model.classNames = data.classNames;
        tp.epochs = options.epochs;
        tp.batchSize = options.batchSize;
        tp.lr = options.lr;
        tp.augment = options.augment;
        tp.device = options.device;
        tp.precision = options.precision;
        tp.seed = options.seed + static_cast<unsigned long long>(f);
        tp.loaderThreads = options.loaderThreads;
        tp.trainIndices = train;
        // The trainer measures test accuracy every epoch; a small slice of the held-out fold keeps that cheap
        // (the whole fold is predicted once at the end).
        tp.testIndices.assign(heldOut.begin(), heldOut.begin() + std::min<std::ptrdiff_t>(64, heldOut.size()));
        tp.writeCheckpoints = false; // the fold model comes back in TrainResult::model
        tp.threads = options.threads;
        TrainCallbacks cb;
        cb.onBatch = [&](const TrainProgress& tpg) {
            CrossTrainProgress p;
            p.fold = f + 1;
            p.stage = "train";
            p.epoch = tpg.epoch;
            p.epochs = tpg.epochs;
            p.done = tpg.batch;
            p.total = tpg.batches;
            p.loss = tpg.loss;
            const double within = tpg.epochs > 0 && tpg.batches > 0
                                      ? ((tpg.epoch - 1) + static_cast<double>(tpg.batch) / tpg.batches) / tpg.epochs
                                      : 0.0;
            report(p, (f + within) / k);
        };
        const TrainResult tr = Trainer::run(data, tp, cb, cancel);
        out.problems.insert(out.problems.end(), tr.problems.begin(), tr.problems.end());
        if (tr.cancelled || (cancel && cancel->load())) {
            out.cancelled = true;
            break;
        }
        if (!tr.model)
            throw std::logic_error("Trainer::run returned no model for fold " + std::to_string(f + 1));
        std::shared_ptr<ModelHandle> model = tr.model;

        EvalOptions eo;
        eo.batchSize = 64;
        eo.loaderThreads = options.loaderThreads;
        eo.generic = options.generic;
        eo.precision = options.precision;
        const int total = static_cast<int>(heldOut.size());
        const EvalResult er = Evaluator::evaluate(
            *model, data, heldOut, eo,
            [&](int done, int) {
                CrossTrainProgress p;
                p.fold = f + 1;
                p.stage = "predict";
                p.done = done;
                p.total = total;
                report(p, static_cast<double>(f + 1) / k);
            },
            cancel);
        out.problems.insert(out.problems.end(), er.problems.begin(), er.problems.end());
        if (er.cancelled) {
            out.cancelled = true;
            break;
        }
        std::map<std::string, std::vector<float>> rows;
        for (const EvalRecord& r : er.records) {
            out.probabilities[rowOf.at(r.sampleIndex)] = r.probabilities;
            rows[data.samples[static_cast<std::size_t>(r.sampleIndex)].name] = r.probabilities;
        }
        out.foldAccuracy[static_cast<std::size_t>(f)] = er.metrics.accuracy;
        if (cache && cache->save && !rows.empty())
            cache->save(key, rows);
    }
    out.seconds = elapsed();
    return out;
}

} // namespace arm
