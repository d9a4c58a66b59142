#pragma once

#include <string>

namespace CLI {
class App;
class Option;
class Validator;
} // namespace CLI

namespace arm::cli {

// The options several subcommands share, registered in one place so that their names, checks and help
// read the same in every subcommand (shared/CLI-CONTRACT.md).

// --data PATH (required) and --format NAME. The format is checked with the engine's own parser, so
// every alias it accepts (raf-db, affectnet-folder, ...) works and a wrong name is refused before any
// work starts.
struct DataOptions {
    std::string data;
    std::string format = "auto";
};
void addDataOptions(CLI::App& cmd, DataOptions& options,
                    const std::string& dataHelp = "dataset root, label file or CSV");

// --generic MODE. An empty `mode` means the checkpoint's own mode (eval, predict, inspect); give a
// default value to `mode` before the call to show it in the help (train, bench).
CLI::Option*
addGenericOption(CLI::App& cmd, std::string& mode,
                 const std::string& help = "F_generic mode: batch (authors', depends on the batch), "
                                           "running (stored EMA), none; default: the checkpoint's");

// --precision auto|fp32|bf16. `precision` holds the command's default (from its engine options struct,
// where the policy lives) and is shown in the help.
CLI::Option* addPrecisionOption(CLI::App& cmd, std::string& precision,
                                const std::string& help = "arithmetic: fp32 (reference), bf16 (about 2x faster "
                                                          "on CPUs with AVX-512 BF16 or AMX), auto (bf16 "
                                                          "where the CPU has it natively)");

// --batch-size B, a positive count. `showDefault`: print the current value of `batchSize` in the help.
CLI::Option* addBatchSizeOption(CLI::App& cmd, int& batchSize,
                                const std::string& help = "images per forward pass", bool showDefault = true);

// --weights CKPT: an existing regular file, our .ckpt or the authors' .pth.
CLI::Option* addWeightsOption(CLI::App& cmd, std::string& weights, bool required,
                              const std::string& help = "checkpoint: ARM Inspector .ckpt or PyTorch .pth "
                                                        "(authors' format)");

// A check for file options: an existing regular file (or a link to one), engine/core/RegularFile's rule.
// CLI::ExistingFile lets a FIFO or a device through, on which reading blocks forever or never ends.
CLI::Validator regularFile();

// --json: one JSON document on stdout, nothing else there.
CLI::Option* addJsonFlag(CLI::App& cmd, bool& json,
                         const std::string& help = "print one JSON document on stdout");

} // namespace arm::cli
