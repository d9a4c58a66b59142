#include "app/cli/Commands.h"

#include <CLI/CLI.hpp>

namespace arm::cli {

void registerAllCommands(CLI::App& root, CliContext& ctx, Runner& run)
{
    // In the order `arm-cli --help` lists them: data, model work, relabelling.
    registerDatasetCommand(root, ctx, run);
    registerPredictCommand(root, ctx, run);
    registerProjectCommand(root, ctx, run);
    (void)root;
    (void)ctx;
    (void)run;
    registerSynthCommand(root, ctx, run);
}

} // namespace arm::cli
