#include "app/cli/Commands.h"

#include "engine/ModelExport.h"
#include "engine/ModelHandle.h"
#include "engine/ModelHandleImpl.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace arm::cli {

namespace {

struct ExportArgs {
    std::string weights;
    std::string out;
    bool json = false;
};

int runExport(const ExportArgs& a, const CliContext& ctx)
{
    const std::shared_ptr<ModelHandle> handle = ModelHandle::open(a.weights, "cpu");
    const FerNet& net = handle->impl().net;
    const auto sd = ModelExport::authorsStateDict(net);
    ModelExport::writeAuthorsPth(net, a.out);
    const ModelConfig& cfg = handle->config();
    if (a.json) {
        nlohmann::json keys = nlohmann::json::array();
        for (const auto& kv : sd)
            keys.push_back(kv.first);
        std::cout << nlohmann::json{{"weights", a.weights},      {"out", a.out},
                                    {"arch", toString(cfg.arch)}, {"input_size", cfg.inputSize},
                                    {"num_classes", cfg.numClasses}, {"tensors", sd.size()},
                                    {"keys", keys}}
                         .dump(2)
                  << std::endl;
    } else if (!ctx.quiet) {
        std::fprintf(stderr, "arm-cli export: %s (%s, %s @ %d px) -> %s: %zu tensors in the authors' names\n",
                     a.weights.c_str(), handle->formatDescription().c_str(), toString(cfg.arch).c_str(),
                     cfg.inputSize, a.out.c_str(), sd.size());
    }
    return 0;
}

} // namespace

void registerExportCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto a = std::make_shared<ExportArgs>();
    CLI::App* cmd = root.add_subcommand("export", "write a PyTorch-loadable state_dict in the authors' parameter names");
    cmd->add_option("--weights", a->weights, "checkpoint (.ckpt of ours or a .pth)")->required()->check(CLI::ExistingFile);
    cmd->add_option("--out", a->out, "output .pth (torch.load reads it)")->required();
    cmd->add_flag("--json", a->json, "print one JSON document on stdout");
    cmd->callback([a, &ctx, &run] { run = [a, &ctx] { return runExport(*a, ctx); }; });
}

} // namespace arm::cli
