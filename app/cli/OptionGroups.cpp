#include "app/cli/OptionGroups.h"

#include "app/cli/NumberChecks.h"
#include "engine/core/ModelConfig.h"
#include "engine/core/RegularFile.h"
#include "engine/core/Utf8.h"
#include "engine/data/DatasetIndex.h"

#include <CLI/CLI.hpp>

#include <stdexcept>

namespace arm::cli {

void addDataOptions(CLI::App& cmd, DataOptions& options, const std::string& dataHelp)
{
    cmd.add_option("--data", options.data, dataHelp)->required();
    cmd.add_option("--format", options.format, "dataset format: auto|rafdb|fer2013|affectnet|folder")
        ->capture_default_str()
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                try {
                    datasetFormatFromString(value);
                    return {};
                } catch (const std::invalid_argument& e) {
                    return e.what();
                }
            },
            "FORMAT"));
}

CLI::Option* addGenericOption(CLI::App& cmd, std::string& mode, const std::string& help)
{
    CLI::Option* opt = cmd.add_option("--generic", mode, help)->check(CLI::IsMember(genericModeNames()));
    if (!mode.empty())
        opt->capture_default_str();
    return opt;
}

CLI::Option* addPrecisionOption(CLI::App& cmd, std::string& precision, const std::string& help)
{
    return cmd.add_option("--precision", precision, help)
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "fp32", "bf16"}));
}

CLI::Option* addBatchSizeOption(CLI::App& cmd, int& batchSize, const std::string& help, bool showDefault)
{
    CLI::Option* opt =
        cmd.add_option("--batch-size", batchSize, help)->check(countIn("--batch-size", 1, 1 << 20));
    if (showDefault)
        opt->capture_default_str();
    return opt;
}

CLI::Option* addWeightsOption(CLI::App& cmd, std::string& weights, bool required, const std::string& help)
{
    CLI::Option* opt = cmd.add_option("--weights", weights, help)->check(regularFile());
    if (required)
        opt->required();
    return opt;
}

CLI::Validator regularFile()
{
    return CLI::Validator(
        [](std::string& value) -> std::string {
            const std::string problem = RegularFile::problem(value); // never blocks, even on a FIFO
            if (problem.empty())
                return problem;
            // "x.ckpt is a named pipe (FIFO), not a file"; "x.ckpt: cannot open file (...)".
            return Utf8::displayable(value) + (problem.rfind("is ", 0) == 0 ? " " : ": ") + problem;
        },
        "FILE");
}

CLI::Option* addJsonFlag(CLI::App& cmd, bool& json, const std::string& help)
{
    return cmd.add_flag("--json", json, help);
}

} // namespace arm::cli
