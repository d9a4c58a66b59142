#include "app/cli/Commands.h"

#include "engine/DatasetOpener.h"
#include "engine/DatasetValidator.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace arm::cli {

namespace {

struct DatasetOptions {
    std::string data;
    std::string format = "auto";
    bool json = false;
};

int runDataset(const DatasetOptions& opt, const CliContext& ctx)
{
    const DatasetFormat format = datasetFormatFromString(opt.format); // throws naming the value
    DatasetIndex index = DatasetOpener::open(opt.data, format);
    const bool tty = isatty(fileno(stderr)) != 0;
    if (!ctx.quiet)
        std::fprintf(stderr, "arm-cli dataset: %s (%s): %zu samples indexed, %zu index problems; decoding...\n",
                     opt.data.c_str(), toString(index.format).c_str(), index.samples.size(), index.problems.size());
    DatasetValidator::Progress progress;
    if (!ctx.quiet)
        progress = [tty](int done, int total) {
            if (tty)
                std::fprintf(stderr, "\r  decoded %d/%d", done, total);
            else if (done == total || done % std::max(1, total / 10) == 0)
                std::fprintf(stderr, "  decoded %d/%d\n", done, total);
            if (tty && done == total)
                std::fprintf(stderr, "\n");
        };
    const ValidationReport report = DatasetValidator::validate(index, ctx.threads, progress);

    if (opt.json) {
        nlohmann::json j;
        j["format"] = toString(index.format);
        j["root"] = index.root;
        j["label_file"] = index.labelFile;
        j["samples"] = nlohmann::json::object();
        for (const auto& [split, n] : report.samples)
            j["samples"][split] = n;
        j["class_names"] = index.classNames;
        j["class_counts"] = nlohmann::json::object();
        for (std::size_t c = 0; c < index.classNames.size(); ++c)
            j["class_counts"][index.classNames[c]] = report.classCounts[c];
        j["class_counts_by_split"] = nlohmann::json::object();
        for (const auto& [split, counts] : report.classCountsBySplit)
            for (std::size_t c = 0; c < index.classNames.size(); ++c)
                j["class_counts_by_split"][split][index.classNames[c]] = c < counts.size() ? counts[c] : 0;
        j["good"] = report.good;
        j["skipped"] = index.skipped;
        j["problems"] = nlohmann::json::array();
        for (const Problem& p : report.problems)
            j["problems"].push_back({{"where", p.where}, {"reason", p.reason}});
        j["images_per_second"] = report.imagesPerSecond;
        std::cout << j.dump(2) << std::endl;
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
        std::cout << "problems: " << report.problems.size() << "\n";
        for (const Problem& p : report.problems)
            std::cout << "  " << p.where << ": " << p.reason << "\n";
        std::cout << "decoded at " << static_cast<int>(report.imagesPerSecond) << " images/s\n";
    }
    return report.good > 0 ? 0 : 1;
}

} // namespace

void registerDatasetCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto opt = std::make_shared<DatasetOptions>();
    CLI::App* cmd = root.add_subcommand("dataset", "open and fully validate a dataset (decodes every image)");
    cmd->add_option("--data", opt->data, "dataset root, label file or CSV")->required();
    cmd->add_option("--format", opt->format, "auto|rafdb|fer2013|affectnet|folder")->capture_default_str();
    cmd->add_flag("--json", opt->json, "print one JSON document on stdout");
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runDataset(*opt, ctx); }; });
}

} // namespace arm::cli
