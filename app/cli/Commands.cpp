#include "app/cli/Commands.h"

#include <CLI/CLI.hpp>

namespace arm::cli {

void registerAllCommands(CLI::App& root, CliContext& ctx, Runner& run)
{
    registerPredictCommand(root, ctx, run);
    (void)root;
    (void)ctx;
    (void)run;
    registerDatasetCommand(root, ctx, run);
}

} // namespace arm::cli
