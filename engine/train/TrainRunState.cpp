#include "engine/train/TrainRunState.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace arm {

TrainRunState::Status TrainRunState::read(const std::string& outDir)
{
    namespace fs = std::filesystem;
    const fs::path metrics = fs::path(outDir) / "metrics.json";
    std::error_code ec;
    // Regular files of sane size only: this is a quick look, never a reason to block or allocate.
    if (!fs::is_regular_file(metrics, ec) || fs::file_size(metrics, ec) > (16u << 20) || ec)
        return Status::None;
    std::ifstream in(metrics, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("status") || !j["status"].is_string())
        return Status::None;
    const std::string s = j["status"].get<std::string>();
    if (s == "finished")
        return Status::Finished;
    if (s == "cancelled")
        return Status::Cancelled;
    if (s == "running")
        return Status::Running;
    if (s == "failed")
        return Status::Failed;
    return Status::None;
}

const char* TrainRunState::toString(Status status)
{
    switch (status) {
    case Status::None: return "none";
    case Status::Running: return "running";
    case Status::Cancelled: return "cancelled";
    case Status::Failed: return "failed";
    case Status::Finished: return "finished";
    }
    return "none";
}

} // namespace arm
