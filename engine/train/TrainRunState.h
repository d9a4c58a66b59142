#pragma once

#include <string>

namespace arm {

// How a training run in an output folder ended, read from its metrics.json. A process killed during
// training leaves "running" behind: its best.ckpt is a partial model, and the run should be resumed
// from last.ckpt rather than taken as finished.
class TrainRunState {
public:
    enum class Status { None, Running, Cancelled, Failed, Finished };
    // None when the folder has no readable metrics.json (or it names no status).
    static Status read(const std::string& outDir);
    static const char* toString(Status status);
};

} // namespace arm
