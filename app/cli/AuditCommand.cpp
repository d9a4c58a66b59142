#include "app/cli/Commands.h"

#include "engine/DatasetOpener.h"
#include "engine/ExpressionClasses.h"
#include "engine/LabelAuditRunner.h"
#include "engine/Runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace arm::cli {

namespace {

struct AuditCliOptions {
    std::string data;
    std::string format = "auto";
    std::string weights;
    std::string method = "both";
    int folds = 0;     // 0 = CrossTrainOptions default
    int epochs = 0;    // 0 = default
    int inputSize = 0; // 0 = default
    int batchSize = 0; // 0 = default
    std::string arch;  // empty = default
    double delta = 0.2;
    int limit = 0; // 0 = every suggestion in the output
    bool json = false;
};

std::function<void(const AuditProgress&)> progressPrinter(const CliContext& ctx)
{
    if (ctx.quiet)
        return {};
    const bool tty = isatty(fileno(stderr)) != 0;
    auto last = std::make_shared<std::string>();
    return [tty, last](const AuditProgress& p) {
        char line[200];
        const CrossTrainProgress& c = p.crossTrain;
        if (p.stage == "train")
            std::snprintf(line, sizeof line,
                          "fold %d/%d: training epoch %d/%d, batch %d/%d, loss %.3f, ETA %.0f s", c.fold,
                          c.folds, c.epoch, c.epochs, c.done, c.total, c.loss, c.etaSeconds);
        else if (p.stage == "cached")
            std::snprintf(line, sizeof line, "fold %d/%d: predictions reused from the cache", c.fold,
                          c.folds);
        else if (c.folds > 0)
            std::snprintf(line, sizeof line, "fold %d/%d: predicting held-out %d/%d", c.fold, c.folds, p.done,
                          p.total);
        else
            std::snprintf(line, sizeof line, "predicting %d/%d", p.done, p.total);
        if (tty) {
            std::fprintf(stderr, "\r\033[K  %s", line);
            return;
        }
        // Plain lines: one per epoch / stage change, not per batch.
        std::string kind = p.stage + std::to_string(c.fold) + "/" + std::to_string(c.epoch);
        if (kind != *last) {
            *last = kind;
            std::fprintf(stderr, "  %s\n", line);
        }
    };
}

int runAudit(const AuditCliOptions& opt, const CliContext& ctx)
{
    const DatasetFormat format = datasetFormatFromString(opt.format);
    AuditOptions ao;
    ao.method = auditMethodFromString(opt.method);
    ao.delta = opt.delta;
    ao.weights = opt.weights;
    ao.device = Runtime::resolveDevice(ctx.device);
    ao.crossTrain.device = ao.device;
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
    const DatasetIndex index = DatasetOpener::open(opt.data, format);
    if (!ctx.quiet) {
        if (opt.weights.empty())
            std::fprintf(
                stderr,
                "arm-cli audit: %s: %zu train samples, %d-fold cross-training (%s, %dpx, %d epochs) on %s\n",
                opt.data.c_str(), index.indicesOf(Split::Train).size(), ao.crossTrain.folds,
                toString(ao.crossTrain.arch).c_str(), ao.crossTrain.inputSize, ao.crossTrain.epochs,
                ao.device.c_str());
        else
            std::fprintf(stderr, "arm-cli audit: %s: %zu train samples, in-sample probabilities of %s\n",
                         opt.data.c_str(), index.indicesOf(Split::Train).size(), opt.weights.c_str());
    }
    const AuditResult r = LabelAuditRunner::run(index, ao, progressPrinter(ctx));
    if (!ctx.quiet && isatty(fileno(stderr)))
        std::fprintf(stderr, "\n");
    if (r.cancelled)
        throw std::runtime_error("audit cancelled");
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
            out.push_back({{"sample", index.samples.at(static_cast<std::size_t>(s.sampleIndex)).name},
                           {"given", s.given + 1},
                           {"given_name", names.at(static_cast<std::size_t>(s.given))},
                           {"suggested", s.suggested + 1},
                           {"suggested_name", names.at(static_cast<std::size_t>(s.suggested))},
                           {"score", s.score},
                           {"reason", s.reason}});
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
        j["source"] = r.source;
        j["samples"] = r.sampleIndices.size();
        j["seconds"] = r.seconds;
        j["delta"] = opt.delta;
        j["class_names"] = names;
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
            j["truth_file"] = r.truthFile;
        }
        nlohmann::json problems = nlohmann::json::array();
        for (const Problem& p : r.problems)
            problems.push_back({{"where", p.where}, {"reason", p.reason}});
        j["problems"] = problems;
        std::cout << j.dump(2) << std::endl;
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
    cmd->add_option("--data", opt->data, "dataset root, label file or CSV")->required();
    cmd->add_option("--format", opt->format, "auto|rafdb|fer2013|affectnet|folder")->capture_default_str();
    cmd->add_option(
           "--weights", opt->weights,
           "use this model's in-sample probabilities (fast, optimistic) instead of K-fold cross-training")
        ->check(CLI::ExistingFile);
    const CrossTrainOptions defaults;
    const auto dflt = [](int v) { return " (default " + std::to_string(v) + ")"; };
    cmd->add_option("--folds", opt->folds, "K for K-fold cross-training" + dflt(defaults.folds))
        ->check(CLI::Range(2, 20));
    cmd->add_option("--epochs", opt->epochs, "epochs per fold model" + dflt(defaults.epochs))
        ->check(CLI::Range(1, 1000));
    cmd->add_option("--arch", opt->arch,
                    "architecture of the fold models (default " + toString(defaults.arch) + ")")
        ->check(CLI::IsMember(
            {"resnet18-arm", "resnet34-arm", "resnet50-arm", "resnet18", "resnet34", "resnet50"}));
    cmd->add_option("--input-size", opt->inputSize,
                    "input size of the fold models" + dflt(defaults.inputSize))
        ->check(CLI::Range(32, 1024));
    cmd->add_option("--batch-size", opt->batchSize,
                    "training batch of the fold models" + dflt(defaults.batchSize))
        ->check(CLI::PositiveNumber);
    cmd->add_option("--method", opt->method, "cl (confident learning), scn (SCN's margin rule) or both")
        ->capture_default_str()
        ->check(CLI::IsMember({"cl", "scn", "both"}));
    cmd->add_option("--delta", opt->delta, "SCN margin: suggest when p_max - p_given > delta")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--limit", opt->limit,
                    "list at most N suggestions per method (default: all in JSON, 20 in text)");
    cmd->add_flag("--json", opt->json, "print one JSON document on stdout");
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runAudit(*opt, ctx); }; });
}

} // namespace arm::cli
