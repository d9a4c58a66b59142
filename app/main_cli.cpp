#include "app/cli/CliContext.h"
#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/NumberChecks.h"
#include "engine/core/HeapPolicy.h"
#include "engine/core/Utf8.h"
#include "engine/runtime/Runtime.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <iostream>
#include <sstream>

namespace {

// CLI11 quotes the offending argument in full; a 300-digit number or a pasted blob would flood the
// terminal. Each overlong word of the message is shortened (the option's name, first, stays).
std::string shortMessage(const CLI::App* app, const CLI::Error& e)
{
    std::istringstream words(e.what());
    std::string word, text;
    while (words >> word)
        text += (text.empty() ? "" : " ") + arm::cli::shortened(word, 40);
    text = arm::Utf8::displayable(text);
    std::string out = text + "\n";
    if (app && app->get_help_ptr())
        out += "Run with " + app->get_help_ptr()->get_name() + " for more information.\n";
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    arm::HeapPolicy::keepFreedMemory(); // before any thread exists (engine/core/HeapPolicy.h says why)
    arm::cli::CliContext ctx;
    arm::cli::Runner run;

    CLI::App root{"arm-cli: the headless face of ARM Inspector (datasets, training, evaluation, analyses)"};
    root.failure_message(shortMessage); // before the subcommands: each copies it when added
    root.set_version_flag("--version", std::string("arm-cli ") + ARM_VERSION);
    root.require_subcommand(0, 1);
    root.fallthrough();
    root.add_option("--device", ctx.device, "auto|cpu|cuda[:N] (auto = CUDA when available)")
        ->capture_default_str();
    root.add_option("--threads", ctx.threads, "intra-op threads, at most 256 (default 0: all cores)")
        ->check(arm::cli::countIn("--threads", 0, 256));
    root.add_option("--seed", ctx.seed, "random seed")->check(arm::cli::seedValue("--seed"));
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
        // The commands name their files; a library's own text that still gets here is put in plain words.
        const std::string plain = arm::cli::plainReason(e);
        const std::string text = plain.empty() ? arm::Utf8::displayable(e.what()) : "the input " + plain;
        std::fprintf(stderr, "arm-cli: error: %s\n", text.c_str());
        return 1;
    } catch (...) {
        std::fprintf(stderr, "arm-cli: error: failed for a reason the program could not name\n");
        return 1;
    }
}
