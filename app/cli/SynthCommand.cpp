#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/ProgressPrinter.h"

#include "engine/core/AtomicFile.h"
#include "engine/core/ExpressionClasses.h"
#include "engine/data/ImageDecode.h"
#include "engine/synth/SynthDatasetWriter.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace arm::cli {
namespace {

struct SynthArgs {
    SynthOptions options;
    bool json = false;
    std::string contactSheet;
    int sheetCols = 8, sheetRows = 7;
};

// Tiles the first cols x rows images of the written list at 2x with their given class names: a quick
// way to eyeball what the generator draws (hidden option, used while tuning the renderer).
void writeContactSheet(const SynthOptions& o, const std::string& file, int cols, int rows)
{
    const std::string listPath = o.outDir + "/EmoLabel/list_patition_label.txt";
    std::ifstream list(listPath);
    if (!list)
        throw std::runtime_error("synth: cannot read " + listPath);
    const int cell = 2 * o.size, label = 16;
    cv::Mat sheet(rows * (cell + label), cols * cell, CV_8UC3, cv::Scalar(255, 255, 255));
    std::string line;
    for (int i = 0; i < cols * rows && std::getline(list, line); ++i) {
        std::istringstream ss(line);
        std::string name;
        int lab = 0;
        ss >> name >> lab;
        const std::string path = o.outDir + "/Image/aligned/" + name.substr(0, name.size() - 4) + "_aligned.jpg";
        // The same strict, size-checked decode as every other image path (it names the file on failure).
        cv::Mat img = ImageDecode::readImage(path);
        cv::resize(img, img, cv::Size(cell, cell), 0, 0, cv::INTER_LINEAR);
        const int x = (i % cols) * cell, y = (i / cols) * (cell + label);
        img.copyTo(sheet(cv::Rect(x, y + label, cell, cell)));
        const std::string text = lab >= 1 && lab <= 7 ? ExpressionClasses::basicNames()[static_cast<std::size_t>(lab - 1)] : "?";
        cv::putText(sheet, text, cv::Point(x + 3, y + label - 4), cv::FONT_HERSHEY_SIMPLEX, 0.45, cv::Scalar(0, 0, 0), 1,
                    cv::LINE_AA);
    }
    std::vector<uchar> png;
    const std::string ext = file.size() >= 4 ? file.substr(file.size() - 4) : std::string();
    if (!cv::imencode(ext == ".jpg" ? ".jpg" : ".png", sheet, png))
        throw std::runtime_error("synth: cannot encode contact sheet " + file);
    AtomicFile::write(file, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

} // namespace

void registerSynthCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto args = std::make_shared<SynthArgs>();
    CLI::App* sub = root.add_subcommand("synth", "write the built-in synthetic FER dataset in RAF-DB basic layout");
    sub->add_option("--out", args->options.outDir, "output directory")->required();
    sub->add_option("--count", args->options.count, "number of images, train + test")
        ->capture_default_str()
        ->check(countIn("--count", 1, 10000000));
    CLI::Option* seedOpt =
        sub->add_option("--seed", args->options.seed, "random seed (default: the global --seed)")
            ->check(seedValue("--seed"));
    sub->add_option("--noise", args->options.noise,
                    "fraction of TRAIN labels flipped to another class; writes EmoLabel/noise_truth.txt")
        ->capture_default_str()
        ->check(realIn("--noise", 0.0, 1.0));
    sub->add_option("--size", args->options.size, "image side in pixels")
        ->capture_default_str()
        ->check(countIn("--size", 16, 1024));
    sub->add_option("--difficulty", args->options.difficulty,
                    "0..1: nuisance strength and share of subtle expressions")
        ->capture_default_str()
        ->check(realIn("--difficulty", 0.0, 1.0));
    sub->add_option("--test-fraction", args->options.testFraction, "share of images in the test split")
        ->capture_default_str()
        ->check(realIn("--test-fraction", 0.0, 0.99));
    sub->add_flag("--force", args->options.force, "write into a non-empty directory that is not a synth output");
    addJsonFlag(*sub, args->json, "print a JSON summary on stdout");
    sub->add_option("--contact-sheet", args->contactSheet, "also write a PNG tiling the first images")->group("");
    sub->add_option("--contact-cols", args->sheetCols)->group("")->check(countIn("--contact-cols", 1, 100));
    sub->add_option("--contact-rows", args->sheetRows)->group("")->check(countIn("--contact-rows", 1, 100));

    sub->callback([args, seedOpt, &ctx, &run] {
        run = [args, seedOpt, &ctx]() -> int {
            SynthOptions o = args->options;
            if (seedOpt->count() == 0)
                o.seed = ctx.seed;
            o.threads = ctx.threads > 0 ? ctx.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
            ProgressPrinter progress(ctx.quiet, "synth: images");
            const SynthResult r =
                naming(o.outDir, [&] { return SynthDatasetWriter::write(o, progress.callback()); });
            progress.finish();
            if (!args->contactSheet.empty())
                naming(args->contactSheet,
                       [&] { writeContactSheet(o, args->contactSheet, args->sheetCols, args->sheetRows); });
            if (args->json) {
                nlohmann::json j{{"out", jsonText(o.outDir)},
                                 {"seed", o.seed},
                                 {"train", r.train},
                                 {"test", r.test},
                                 {"flipped", r.flipped},
                                 {"noise", o.noise},
                                 {"list_file", jsonText(r.listFile)},
                                 {"truth_file", jsonText(r.truthFile)},
                                 {"seconds", r.seconds},
                                 {"images_per_second", (r.train + r.test) / std::max(1e-9, r.seconds)}};
                nlohmann::json counts = nlohmann::json::object();
                for (int k = 0; k < ExpressionClasses::kBasicCount; ++k)
                    counts[ExpressionClasses::basicNames()[static_cast<std::size_t>(k)]] = {
                        {"train", r.trainClassCounts[static_cast<std::size_t>(k)]},
                        {"test", r.testClassCounts[static_cast<std::size_t>(k)]}};
                j["class_counts"] = counts;
                printJson(j);
            } else if (!ctx.quiet) {
                std::fprintf(stderr,
                             "synth: wrote %d train + %d test images to %s in %.2f s (%d labels flipped)\n",
                             r.train, r.test, jsonText(o.outDir).c_str(), r.seconds, r.flipped);
            }
            return 0;
        };
    });
}

} // namespace arm::cli
