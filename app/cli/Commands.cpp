#include "app/cli/Commands.h"

#include <CLI/CLI.hpp>

namespace arm::cli {

void registerAllCommands(CLI::App& root, CliContext& ctx, Runner& run)
{
    (void)root;
    (void)ctx;
    (void)run;
    registerSynthCommand(root, ctx, run);
}

} // namespace arm::cli
