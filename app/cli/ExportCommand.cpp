#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/OptionGroups.h"

#include "engine/model/FerNet.h"
#include "engine/model/ModelExport.h"
#include "engine/model/ModelHandle.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace arm::cli {

namespace {

struct ExportArgs {
    std::string weights;
    std::string out;
    bool json = false;
};

// --out must not be the input, under any spelling: the same path, a relative path, a symlink or a hard
// link to it. Writing the export there would replace the only copy of the weights with a different
// format (and, were the write to fail half-way, with nothing usable).
void refuseOverwritingInput(const std::string& weights, const std::string& out)
{
    std::error_code ec;
    if (!std::filesystem::exists(out, ec))
        return;
    if (std::filesystem::equivalent(weights, out, ec) && !ec)
        throw std::runtime_error("export: --out " + jsonText(out) + " is the input checkpoint " +
                                 jsonText(weights) + "; choose another output file");
}

int runExport(const ExportArgs& a, const CliContext& ctx)
{
    refuseOverwritingInput(a.weights, a.out);
    const std::shared_ptr<ModelHandle> handle =
        naming(a.weights, [&] { return ModelHandle::open(a.weights, "cpu"); });
    const FerNet& net = handle->network();
    const auto sd = naming(a.weights, [&] { return ModelExport::authorsStateDict(net); });
    naming(a.out, [&] { ModelExport::writeAuthorsPth(net, a.out); });
    const ModelConfig& cfg = handle->config();
    if (a.json) {
        nlohmann::json keys = nlohmann::json::array();
        for (const auto& kv : sd)
            keys.push_back(jsonText(kv.first));
        printJson(nlohmann::json{{"weights", jsonText(a.weights)},
                                 {"out", jsonText(a.out)},
                                 {"arch", toString(cfg.arch)},
                                 {"input_size", cfg.inputSize},
                                 {"num_classes", cfg.numClasses},
                                 {"tensors", sd.size()},
                                 {"keys", keys}});
    } else if (!ctx.quiet) {
        std::fprintf(stderr, "arm-cli export: %s (%s, %s @ %d px) -> %s: %zu tensors in the authors' names\n",
                     jsonText(a.weights).c_str(), handle->formatDescription().c_str(),
                     toString(cfg.arch).c_str(), cfg.inputSize, jsonText(a.out).c_str(), sd.size());
    }
    return 0;
}

} // namespace

void registerExportCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto a = std::make_shared<ExportArgs>();
    CLI::App* cmd =
        root.add_subcommand("export", "write a PyTorch-loadable state_dict in the authors' parameter names");
    addWeightsOption(*cmd, a->weights, true, "checkpoint (.ckpt of ours or a .pth)");
    cmd->add_option("--out", a->out, "output .pth (torch.load reads it); never the input file")->required();
    addJsonFlag(*cmd, a->json);
    cmd->callback([a, &ctx, &run] { run = [a, &ctx] { return runExport(*a, ctx); }; });
}

} // namespace arm::cli
