#pragma once

#include "app/cli/CliContext.h"

#include <functional>

namespace CLI {
class App;
}

namespace arm::cli {

// Each subcommand registers itself on the root CLI::App and stores its runner in `run`; main() calls
// the runner of the subcommand that was parsed. Runners return the process exit code.
using Runner = std::function<int()>;

void registerAllCommands(CLI::App& root, CliContext& ctx, Runner& run);
void registerBenchCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerPredictCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerDatasetCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerInspectCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerProjectCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerSynthCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerTrainCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerExportCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerEvalCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerAuditCommand(CLI::App& root, CliContext& ctx, Runner& run);
void registerFacesCommand(CLI::App& root, CliContext& ctx, Runner& run);

} // namespace arm::cli
