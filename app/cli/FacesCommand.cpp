#include "app/cli/CancelGuard.h"
#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/FaceRun.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"

#include "engine/faces/FaceDatasetWriter.h"
#include "engine/faces/FaceJson.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>

namespace arm::cli {

namespace {

struct FacesArgs {
    FaceCliOptions faces;
    std::string out;
    int jpegQuality = 95;
    bool json = false;
};

int runFaces(const FacesArgs& a, const CliContext& ctx)
{
    FaceDatasetWriter writer = naming(a.out, [&] {
        return FaceDatasetWriter(a.out, a.faces.scan.alignment, a.faces.scan.sampling.describe(), a.jpegQuality);
    });
    const FaceScanResult result = runFaceScan(a.faces, ctx, "faces", [&](ScannedFrame& f) { naming(a.out, [&] { writer.add(f); }); });
    naming(a.out, [&] { writer.finish(result); });
    if (a.json) {
        printJson({{"out", jsonText(a.out)},
                   {"faces", writer.written()},
                   {"photos", result.photos},
                   {"videos", result.videos},
                   {"frames", result.frames},
                   {"tracks", result.tracks},
                   {"faces_json", jsonText(a.out + "/" + FaceDatasetWriter::kFacesJson)},
                   {"problems", FaceJson::problems(result.problems)},
                   {"cancelled", result.cancelled}});
    } else if (!ctx.quiet) {
        std::fprintf(stderr, "arm-cli faces: wrote %d aligned face(s), unlabelled, to %s (RAF-DB layout; %s lists them)\n",
                     writer.written(), a.out.c_str(), FaceDatasetWriter::kFacesJson);
    }
    if (result.cancelled)
        return CancelGuard::kExitCode;
    // Problems are reported, not fatal: a folder of photos with a few faceless ones is a normal input.
    return writer.written() > 0 ? 0 : 1;
}

} // namespace

void registerFacesCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    auto a = std::make_shared<FacesArgs>();
    CLI::App* cmd = root.add_subcommand(
        "faces", "find, align (RAF-DB framing) and save every face of photos and videos as an unlabelled dataset");
    cmd->add_option("--out", a->out, "output folder (new or empty): Image/aligned/, EmoLabel/, faces.json")->required();
    cmd->add_option("--jpeg-quality", a->jpegQuality, "JPEG quality of the aligned faces")
        ->capture_default_str()
        ->check(countIn("--jpeg-quality", 50, 100));
    addFaceOptions(*cmd, a->faces);
    addJsonFlag(*cmd, a->json, "print one JSON summary {faces, photos, videos, frames, tracks, problems}");
    cmd->callback([a, &ctx, &run] { run = [a, &ctx] { return runFaces(*a, ctx); }; });
}

} // namespace arm::cli
