#pragma once

#include "app/cli/CliContext.h"

#include "engine/faces/FaceScanner.h"

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}

namespace arm::cli {

// The options of everything that finds faces (`faces`, `predict --detect`), registered once so that
// both read the same: --every N | --fps F, --min-size PX, --landmarks FILE. Defaults come from the
// engine's option structs.
struct FaceCliOptions {
    FaceScanOptions scan;
    std::vector<std::string> inputs;
};
// withInputs: also the positional INPUT... (commands with their own positional list pass false).
// Returns the options it added, for needs()/excludes() relations.
std::vector<CLI::Option*> addFaceOptions(CLI::App& cmd, FaceCliOptions& options, bool withInputs = true);

// One scan as every face command runs it: loads the detector (naming the landmark file on failure),
// sorts the inputs, shows progress with ETA on stderr, stops cleanly on Ctrl+C, and prints each
// problem (unreadable file, no face) as a warning line naming the file.
FaceScanResult runFaceScan(const FaceCliOptions& options, const CliContext& ctx, const char* command,
                           const FaceScanner::Sink& sink);

} // namespace arm::cli
