#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "engine/Runtime.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    arm::cli::CliContext ctx;
    arm::cli::Runner run;

    CLI::App root{"arm-cli: the headless face of ARM Inspector (datasets, training, evaluation, analyses)"};
    root.set_version_flag("--version", std::string("arm-cli ") + ARM_VERSION);
    root.require_subcommand(0, 1);
    root.fallthrough();
    root.add_option("--device", ctx.device, "auto|cpu|cuda[:N] (auto = CUDA when available)")->capture_default_str();
    root.add_option("--threads", ctx.threads, "intra-op threads (default: all cores)");
    root.add_option("--seed", ctx.seed, "random seed");
    root.add_flag("--quiet", ctx.quiet, "no progress output");

    arm::cli::registerAllCommands(root, ctx, run);

    try {
        root.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return root.exit(e);
    }
    if (!run) {
        std::cout << root.help();
        return root.get_subcommands().empty() ? 0 : 2;
    }
    try {
        arm::Runtime::configureThreads(ctx.threads);
        return run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "arm-cli: error: %s\n", e.what());
        return 1;
    }
}
