#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/PredictFaces.h"
#include "app/cli/ProgressPrinter.h"

#include "engine/eval/Predictor.h"
#include "engine/model/ArmGeometry.h"
#include "engine/model/Checkpoint.h"
#include "engine/model/FerNet.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace arm::cli {

namespace {

struct PredictOptions {
    std::string weights;
    std::string generic; // empty = the checkpoint's mode
    int batchSize = 64;
    int inputSize = 0; // 0 = the checkpoint's
    std::string precision = toString(PrecisionDefaults::predict);
    bool json = false;
    std::vector<std::string> images;
    bool detect = false;       // raw photos and videos: find, align and classify every face
    PredictFacesOptions faces; // with --detect
};

// Our checkpoints and the authors' PyTorch .pth files both open through ModelHandle (the architecture
// of a .pth is inferred from its keys and shapes).
void loadWeights(Predictor& predictor, const std::string& path, const PredictorOptions& options)
{
    if (Checkpoint::isCheckpoint(path)) {
        predictor.load(path, options);
        return;
    }
    const std::shared_ptr<ModelHandle> model = ModelHandle::open(path, options.device);
    PredictorOptions named = options;
    named.source = path; // errors at prediction time (non-finite outputs) name the weights file
    predictor.setModel(model->network(), model->config(), named);
}

int runPredict(const PredictOptions& opt, const CliContext& ctx)
{
    PredictorOptions po;
    po.device = Runtime::resolveDevice(ctx.device);
    po.batchSize = opt.batchSize;
    if (!opt.generic.empty())
        po.generic = genericModeFromString(opt.generic);
    if (opt.inputSize > 0)
        po.inputSize = opt.inputSize;
    po.precision = precisionFromString(opt.precision);
    Predictor predictor;
    naming(opt.weights, [&] { loadWeights(predictor, opt.weights, po); });
    const ModelConfig& cfg = predictor.config();
    const std::vector<std::string> names = predictor.classNames();
    if (!ctx.quiet)
        std::fprintf(stderr,
                     "arm-cli predict: %s (%s, %dpx, generic %s) on %s, %s, %zu image(s), batches of %d\n",
                     jsonText(opt.weights).c_str(), toString(cfg.arch).c_str(), cfg.inputSize,
                     toString(cfg.generic).c_str(), po.device.c_str(), describePrecision(po.precision, po.device).c_str(),
                     opt.images.size(), opt.batchSize);
    const nlohmann::json model{{"weights", jsonText(opt.weights)},
                               {"arch", toString(cfg.arch)},
                               {"input_size", cfg.inputSize},
                               {"generic", toString(cfg.generic)},
                               {"batch_size", opt.batchSize},
                               {"precision", toString(predictor.precision())},
                               {"device", po.device}};
    if (opt.detect) {
        PredictFacesOptions faces = opt.faces;
        faces.faces.inputs = opt.images;
        faces.json = opt.json;
        return runPredictFaces(predictor, faces, model, ctx);
    }
    ProgressPrinter progress(ctx.quiet, "  predicted");
    const std::vector<Prediction> results =
        naming(opt.weights, [&] { return predictor.predict(opt.images, progress.callback()); });
    progress.finish();

    int failed = 0;
    nlohmann::json predictions = nlohmann::json::array(), errors = nlohmann::json::array();
    for (const Prediction& p : results) {
        if (!p.ok()) {
            ++failed;
            errors.push_back({{"path", jsonText(p.path)}, {"reason", jsonText(p.error)}});
            std::fprintf(stderr, "arm-cli: error: %s\n", jsonText(p.error).c_str());
            continue;
        }
        predictions.push_back({{"path", jsonText(p.path)},
                               {"logits", p.logits},
                               {"probabilities", p.probabilities},
                               {"label", p.label},
                               {"label_name", jsonText(names.at(static_cast<std::size_t>(p.label)))}});
    }
    if (opt.json) {
        nlohmann::json j{{"predictions", predictions},
                         {"errors", errors},
                         {"class_names", jsonTexts(names)},
                         {"model", model}};
        printJson(j);
    } else {
        for (const Prediction& p : results) {
            if (!p.ok())
                continue;
            std::printf("%s\t%s\t%.4f\n", p.path.c_str(), names.at(static_cast<std::size_t>(p.label)).c_str(),
                        p.probabilities.at(static_cast<std::size_t>(p.label)));
        }
    }
    return failed == 0 ? 0 : 1;
}

int runModelInfo(const std::string& weights, bool json)
{
    CheckpointInfo info;
    std::string format = "ARM Inspector checkpoint";
    if (naming(weights, [&] { return Checkpoint::isCheckpoint(weights); })) {
        info = naming(weights, [&] { return Checkpoint::peek(weights); });
    } else {
        const std::shared_ptr<ModelHandle> model =
            naming(weights, [&] { return ModelHandle::open(weights, "cpu"); });
        info.config = model->config();
        info.runningGenericValid = model->hasRunningFeature();
        format = model->formatDescription();
    }
    const ArmGeometry g = ArmGeometry::compute(info.config);
    if (json) {
        nlohmann::json j{{"weights", jsonText(weights)},
                         {"format", format},
                         {"config", info.config.toJson()},
                         {"class_names", jsonTexts(info.config.effectiveClassNames())},
                         {"epoch", info.epoch},
                         {"metadata", info.metadata},
                         {"has_optimizer", info.hasOptimizer},
                         {"running_generic_valid", info.runningGenericValid},
                         {"geometry",
                          {{"backbone_channels", g.backboneChannels},
                           {"backbone_size", g.backboneSize},
                           {"arrange_factor", g.arrangeFactor},
                           {"arranged_size", g.arrangedSize},
                           {"dealbino_size", g.dealbinoSize},
                           {"fc_width", g.fcWidth},
                           {"describe", g.describe()}}}};
        printJson(j);
    } else {
        std::printf("%s (%s)\n%s\nepoch %d, generic %s, running feature %s, optimizer state %s\n", weights.c_str(), format.c_str(),
                    g.describe().c_str(), info.epoch, toString(info.config.generic).c_str(),
                    info.runningGenericValid ? "yes" : "no", info.hasOptimizer ? "yes" : "no");
    }
    return 0;
}

} // namespace

void registerPredictCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto opt = std::make_shared<PredictOptions>();
    CLI::App* cmd = root.add_subcommand("predict", "classify images, in input order, in batches of B");
    addWeightsOption(*cmd, opt->weights, true);
    addGenericOption(*cmd, opt->generic);
    addPrecisionOption(*cmd, opt->precision);
    addBatchSizeOption(*cmd, opt->batchSize);
    cmd->add_option("--input-size", opt->inputSize, "override the input size (baseline archs only)")
        ->check(countIn("--input-size", 0, 1024));
    addJsonFlag(*cmd, opt->json,
                "print one JSON document {predictions: [{path, logits, probabilities, label}]}");
    CLI::Option* detect = cmd->add_flag("--detect", opt->detect,
                                        "inputs are raw photos, videos or folders: find every face (dlib), align "
                                        "it like RAF-DB and classify it; one result per face");
    for (CLI::Option* o : addFaceOptions(*cmd, opt->faces.faces, /*withInputs=*/false))
        o->needs(detect);
    cmd->add_option("--out", opt->faces.out,
                    "with --detect: folder for <photo>_faces.jpg (boxes, landmarks, labels) and "
                    "<video>_track<N>.csv timelines")
        ->needs(detect);
    cmd->add_option("images", opt->images, "image files (with --detect: photos, videos, folders)")->required();
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runPredict(*opt, ctx); }; });

    auto info = std::make_shared<std::pair<std::string, bool>>();
    CLI::App* mi = root.add_subcommand("model-info", "print a checkpoint's config and geometry");
    addWeightsOption(*mi, info->first, true);
    addJsonFlag(*mi, info->second, "print one JSON document");
    mi->callback([info, &run] { run = [info] { return runModelInfo(info->first, info->second); }; });
}

} // namespace arm::cli
