#include "app/cli/CancelGuard.h"
#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/ProgressPrinter.h"

#include "engine/audit/LabelAuditRunner.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/core/Precision.h"
#include "engine/data/DatasetOpener.h"
#include "engine/runtime/Runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

namespace arm::cli {

namespace {

struct AuditCliOptions {
    DataOptions dataset;
    std::string weights;
    std::string method = "both";
    int folds = 0;     // 0 = CrossTrainOptions default
    int epochs = 0;    // 0 = default
    int inputSize = 0; // 0 = default
    int batchSize = 0; // 0 = default
    std::string arch;  // empty = default
    double delta = 0.2;
    int limit = 0; // 0 = every suggestion in the output
    std::string precision = toString(PrecisionDefaults::audit);
    bool json = false;
};

// Cross-training counts batches of an epoch, prediction counts images: one phase per fold stage.
std::function<void(const AuditProgress&)> auditProgress(ProgressPrinter& printer)
{
    if (!printer.enabled())
        return {};
    return [&printer](const AuditProgress& p) {
        const CrossTrainProgress& c = p.crossTrain;
        const std::string fold = "fold " + std::to_string(c.fold) + "/" + std::to_string(c.folds) + ": ";
        if (p.stage == "train") {
            printer.setPhase(fold + "training epoch " + std::to_string(c.epoch) + "/" +
                             std::to_string(c.epochs));
            char detail[32];
            std::snprintf(detail, sizeof detail, "loss %.3f", c.loss);
            printer.update(c.done, c.total, detail, -1.0, c.etaSeconds);
        } else if (p.stage == "cached") {
            printer.line(fold + "predictions reused from the cache");
        } else {
            printer.setPhase(c.folds > 0 ? fold + "predicting held-out" : std::string("predicting"));
            printer.update(p.done, p.total);
        }
    };
}

int runAudit(const AuditCliOptions& opt, const CliContext& ctx)
{
    const DatasetFormat format = datasetFormatFromString(opt.dataset.format);
    AuditOptions ao;
    ao.method = auditMethodFromString(opt.method);
    ao.delta = opt.delta;
    ao.weights = opt.weights;
    ao.device = Runtime::resolveDevice(ctx.device);
    ao.crossTrain.device = ao.device;
    ao.crossTrain.precision = precisionFromString(opt.precision);
    ao.crossTrain.seed = ctx.seed;
    ao.crossTrain.threads = ctx.threads;
    if (opt.folds > 0)
        ao.crossTrain.folds = opt.folds;
    if (opt.epochs > 0)
        ao.crossTrain.epochs = opt.epochs;
    if (opt.inputSize > 0)
        ao.crossTrain.inputSize = opt.inputSize;
    if (opt.batchSize > 0)
        ao.crossTrain.batchSize = opt.batchSize;
    if (!opt.arch.empty())
        ao.crossTrain.arch = archFromString(opt.arch);
    if (opt.weights.empty() && !CrossValidation::trainerAvailable())
        throw std::runtime_error("audit: K-fold cross-training needs the trainer, which this build lacks; "
                                 "give --weights CKPT for in-sample suggestions");
    const std::string& dataPath = opt.dataset.data;
    const DatasetIndex index = naming(dataPath, [&] { return DatasetOpener::open(dataPath, format); });
    if (!ctx.quiet) {
        if (opt.weights.empty())
            std::fprintf(
                stderr,
                "arm-cli audit: %s: %zu train samples, %d-fold cross-training (%s, %dpx, %d epochs) on %s, %s\n",
                jsonText(dataPath).c_str(), index.indicesOf(Split::Train).size(), ao.crossTrain.folds,
                toString(ao.crossTrain.arch).c_str(), ao.crossTrain.inputSize, ao.crossTrain.epochs,
                ao.device.c_str(), describePrecision(ao.crossTrain.precision, ao.device).c_str());
        else
            std::fprintf(stderr, "arm-cli audit: %s: %zu train samples, in-sample probabilities of %s\n",
                         jsonText(dataPath).c_str(), index.indicesOf(Split::Train).size(),
                         jsonText(opt.weights).c_str());
    }
    const CancelGuard cancel;
    ProgressPrinter printer(ctx.quiet, "predicting");
    const AuditResult r = naming(opt.weights.empty() ? dataPath : opt.weights + " on " + dataPath, [&] {
        return LabelAuditRunner::run(index, ao, auditProgress(printer), nullptr, cancel.flag());
    });
    printer.finish();
    if (r.cancelled) {
        std::fprintf(stderr, "arm-cli audit: cancelled; no suggestions written\n");
        return CancelGuard::kExitCode;
    }
    const std::vector<std::string>& names = index.classNames;
    if (!ctx.quiet) {
        std::fprintf(stderr, "arm-cli audit: %.1f s", r.seconds);
        for (const AuditMethodResult& m : r.methods) {
            std::fprintf(stderr, "; %s: %zu suggestions", m.method.c_str(), m.suggestions.size());
            if (m.score)
                std::fprintf(stderr, " (precision %.3f, recall %.3f)", m.score->precision, m.score->recall);
        }
        std::fprintf(stderr, "\n");
    }

    auto suggestionsJson = [&](const std::vector<LabelSuggestion>& list) {
        nlohmann::json out = nlohmann::json::array();
        int n = 0;
        for (const LabelSuggestion& s : list) {
            if (opt.limit > 0 && n++ >= opt.limit)
                break;
            out.push_back(
                {{"sample", jsonText(index.samples.at(static_cast<std::size_t>(s.sampleIndex)).name)},
                 {"given", s.given + 1},
                 {"given_name", jsonText(names.at(static_cast<std::size_t>(s.given)))},
                 {"suggested", s.suggested + 1},
                 {"suggested_name", jsonText(names.at(static_cast<std::size_t>(s.suggested)))},
                 {"score", s.score},
                 {"reason", jsonText(s.reason)}});
        }
        return out;
    };
    auto scoreJson = [](const AuditScore& s) {
        return nlohmann::json{{"precision", s.precision},
                              {"recall", s.recall},
                              {"suggestions", s.suggestions},
                              {"noisy_samples", s.noisySamples},
                              {"true_positives", s.truePositives},
                              {"correct_suggested_label", s.correctSuggestedLabel},
                              {"ranked_recall", AuditScore::kRankedRecall},
                              {"precision_at_ranked_recall", s.precisionAtRankedRecall},
                              {"suggestions_at_ranked_recall", s.suggestionsAtRankedRecall}};
    };

    if (opt.json) {
        nlohmann::json j;
        j["source"] = jsonText(r.source);
        j["samples"] = r.sampleIndices.size();
        j["seconds"] = r.seconds;
        if (opt.weights.empty()) // the fold models' arithmetic: bf16 moves the ranking (docs/AUDIT.md)
            j["arithmetic"] = toString(resolvePrecision(ao.crossTrain.precision, ao.device));
        j["delta"] = opt.delta;
        j["class_names"] = jsonTexts(names);
        if (!r.foldAccuracy.empty())
            j["fold_accuracy"] = r.foldAccuracy;
        j["methods"] = nlohmann::json::object();
        for (const AuditMethodResult& m : r.methods) {
            nlohmann::json jm{{"suggestions", suggestionsJson(m.suggestions)},
                              {"count", m.suggestions.size()}};
            if (m.score)
                jm.update(scoreJson(*m.score));
            j["methods"][m.method] = jm;
        }
        // Top level: the first method asked for (confident learning when both), as the contract's
        // `suggestions`, `precision`, `recall`.
        const AuditMethodResult& primary = r.methods.back();
        j["method"] = primary.method;
        j["suggestions"] = suggestionsJson(primary.suggestions);
        if (primary.score) {
            j["precision"] = primary.score->precision;
            j["recall"] = primary.score->recall;
            j["truth_file"] = jsonText(r.truthFile);
        }
        nlohmann::json problems = nlohmann::json::array();
        for (const Problem& p : r.problems)
            problems.push_back({{"where", jsonText(p.where)}, {"reason", jsonText(p.reason)}});
        j["problems"] = problems;
        printJson(j);
    } else {
        std::printf("%s\n", r.source.c_str());
        for (const AuditMethodResult& m : r.methods) {
            std::printf("\n%s: %zu suggestions", m.method.c_str(), m.suggestions.size());
            if (m.score)
                std::printf(" — precision %.3f, recall %.3f against %s; the top %d reach recall %.1f at "
                            "precision %.3f",
                            m.score->precision, m.score->recall, r.truthFile.c_str(),
                            m.score->suggestionsAtRankedRecall, AuditScore::kRankedRecall,
                            m.score->precisionAtRankedRecall);
            std::printf("\n");
            const std::size_t shown = static_cast<std::size_t>(opt.limit > 0 ? opt.limit : 20);
            std::size_t n = 0;
            for (const LabelSuggestion& s : m.suggestions) {
                if (n++ >= shown) {
                    std::printf("  ... (%zu more; --limit N or --json for all)\n",
                                m.suggestions.size() - shown);
                    break;
                }
                std::printf("  %-22s %d %-10s -> %d %-10s %.3f  %s\n",
                            index.samples.at(static_cast<std::size_t>(s.sampleIndex)).name.c_str(),
                            s.given + 1, names.at(static_cast<std::size_t>(s.given)).c_str(), s.suggested + 1,
                            names.at(static_cast<std::size_t>(s.suggested)).c_str(), s.score,
                            s.reason.c_str());
            }
        }
    }
    return 0;
}

} // namespace

void registerAuditCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto opt = std::make_shared<AuditCliOptions>();
    CLI::App* cmd = root.add_subcommand("audit", "rank likely label errors; score them against a truth file");
    addDataOptions(*cmd, opt->dataset);
    addWeightsOption(
        *cmd, opt->weights, false,
        "use this model's in-sample probabilities (fast, optimistic) instead of K-fold cross-training");
    const CrossTrainOptions defaults;
    const auto dflt = [](int v) { return " (default " + std::to_string(v) + ")"; };
    cmd->add_option("--folds", opt->folds, "K for K-fold cross-training" + dflt(defaults.folds))
        ->check(countIn("--folds", 2, 20));
    cmd->add_option("--epochs", opt->epochs, "epochs per fold model" + dflt(defaults.epochs))
        ->check(countIn("--epochs", 1, 1000));
    cmd->add_option("--arch", opt->arch,
                    "architecture of the fold models (default " + toString(defaults.arch) + ")")
        ->check(CLI::IsMember(
            {"resnet18-arm", "resnet34-arm", "resnet50-arm", "resnet18", "resnet34", "resnet50"}));
    cmd->add_option("--input-size", opt->inputSize,
                    "input size of the fold models" + dflt(defaults.inputSize))
        ->check(countIn("--input-size", 32, 1024));
    addBatchSizeOption(*cmd, opt->batchSize, "training batch of the fold models" + dflt(defaults.batchSize),
                       false);
    cmd->add_option("--method", opt->method, "cl (confident learning), scn (SCN's margin rule) or both")
        ->capture_default_str()
        ->check(CLI::IsMember({"cl", "scn", "both"}));
    cmd->add_option("--delta", opt->delta, "SCN margin: suggest when p_max - p_given > delta")
        ->capture_default_str()
        ->check(realIn("--delta", 0.0, 1.0));
    cmd->add_option("--limit", opt->limit,
                    "list at most N suggestions per method (default: all in JSON, 20 in text)")
        ->check(countIn("--limit", 0, 1000000000));
    addPrecisionOption(*cmd, opt->precision,
                       "arithmetic of the fold training and held-out prediction: fp32, bf16, auto (bf16 where "
                       "the CPU has it natively)");
    addJsonFlag(*cmd, opt->json);
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runAudit(*opt, ctx); }; });
}

} // namespace arm::cli
