#include "app/cli/CancelGuard.h"
#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/ProgressPrinter.h"

#include "engine/data/DatasetOpener.h"
#include "engine/eval/Evaluator.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace arm::cli {

namespace {

struct EvalCliOptions {
    std::string weights;
    DataOptions dataset;
    std::string split = "test";
    std::string generic; // empty = the checkpoint's mode
    int batchSize = 64;
    std::string precision = toString(PrecisionDefaults::eval);
    bool sweep = false;
    bool json = false;
};

std::vector<int> samplesOf(const DatasetIndex& index, const std::string& split)
{
    if (split == "all") {
        std::vector<int> all(index.samples.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = static_cast<int>(i);
        return all;
    }
    const Split s = split == "train" ? Split::Train : split == "validation" ? Split::Validation : Split::Test;
    std::vector<int> out = index.indicesOf(s);
    if (out.empty())
        throw std::runtime_error(index.root + ": --split " + split + ": the dataset has no " + split +
                                 " samples (its splits: " + [&] {
                                     std::string l;
                                     for (const auto& [name, n] : index.splitCounts())
                                         l += (l.empty() ? "" : ", ") + name + " " + std::to_string(n);
                                     return l.empty() ? std::string("none") : l;
                                 }() + ")");
    return out;
}

nlohmann::json perClassJson(const EvaluationMetrics& m, const std::vector<std::string>& names)
{
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t c = 0; c < m.perClass.size(); ++c) {
        const ClassMetrics& cm = m.perClass[c];
        list.push_back({{"class", c < names.size() ? jsonText(names[c]) : "class " + std::to_string(c)},
                        {"label", static_cast<int>(c) + 1},
                        {"precision", cm.precision},
                        {"recall", cm.recall},
                        {"f1", cm.f1},
                        {"support", cm.support}});
    }
    return list;
}

void printText(const EvalResult& r, const std::vector<std::string>& names, const std::vector<BatchSweepRow>& sweep)
{
    const EvaluationMetrics& m = r.metrics;
    std::printf("samples: %d   accuracy: %.4f   mean class accuracy: %.4f   NLL: %.4f   ECE: %.4f\n", m.samples,
                m.accuracy, m.meanClassAccuracy, m.negativeLogLikelihood, m.expectedCalibrationError);
    std::printf("\n%-12s %9s %9s %9s %8s\n", "class", "precision", "recall", "f1", "support");
    for (std::size_t c = 0; c < m.perClass.size(); ++c)
        std::printf("%-12s %9.4f %9.4f %9.4f %8d\n", names.at(c).c_str(), m.perClass[c].precision,
                    m.perClass[c].recall, m.perClass[c].f1, m.perClass[c].support);
    std::printf("\nconfusion matrix (rows = true, columns = predicted)\n%-12s", "");
    for (std::size_t c = 0; c < names.size(); ++c)
        std::printf(" %9.9s", names[c].c_str());
    std::printf("\n");
    for (std::size_t t = 0; t < m.confusion.size(); ++t) {
        std::printf("%-12s", names.at(t).c_str());
        for (int v : m.confusion[t])
            std::printf(" %9d", v);
        std::printf("\n");
    }
    if (!sweep.empty()) {
        std::printf("\nbatch-size sweep\n%-8s %6s %9s %9s  %s\n", "mode", "batch", "accuracy", "mean-cls", "note");
        for (const BatchSweepRow& row : sweep) {
            if (row.available)
                std::printf("%-8s %6d %9.4f %9.4f  %s\n", row.mode.c_str(), row.batchSize, row.accuracy,
                            row.meanClassAccuracy, row.note.c_str());
            else
                std::printf("%-8s %6s %9s %9s  %s\n", row.mode.c_str(), "-", "-", "-", row.note.c_str());
        }
    }
    if (!r.problems.empty()) {
        std::printf("\nproblems: %zu\n", r.problems.size());
        for (const Problem& p : r.problems)
            std::printf("  %s: %s\n", jsonText(p.where).c_str(), jsonText(p.reason).c_str());
    }
}

int runEval(const EvalCliOptions& opt, const CliContext& ctx)
{
    const std::string device = Runtime::resolveDevice(ctx.device);
    const DatasetFormat format = datasetFormatFromString(opt.dataset.format);
    std::optional<GenericMode> generic;
    if (!opt.generic.empty())
        generic = genericModeFromString(opt.generic);
    std::shared_ptr<ModelHandle> model =
        naming(opt.weights, [&] { return ModelHandle::open(opt.weights, device); });
    const std::string& dataPath = opt.dataset.data;
    const DatasetIndex index = naming(dataPath, [&] { return DatasetOpener::open(dataPath, format); });
    const std::vector<int> samples = samplesOf(index, opt.split);
    const ModelConfig& cfg = model->config();
    const std::vector<std::string> names = model->classNames();
    if (!ctx.quiet)
        std::fprintf(
            stderr, "arm-cli eval: %s (%s, %s, %dpx, generic %s, %s) on %s: %zu %s samples, batches of %d\n",
            jsonText(opt.weights).c_str(), model->formatDescription().c_str(), toString(cfg.arch).c_str(),
            cfg.inputSize, toString(generic.value_or(cfg.generic)).c_str(),
            describePrecision(precisionFromString(opt.precision), device).c_str(), jsonText(dataPath).c_str(),
            samples.size(), opt.split.c_str(), opt.batchSize);
    EvalOptions eo;
    eo.batchSize = opt.batchSize;
    eo.generic = generic;
    eo.loaderThreads = 2;
    eo.precision = precisionFromString(opt.precision);
    const CancelGuard cancel;
    const std::string subject = opt.weights + " on " + dataPath;
    ProgressPrinter evaluated(ctx.quiet, "  evaluated");
    const EvalResult result = naming(subject, [&] {
        return Evaluator::evaluate(*model, index, samples, eo, evaluated.callback(), cancel.flag());
    });
    evaluated.finish();
    std::vector<BatchSweepRow> sweep;
    if (opt.sweep && !result.cancelled) {
        ProgressPrinter swept(ctx.quiet, "  sweep");
        sweep = naming(subject, [&] {
            return Evaluator::batchSizeSweep(*model, index, samples, {1, 8, 64, 256}, swept.callback(),
                                             cancel.flag());
        });
    }
    if (cancel.cancelled()) {
        // Metrics over part of the split would read as the model's accuracy: report nothing.
        std::fprintf(stderr, "arm-cli eval: cancelled after %d samples; no results written\n",
                     result.metrics.samples);
        return CancelGuard::kExitCode;
    }
    if (!ctx.quiet)
        std::fprintf(stderr, "arm-cli eval: %d samples in %.1f s, %zu problem(s)\n", result.metrics.samples,
                     result.seconds, result.problems.size());

    if (opt.json) {
        const EvaluationMetrics& m = result.metrics;
        nlohmann::json problems = nlohmann::json::array();
        for (const Problem& p : result.problems)
            problems.push_back({{"where", jsonText(p.where)}, {"reason", jsonText(p.reason)}});
        nlohmann::json j{{"accuracy", m.accuracy},
                         {"mean_class_accuracy", m.meanClassAccuracy},
                         {"per_class", perClassJson(m, names)},
                         {"confusion_matrix", m.confusion},
                         {"samples", m.samples},
                         {"nll", m.negativeLogLikelihood},
                         {"ece", m.expectedCalibrationError},
                         {"class_names", jsonTexts(names)},
                         {"split", opt.split},
                         {"problems", problems},
                         {"seconds", result.seconds},
                         {"model",
                          {{"weights", jsonText(opt.weights)},
                           {"format", model->formatDescription()},
                           {"arch", toString(cfg.arch)},
                           {"input_size", cfg.inputSize},
                           {"generic", toString(generic.value_or(cfg.generic))},
                           {"batch_size", opt.batchSize},
                           {"precision", toString(resolvePrecision(eo.precision, device))},
                           {"device", device},
                           {"fingerprint", model->fingerprint()}}}};
        if (opt.sweep) {
            nlohmann::json rows = nlohmann::json::array();
            for (const BatchSweepRow& row : sweep) {
                nlohmann::json jr{{"mode", row.mode}, {"batch_size", row.batchSize}, {"available", row.available},
                                  {"note", row.note}};
                if (row.available) {
                    jr["accuracy"] = row.accuracy;
                    jr["mean_class_accuracy"] = row.meanClassAccuracy;
                    jr["samples"] = row.samples;
                    jr["seconds"] = row.seconds;
                } else {
                    jr["accuracy"] = nullptr;
                }
                rows.push_back(jr);
            }
            j["batch_size_sweep"] = rows;
        }
        printJson(j);
    } else {
        printText(result, names, sweep);
    }
    // A model that evaluated nothing (every image failed) is an error; some failures are reported, not fatal.
    return result.metrics.samples > 0 ? 0 : 1;
}

} // namespace

void registerEvalCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto opt = std::make_shared<EvalCliOptions>();
    CLI::App* cmd = root.add_subcommand("eval", "evaluate a model on a dataset split");
    addWeightsOption(*cmd, opt->weights, true, "checkpoint (.ckpt of ours or the authors' .pth)");
    addDataOptions(*cmd, opt->dataset);
    cmd->add_option("--split", opt->split, "which samples: test, train, validation or all")
        ->capture_default_str()
        ->check(CLI::IsMember({"test", "train", "validation", "all"}));
    addGenericOption(*cmd, opt->generic);
    addPrecisionOption(*cmd, opt->precision);
    addBatchSizeOption(*cmd, opt->batchSize);
    cmd->add_flag("--sweep", opt->sweep, "also measure accuracy in batch mode at batch 1, 8, 64, 256 and in running mode");
    addJsonFlag(*cmd, opt->json);
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runEval(*opt, ctx); }; });
}

} // namespace arm::cli
