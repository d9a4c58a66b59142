#include "app/cli/FaceRun.h"

#include "app/cli/CancelGuard.h"
#include "app/cli/CliErrors.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/ProgressPrinter.h"

#include <CLI/CLI.hpp>

#include <cstdio>

namespace arm::cli {

std::vector<CLI::Option*> addFaceOptions(CLI::App& cmd, FaceCliOptions& o, bool withInputs)
{
    CLI::Option* every = cmd.add_option("--every", o.scan.sampling.every, "videos: every Nth frame")
                             ->check(countIn("--every", 1, 100000));
    CLI::Option* fps = cmd.add_option("--fps", o.scan.sampling.fps, "videos: about F frames per second of video")
                           ->check(CLI::Range(0.01, 1000.0));
    every->excludes(fps);
    CLI::Option* minSize = cmd.add_option("--min-size", o.scan.detector.minFaceSize,
                   "smallest face side in source pixels (smaller is slower: 40 takes ~4x the time of 80)")
        ->capture_default_str()
        ->check(countIn("--min-size", 20, 2000));
    CLI::Option* landmarks = cmd.add_option("--landmarks", o.scan.detector.landmarksPath,
                   "dlib 68-point landmark model (default: $ARM_DLIB_LANDMARKS or " +
                       FaceDetector::defaultLandmarksPath() + ", from Debian's libdlib-data)")
        ->check(regularFile());
    if (withInputs)
        cmd.add_option("inputs", o.inputs, "photos, videos, or folders of them")->required();
    return {every, fps, minSize, landmarks};
}

FaceScanResult runFaceScan(const FaceCliOptions& options, const CliContext& ctx, const char* command,
                           const FaceScanner::Sink& sink)
{
    const std::string landmarks = options.scan.detector.landmarksPath.empty() ? FaceDetector::defaultLandmarksPath()
                                                                               : options.scan.detector.landmarksPath;
    FaceScanner scanner = naming(landmarks, [&] { return FaceScanner(options.scan); });
    const FaceInputs inputs = FaceScanner::collect(options.inputs, options.scan.sampling);
    if (!ctx.quiet)
        std::fprintf(stderr, "arm-cli %s: %zu photo(s), %zu video(s) (%s), faces from %d px\n", command,
                     inputs.photos.size(), inputs.videos.size(), options.scan.sampling.describe().c_str(),
                     options.scan.detector.minFaceSize);
    ProgressPrinter progress(ctx.quiet, "  scanned", "frame");
    const CancelGuard cancel;
    FaceScanResult result = scanner.scan(
        inputs, sink, [&](long long done, long long total, const std::string&) { progress.update(done, total); },
        cancel.flag());
    progress.finish();
    for (const Problem& p : result.problems)
        std::fprintf(stderr, "arm-cli %s: warning: %s: %s\n", command, jsonText(p.where).c_str(), jsonText(p.reason).c_str());
    if (!ctx.quiet)
        std::fprintf(stderr, "arm-cli %s: %d face(s) in %d photo(s) and %d sampled frame(s) of %d video(s), %d track(s)%s\n",
                     command, result.faces, result.photos, result.frames - result.photos, result.videos, result.tracks,
                     result.cancelled ? "; stopped by Ctrl+C" : "");
    return result;
}

} // namespace arm::cli
