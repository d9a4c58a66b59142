#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/ProgressPrinter.h"

#include "engine/data/DatasetOpener.h"
#include "engine/data/DatasetValidator.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace arm::cli {

namespace {

struct DatasetOptions {
    DataOptions dataset;
    bool json = false;
};

int runDataset(const DatasetOptions& opt, const CliContext& ctx)
{
    const DatasetFormat format = datasetFormatFromString(opt.dataset.format); // throws naming the value
    const std::string& dataPath = opt.dataset.data;
    DatasetIndex index = naming(dataPath, [&] { return DatasetOpener::open(dataPath, format); });
    if (!ctx.quiet)
        std::fprintf(stderr,
                     "arm-cli dataset: %s (%s): %zu samples indexed, %zu index problems; decoding...\n",
                     jsonText(dataPath).c_str(), toString(index.format).c_str(), index.samples.size(),
                     index.problems.size());
    ProgressPrinter progress(ctx.quiet, "  decoded");
    ValidationReport report =
        naming(dataPath, [&] { return DatasetValidator::validate(index, ctx.threads, progress.callback()); });
    // Images not labelled yet (label 0, e.g. from `arm-cli faces`) are decoded too: an annotator needs
    // them readable. The validator counts classes, so they go through it with a placeholder label and
    // only their decode results are kept.
    int unlabelledGood = 0;
    if (!index.unlabelled.empty()) {
        DatasetIndex pending = index;
        pending.samples = index.unlabelled;
        pending.problems.clear();
        for (Sample& s : pending.samples)
            s.label = 0;
        const ValidationReport u =
            naming(dataPath, [&] { return DatasetValidator::validate(pending, ctx.threads, progress.callback()); });
        unlabelledGood = u.good;
        report.problems.insert(report.problems.end(), u.problems.begin(), u.problems.end());
    }
    progress.finish();

    if (opt.json) {
        nlohmann::json j;
        j["format"] = toString(index.format);
        j["root"] = jsonText(index.root);
        j["label_file"] = jsonText(index.labelFile);
        j["samples"] = nlohmann::json::object();
        for (const auto& [split, n] : report.samples)
            j["samples"][split] = n;
        j["class_names"] = jsonTexts(index.classNames);
        j["class_counts"] = nlohmann::json::object();
        for (std::size_t c = 0; c < index.classNames.size(); ++c)
            j["class_counts"][jsonText(index.classNames[c])] = report.classCounts[c];
        j["class_counts_by_split"] = nlohmann::json::object();
        for (const auto& [split, counts] : report.classCountsBySplit)
            for (std::size_t c = 0; c < index.classNames.size(); ++c)
                j["class_counts_by_split"][split][jsonText(index.classNames[c])] =
                    c < counts.size() ? counts[c] : 0;
        j["good"] = report.good;
        j["skipped"] = index.skipped;
        j["unlabelled"] = unlabelledGood;
        j["problems"] = nlohmann::json::array();
        for (const Problem& p : report.problems)
            j["problems"].push_back({{"where", jsonText(p.where)}, {"reason", jsonText(p.reason)}});
        j["images_per_second"] = report.imagesPerSecond;
        printJson(j);
    } else {
        std::cout << "format: " << toString(index.format) << "\n";
        if (!index.labelFile.empty())
            std::cout << "labels: " << index.labelFile << "\n";
        std::cout << "good samples: " << report.good << "\n";
        for (const auto& [split, n] : report.samples)
            std::cout << "  " << split << ": " << n << "\n";
        std::cout << "classes:\n";
        for (std::size_t c = 0; c < index.classNames.size(); ++c)
            std::cout << "  " << index.classNames[c] << ": " << report.classCounts[c] << "\n";
        if (index.skipped > 0)
            std::cout << "skipped (not expression classes): " << index.skipped << "\n";
        if (!index.unlabelled.empty())
            std::cout << "not labelled yet (label 0): " << unlabelledGood << "\n";
        std::cout << "problems: " << report.problems.size() << "\n";
        for (const Problem& p : report.problems)
            std::cout << "  " << p.where << ": " << p.reason << "\n";
        std::cout << "decoded at " << static_cast<int>(report.imagesPerSecond) << " images/s\n";
    }
    return report.good + unlabelledGood > 0 ? 0 : 1;
}

} // namespace

void registerDatasetCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto opt = std::make_shared<DatasetOptions>();
    CLI::App* cmd = root.add_subcommand("dataset", "open and fully validate a dataset (decodes every image)");
    addDataOptions(*cmd, opt->dataset);
    addJsonFlag(*cmd, opt->json);
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runDataset(*opt, ctx); }; });
}

} // namespace arm::cli
