#include "engine/model/Checkpoint.h"

#include "engine/io/CheckpointFile.h"
#include "engine/io/TorchArchive.h"
#include "engine/model/StateDictLoader.h"
#include "engine/runtime/Runtime.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include <sstream>
#include <stdexcept>

namespace arm {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what)
{
    throw std::runtime_error(path + ": " + what);
}

// ModelConfig names the key; the JSON library's own "[json.exception.type_error.302]" prefix is noise.
std::string withoutParserCode(std::string msg)
{
    const auto at = msg.find("[json.exception.");
    if (at != std::string::npos) {
        const auto end = msg.find("] ", at);
        msg.erase(at, end == std::string::npos ? std::string::npos : end + 2 - at);
    }
    return msg;
}

// Sizes that decide what the model allocates are bounded before ModelConfig and FerNet see them: a
// header claiming 2e9 classes must be an error, not 17 GB.
ModelConfig configOf(const std::string& path, const nlohmann::json& config)
{
    const auto bounded = [&](const char* key, int lo, int hi) {
        const auto it = config.find(key);
        if (it == config.end() || it->is_null())
            return;
        if (!it->is_number_integer() || it->get<std::int64_t>() < lo || it->get<std::int64_t>() > hi)
            fail(path, std::string("bad model config in checkpoint: ") + key + " " +
                           it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).substr(0, 40) +
                           " is not a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
    };
    bounded("num_classes", 1, Checkpoint::kMaxClasses);
    bounded("input_size", 1, 4096);
    try {
        return ModelConfig::fromJson(config);
    } catch (const std::exception& e) {
        fail(path, "bad model config in checkpoint: " + withoutParserCode(e.what()));
    }
}

} // namespace

std::string Checkpoint::optimizerStateBytes(const torch::optim::Optimizer& optimizer)
{
    torch::serialize::OutputArchive archive;
    optimizer.save(archive);
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

void Checkpoint::restoreOptimizer(torch::optim::Optimizer& optimizer, const std::string& bytes, const std::string& what)
{
    // LibTorch's own reader checks no tensor view against its storage and recurses without limit: the
    // pickle is first read by our checked unpickler, so a hostile section is a named error, not a crash.
    {
        TorchArchive checked(what, bytes); // PthError "WHAT: ... at byte N of data.pkl"
        PickleArena arena;
        checked.parse(arena);
    }
    try {
        std::istringstream in(bytes);
        torch::serialize::InputArchive archive;
        archive.load_from(in);
        optimizer.load(archive);
    } catch (const c10::Error& e) {
        const std::string why = e.what_without_backtrace();
        throw std::runtime_error(what + ": does not fit this optimizer (" + why.substr(0, why.find('\n')) + ")");
    }
}

void Checkpoint::save(const std::string& path, const FerNet& model, int epoch, const nlohmann::json& metadata,
                      const torch::optim::Optimizer* optimizer)
{
    save(path, model, epoch, metadata, optimizer ? optimizerStateBytes(*optimizer) : std::string());
}

void Checkpoint::save(const std::string& path, const FerNet& model, int epoch, const nlohmann::json& metadata,
                      const std::string& optimizerState)
{
    std::vector<std::pair<std::string, std::string>> sections;
    {
        c10::Dict<std::string, torch::Tensor> dict;
        for (const auto& [key, t] : StateDictLoader::stateDict(model, /*authorsNames=*/false))
            dict.insert(key, t);
        const std::vector<char> bytes = torch::pickle_save(dict);
        sections.emplace_back("weights", std::string(bytes.begin(), bytes.end()));
    }
    if (!optimizerState.empty())
        sections.emplace_back("optimizer", optimizerState);

    const nlohmann::json header{{"format", "arm-inspector-checkpoint"},
                                {"version", kVersion},
                                {"config", model->config().toJson()},
                                {"geometry", model->geometry().describe()},
                                {"epoch", epoch},
                                {"metadata", metadata.is_object() ? metadata : nlohmann::json::object()},
                                {"running_generic_valid", model->hasRunningGeneric()},
                                {"torch_version", Runtime::torchVersion()}};
    CheckpointFile::write(path, header, sections);
}

CheckpointInfo Checkpoint::peek(const std::string& path)
{
    const CheckpointFile::Contents c = CheckpointFile::read(path, false);
    CheckpointInfo info;
    info.config = configOf(path, c.config);
    info.epoch = c.epoch;
    info.metadata = c.metadata;
    info.runningGenericValid = c.runningGenericValid;
    info.torchVersion = c.torchVersion;
    info.hasOptimizer = c.sectionSizes.count("optimizer") > 0;
    return info;
}

bool Checkpoint::isCheckpoint(const std::string& path)
{
    return CheckpointFile::isCheckpoint(path);
}

CheckpointData Checkpoint::load(const std::string& path, const std::string& device)
{
    CheckpointFile::Contents c = CheckpointFile::read(path, true);
    const auto weightsSection = c.sections.find("weights");
    if (weightsSection == c.sections.end())
        fail(path, "checkpoint has no 'weights' section");
    CheckpointData d;
    d.config = configOf(path, c.config);
    d.epoch = c.epoch;
    d.metadata = c.metadata;
    if (auto it = c.sections.find("optimizer"); it != c.sections.end())
        d.optimizerState = std::move(it->second);

    // Our own bounds-checked unpickler (views within storages, nesting depth, sizes within the
    // section): errors name the file, the section and the byte.
    const std::map<std::string, torch::Tensor> weights =
        TorchArchive::readStateDict(path + " (section 'weights')", weightsSection->second);
    try {
        d.model = FerNet(d.config);
    } catch (const std::invalid_argument& e) {
        fail(path, std::string("cannot build the model it describes: ") + e.what());
    } catch (const c10::Error& e) {
        fail(path, std::string("cannot build the model it describes: ") + e.what_without_backtrace());
    }
    LoadOptions opts;
    opts.source = path;
    StateDictLoader::load(d.model, weights, opts); // StateDictError names the file and keys (incl. NaN)
    if (d.model->arm)
        d.model->arm->markRunningGenericValid(c.runningGenericValid);
    try {
        d.model->to(torch::Device(device));
    } catch (const c10::Error& e) {
        const std::string what = e.what_without_backtrace();
        fail(path, "cannot move the model to device '" + device + "': " + what.substr(0, what.find('\n')));
    }
    d.model->eval();
    return d;
}

} // namespace arm
