#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"

#include "engine/analysis/ImageInspector.h"
#include "engine/analysis/OverlayWriter.h"
#include "engine/analysis/ReceptiveField.h"
#include "engine/loading/ImageTensor.h"
#include "engine/model/ModelHandle.h"
#include "engine/runtime/Runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace arm::cli {

namespace {

namespace fs = std::filesystem;

struct InspectArgs {
    std::string weights;
    std::string out;
    std::string cls; // index or class name; empty = predicted
    std::string generic;
    std::string labels; // comma-separated
    int margin = 32;
    bool json = false;
    std::vector<std::string> images;
};

nlohmann::json gridJson(const Grid& g)
{
    nlohmann::json rows = nlohmann::json::array();
    for (int r = 0; r < g.rows; ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (int c = 0; c < g.cols; ++c) {
            const float v = g.at(r, c);
            row.push_back(std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

nlohmann::json cellsJson(const CellGeometry& c)
{
    nlohmann::json boxes = nlohmann::json::array();
    for (const auto& b : c.boxes)
        boxes.push_back({b[0], b[1], b[2], b[3]});
    return {{"rows", c.rows}, {"cols", c.cols}, {"boxes_x0_y0_x1_y1", boxes}};
}

std::vector<int> parseLabels(const std::string& text, int numClasses)
{
    std::vector<int> out;
    if (text.empty())
        return out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t comma = std::min(text.find(',', pos), text.size());
        const std::string item = text.substr(pos, comma - pos);
        std::size_t used = 0;
        int v = -2;
        try {
            v = std::stoi(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != item.size() || item.empty() || v < -1 || v >= numClasses)
            throw std::runtime_error("--labels: item " + std::to_string(out.size() + 1) + " '" + item +
                                     "' is not a class index -1.." + std::to_string(numClasses - 1));
        out.push_back(v);
        pos = comma + 1;
    }
    return out;
}

int resolveClass(const std::string& spec, const std::vector<std::string>& names)
{
    if (spec.empty())
        return -1;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == spec)
            return static_cast<int>(i);
    try {
        std::size_t used = 0;
        const int k = std::stoi(spec, &used);
        if (used == spec.size() && k >= 0 && k < static_cast<int>(names.size()))
            return k;
    } catch (const std::exception&) {
    }
    std::string list;
    for (const auto& n : names)
        list += (list.empty() ? "" : ", ") + n;
    throw std::runtime_error("--class " + spec + ": not a class index 0.." + std::to_string(names.size() - 1) +
                             " nor a class name (" + list + ")");
}

// Writes one picture and records it under `key` in `files`.
void writePicture(const fs::path& dir, const std::string& name, const cv::Mat& picture, nlohmann::json& files,
          const std::string& key)
{
    const fs::path p = dir / name;
    OverlayWriter::writePng(p.string(), picture);
    files[key] = jsonText(p.string());
}

nlohmann::json writeImage(const fs::path& dir, const std::string& stem, const cv::Mat& image, const ImageAnalysis& a)
{
    nlohmann::json files = nlohmann::json::object();
    const cv::Mat face = [&] {
        cv::Mat rgb = ImageTensor::toRgb(image, a.inputSize), bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        return bgr;
    }();
    const std::string cls = a.gradCamClass >= 0 ? a.classNames.at(static_cast<std::size_t>(a.gradCamClass)) : "";
    auto style = [&a](const std::string& title, bool diverging, const CellGeometry* cells) {
        OverlayStyle s;
        s.title = title;
        s.diverging = diverging;
        s.fromZero = !diverging; // every sequential map here is non-negative: 0 is the honest floor
        s.cells = cells;
        s.imageSize = a.inputSize;
        return s;
    };
    if (!a.gradCam.empty())
        writePicture(dir, stem + "_gradcam.png",
                     OverlayWriter::overlay(face, a.gradCam,
                                            style("Grad-CAM (layer4) of " + cls +
                                                      (a.gradCamCells.maxValue() > 0.0f ? std::string()
                                                                                        : ": all cells <= 0, see signed"),
                                                  false, &a.backboneCells)),
                     files, "gradcam");
    if (!a.erosionAnalytic.empty())
        writePicture(dir, stem + "_erosion_analytic.png",
             OverlayWriter::overlay(face, ReceptiveField::projectToImage(a.erosionAnalytic, a.backboneCells, a.inputSize),
                                    style("analytic erosion (padding share of RF)", false, &a.backboneCells)),
             files, "erosion_analytic");
    if (!a.erosionMeasured.empty())
        writePicture(dir, stem + "_erosion_measured.png",
             OverlayWriter::overlay(face, ReceptiveField::projectToImage(a.erosionMeasured, a.backboneCells, a.inputSize),
                                    style("measured erosion |f-f_reflect|/|f_reflect|", false, &a.backboneCells)),
             files, "erosion_measured");
    if (!a.coverageImage.empty())
        writePicture(dir, stem + "_coverage.png",
             OverlayWriter::overlay(face, a.coverageImage, style("de-albino coverage (sum |kernel|)", false, &a.backboneCells)),
             files, "coverage");
    if (!a.cellContributionImage.empty())
        writePicture(dir, stem + "_contribution.png",
             OverlayWriter::overlay(face, a.cellContributionImage,
                                    style("cell contributions to logit " + cls, true, &a.dealbinoCells)),
             files, "contribution");
    const auto plain = [&](const Grid& g, const std::string& key, const std::string& title, bool diverging) {
        if (!g.empty())
            writePicture(dir, stem + "_" + key + ".png", OverlayWriter::heatmap(g, style(title, diverging, nullptr)), files, key);
    };
    plain(a.cellContribution, "contribution_grid", "cell contributions (o x o) to " + cls, true);
    plain(a.fUnique, "f_unique", "F_unique", true);
    plain(a.fGenericScaled, "alpha_f_generic", "alpha * F_generic", true);
    plain(a.fExpression, "f_expression", "F_expression", true);
    plain(a.dealbinoBn[0], "dealbino_bn_0", "de-albino map 0 after BN", true);
    plain(a.dealbinoBn[1], "dealbino_bn_1", "de-albino map 1 after BN", true);
    plain(a.erosionMeasured, "erosion_measured_grid", "measured erosion (S x S)", false);
    plain(a.gradCamCells, "gradcam_grid", "Grad-CAM cells (raw) of " + cls, false);
    plain(a.gradCamSigned, "gradcam_signed_grid", "Grad-CAM before relu (signed) of " + cls, true);
    return files;
}

nlohmann::json analysisJson(const ImageAnalysis& a)
{
    nlohmann::json j{
        {"input_size", a.inputSize},
        {"logits", a.logits},
        {"probabilities", a.probabilities},
        {"predicted", a.predicted},
        {"predicted_name",
         a.predicted >= 0 ? jsonText(a.classNames.at(static_cast<std::size_t>(a.predicted))) : ""},
        {"milliseconds", a.milliseconds},
        {"geometry",
         {{"receptive_field_size", a.receptiveFieldSize},
          {"backbone_stride", a.backboneStride},
          {"backbone_cells", cellsJson(a.backboneCells)},
          {"dealbino_cells", cellsJson(a.dealbinoCells)}}},
        {"erosion",
         {{"analytic", gridJson(a.erosionAnalytic)},
          {"measured", gridJson(a.erosionMeasured)},
          {"border", a.borderErosion},
          {"centre", a.centreErosion},
          {"reflect_margin", a.reflectMargin}}},
        {"evidence",
         {{"class", a.gradCamClass},
          {"class_name",
           a.gradCamClass >= 0 ? jsonText(a.classNames.at(static_cast<std::size_t>(a.gradCamClass))) : ""},
          {"gradcam_cells", gridJson(a.gradCamCells)},
          {"gradcam_signed", gridJson(a.gradCamSigned)},
          {"gradcam_image", gridJson(a.gradCam)},
          {"cell_contribution", gridJson(a.cellContribution)},
          {"bias", a.evidenceBias}}}};
    if (!a.fUnique.empty()) {
        j["dealbino"] = {{"alpha", a.alpha},
                         {"coverage_backbone", gridJson(a.coverageBackbone)},
                         {"coverage_image", gridJson(a.coverageImage)},
                         {"arranged", {gridJson(a.arranged[0]), gridJson(a.arranged[1])}},
                         {"raw", {gridJson(a.dealbinoRaw[0]), gridJson(a.dealbinoRaw[1])}},
                         {"bn", {gridJson(a.dealbinoBn[0]), gridJson(a.dealbinoBn[1])}},
                         {"f_unique", gridJson(a.fUnique)},
                         {"alpha_f_generic", gridJson(a.fGenericScaled)},
                         {"f_expression", gridJson(a.fExpression)},
                         {"cell_contribution_image", gridJson(a.cellContributionImage)}};
    }
    return j;
}

nlohmann::json affinityJson(const AffinityResult& r)
{
    return {{"labels", r.labels},
            {"unique_cosine", gridJson(r.uniqueCosine)},
            {"expression_cosine", gridJson(r.expressionCosine)},
            {"class_affinity", gridJson(r.classAffinity)},
            {"shared_share", r.sharedShare},
            {"predicted_alone", r.predictedAlone},
            {"predicted_in_batch", r.predictedInBatch},
            {"predicted_running", r.predictedRunning},
            {"max_probability_shift", r.maxProbabilityShift},
            {"milliseconds", r.milliseconds}};
}

int runInspect(const InspectArgs& opt, const CliContext& ctx)
{
    auto model = naming(opt.weights,
                        [&] { return ModelHandle::open(opt.weights, Runtime::resolveDevice(ctx.device)); });
    if (!opt.generic.empty())
        model->setGenericMode(genericModeFromString(opt.generic));
    const std::vector<std::string> names = model->classNames();
    const std::vector<int> labels = parseLabels(opt.labels, static_cast<int>(names.size()));
    if (!labels.empty() && labels.size() != opt.images.size())
        throw std::runtime_error("--labels: " + std::to_string(labels.size()) + " labels for " +
                                 std::to_string(opt.images.size()) + " images");
    const fs::path dir(opt.out);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        throw std::runtime_error(jsonText(opt.out) + ": cannot create the output directory (" + ec.message() +
                                 ")");

    InspectOptions io;
    io.gradCamClass = resolveClass(opt.cls, names);
    io.reflectMargin = opt.margin;
    if (!ctx.quiet)
        std::fprintf(stderr, "arm-cli inspect: %s (%s, %dpx, generic %s), %zu image(s)\n",
                     jsonText(opt.weights).c_str(), toString(model->config().arch).c_str(),
                     model->config().inputSize, toString(model->config().generic).c_str(), opt.images.size());

    std::vector<cv::Mat> mats;
    nlohmann::json images = nlohmann::json::array();
    nlohmann::json modelFiles = nlohmann::json::object();
    for (std::size_t i = 0; i < opt.images.size(); ++i) {
        const std::string& path = opt.images[i];
        const cv::Mat img = naming(path, [&] { return ImageTensor::readImage(path); });
        mats.push_back(img);
        const ImageAnalysis a = naming(path, [&] { return ImageInspector::inspect(*model, img, io); });
        const std::string index = std::to_string(i);
        const std::string stem = std::string(index.size() < 2 ? 2 - index.size() : 0, '0') + index + "_" +
                                 fs::path(opt.images[i]).stem().string();
        nlohmann::json entry = analysisJson(a);
        entry["path"] = jsonText(path);
        entry["files"] = naming(opt.out, [&] { return writeImage(dir, stem, img, a); });
        images.push_back(std::move(entry));
        if (i == 0 && !a.kernel.empty()) {
            OverlayStyle s;
            s.title = "de-albino kernel (32 x 32)";
            s.diverging = true;
            writePicture(dir, "kernel.png", OverlayWriter::heatmap(a.kernel, s), modelFiles, "kernel");
            s.title = "de-albino coverage of the arranged map";
            s.diverging = false;
            s.fromZero = true;
            writePicture(dir, "coverage_arranged.png", OverlayWriter::heatmap(a.coverageArranged, s), modelFiles,
                 "coverage_arranged");
            s.title = "coverage folded onto the backbone grid";
            writePicture(dir, "coverage_backbone.png", OverlayWriter::heatmap(a.coverageBackbone, s), modelFiles,
                 "coverage_backbone");
            modelFiles["kernel_values"] = gridJson(a.kernel);
            modelFiles["coverage_arranged_values"] = gridJson(a.coverageArranged);
        }
        if (!ctx.quiet)
            std::fprintf(stderr, "  %s: %s (%.1f ms)\n", jsonText(path).c_str(),
                         jsonText(names.at(static_cast<std::size_t>(a.predicted))).c_str(), a.milliseconds);
    }
    const AffinityResult aff = naming("the batch of " + std::to_string(mats.size()) + " image(s)",
                                      [&] { return ImageInspector::affinity(*model, mats, labels); });
    nlohmann::json report{{"model",
                           {{"weights", jsonText(opt.weights)},
                            {"format", model->formatDescription()},
                            {"arch", toString(model->config().arch)},
                            {"input_size", model->config().inputSize},
                            {"generic", toString(model->config().generic)},
                            {"has_running_feature", model->hasRunningFeature()}}},
                          {"class_names", jsonTexts(names)},
                          {"model_maps", modelFiles},
                          {"images", images},
                          {"affinity", affinityJson(aff)}};
    const fs::path reportPath = dir / "report.json";
    {
        std::ofstream f(reportPath);
        f << dumpJson(report, 1) << '\n';
        if (!f)
            throw std::runtime_error(jsonText(reportPath.string()) + ": cannot write the report");
    }
    if (opt.json)
        printJson(report, -1);
    else if (!ctx.quiet)
        std::fprintf(stderr, "arm-cli inspect: wrote %s\n", jsonText(reportPath.string()).c_str());
    return 0;
}

} // namespace

void registerInspectCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto opt = std::make_shared<InspectArgs>();
    CLI::App* cmd = root.add_subcommand(
        "inspect", "compute every analysis for the images (they also form the batch for batch analyses)");
    addWeightsOption(*cmd, opt->weights, true, "checkpoint (.ckpt of ours or an authors' .pth)");
    cmd->add_option("--out", opt->out, "output directory for the PNGs and report.json")->required();
    cmd->add_option("--class", opt->cls, "class for Grad-CAM and cell contributions: index or name (default: predicted)");
    addGenericOption(*cmd, opt->generic, "F_generic mode for the per-image analyses (default: the model's)");
    cmd->add_option("--labels", opt->labels,
                    "given label of each image, comma-separated (0-based RAF-DB order, -1 unknown), for the class affinity");
    cmd->add_option("--reflect-margin", opt->margin,
                    "pixels of reflection for the measured erosion (multiple of 32)")
        ->capture_default_str()
        ->check(countIn("--reflect-margin", 0, 1024));
    addJsonFlag(*cmd, opt->json, "print the report as one JSON document on stdout");
    cmd->add_option("images", opt->images, "image files")->required();
    cmd->callback([opt, &ctx, &run] { run = [opt, &ctx] { return runInspect(*opt, ctx); }; });
}

} // namespace arm::cli
