#include "app/cli/Commands.h"

#include <CLI/CLI.hpp>

namespace arm::cli {

void registerAllCommands(CLI::App& root, CliContext& ctx, Runner& run)
{
    // In the order `arm-cli --help` lists them: data, model work, relabelling.
    registerSynthCommand(root, ctx, run);
    registerDatasetCommand(root, ctx, run);
    registerTrainCommand(root, ctx, run);
    registerPredictCommand(root, ctx, run);
    registerFacesCommand(root, ctx, run);
    registerExportCommand(root, ctx, run);
    registerEvalCommand(root, ctx, run);
    registerAuditCommand(root, ctx, run);
    registerInspectCommand(root, ctx, run);
    registerProjectCommand(root, ctx, run);
    registerBenchCommand(root, ctx, run);
}

} // namespace arm::cli
