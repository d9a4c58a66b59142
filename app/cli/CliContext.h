#pragma once

#include <string>

namespace arm::cli {

// Options every subcommand shares (see shared/CLI-CONTRACT.md): device, threads, seed, output style.
struct CliContext {
    std::string device = "auto";
    int threads = 0; // 0 = all cores
    unsigned long long seed = 0;
    bool json = false;
    bool quiet = false;
};

} // namespace arm::cli
