#include "engine/Checkpoint.h"

#include "engine/Runtime.h"
#include "engine/StateDictLoader.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

namespace arm {

namespace {

std::string fnv1a64(const char* data, std::size_t n)
{
    std::uint64_t h = 1469598103934665603ull;
    for (std::size_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::string magicLine()
{
    return std::string(Checkpoint::kMagic) + " " + std::to_string(Checkpoint::kVersion);
}

[[noreturn]] void fail(const std::string& path, const std::string& what)
{
    throw std::runtime_error(path + ": " + what);
}

struct Parsed {
    nlohmann::json header;
    std::map<std::string, std::string> sections; // name -> bytes (only when readSections)
};

Parsed readFile(const std::string& path, bool readSections)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(path, "cannot open file");
    std::string line;
    if (!std::getline(in, line) || line.empty())
        fail(path, "empty file, not an ARM Inspector checkpoint");
    if (line.rfind(Checkpoint::kMagic, 0) != 0)
        fail(path, "not an ARM Inspector checkpoint (no '" + std::string(Checkpoint::kMagic) +
                       "' header; a PyTorch .pth needs the .pth reader)");
    if (line != magicLine())
        fail(path, "unsupported checkpoint version '" + line.substr(std::string(Checkpoint::kMagic).size()) +
                       "' (this build reads version " + std::to_string(Checkpoint::kVersion) + ")");
    Parsed p;
    if (!std::getline(in, line))
        fail(path, "truncated checkpoint: the JSON header is missing");
    try {
        p.header = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
        fail(path, std::string("corrupt checkpoint header: ") + e.what());
    }
    if (!p.header.is_object() || !p.header.contains("config") || !p.header.contains("sections") ||
        !p.header["sections"].is_array())
        fail(path, "corrupt checkpoint header: 'config' or 'sections' missing");
    if (!readSections)
        return p;
    for (const auto& s : p.header["sections"]) {
        std::string name;
        std::uint64_t bytes = 0;
        std::string hash;
        try {
            name = s.at("name").get<std::string>();
            bytes = s.at("bytes").get<std::uint64_t>();
            hash = s.at("fnv1a64").get<std::string>();
        } catch (const nlohmann::json::exception& e) {
            fail(path, std::string("corrupt checkpoint header (sections): ") + e.what());
        }
        if (bytes > (std::uint64_t{1} << 40))
            fail(path, "corrupt checkpoint header: section '" + name + "' claims " + std::to_string(bytes) + " bytes");
        std::string data(bytes, '\0');
        in.read(data.data(), static_cast<std::streamsize>(bytes));
        if (static_cast<std::uint64_t>(in.gcount()) != bytes)
            fail(path, "truncated checkpoint: section '" + name + "' should have " + std::to_string(bytes) +
                           " bytes, the file has " + std::to_string(in.gcount()));
        if (fnv1a64(data.data(), data.size()) != hash)
            fail(path, "corrupt checkpoint: section '" + name + "' does not match its checksum");
        p.sections[name] = std::move(data);
    }
    return p;
}

ModelConfig configOf(const std::string& path, const nlohmann::json& header)
{
    try {
        return ModelConfig::fromJson(header.at("config"));
    } catch (const std::exception& e) {
        fail(path, std::string("bad model config in checkpoint: ") + e.what());
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
    try {
        std::istringstream in(bytes);
        torch::serialize::InputArchive archive;
        archive.load_from(in);
        optimizer.load(archive);
    } catch (const c10::Error& e) {
        throw std::runtime_error(what + ": does not fit this optimizer (" + e.what_without_backtrace() + ")");
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

    nlohmann::json header{{"format", "arm-inspector-checkpoint"},
                          {"version", kVersion},
                          {"config", model->config().toJson()},
                          {"geometry", model->geometry().describe()},
                          {"epoch", epoch},
                          {"metadata", metadata.is_null() ? nlohmann::json::object() : metadata},
                          {"running_generic_valid", model->hasRunningGeneric()},
                          {"torch_version", Runtime::torchVersion()},
                          {"sections", nlohmann::json::array()}};
    for (const auto& [name, data] : sections)
        header["sections"].push_back(
            {{"name", name}, {"bytes", data.size()}, {"fnv1a64", fnv1a64(data.data(), data.size())}});

    static std::atomic<int> counter{0};
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            fail(path, "cannot write (temporary file " + tmp + " not creatable)");
        out << magicLine() << '\n' << header.dump() << '\n';
        for (const auto& s : sections)
            out.write(s.second.data(), static_cast<std::streamsize>(s.second.size()));
        out.flush();
        if (!out) {
            out.close();
            std::remove(tmp.c_str());
            fail(path, "write failed (disk full?)");
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        fail(path, "cannot replace file: " + ec.message());
    }
}

CheckpointInfo Checkpoint::peek(const std::string& path)
{
    const Parsed p = readFile(path, false);
    CheckpointInfo info;
    info.config = configOf(path, p.header);
    info.epoch = p.header.value("epoch", 0);
    info.metadata = p.header.value("metadata", nlohmann::json::object());
    info.runningGenericValid = p.header.value("running_generic_valid", false);
    info.torchVersion = p.header.value("torch_version", std::string());
    for (const auto& s : p.header["sections"])
        if (s.value("name", std::string()) == "optimizer")
            info.hasOptimizer = true;
    return info;
}

bool Checkpoint::isCheckpoint(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    const std::string magic = kMagic;
    std::string head(magic.size(), '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    return in.gcount() == static_cast<std::streamsize>(head.size()) && head == magic;
}

CheckpointData Checkpoint::load(const std::string& path, const std::string& device)
{
    Parsed p = readFile(path, true);
    if (!p.sections.count("weights"))
        fail(path, "checkpoint has no 'weights' section");
    CheckpointData d;
    d.config = configOf(path, p.header);
    d.epoch = p.header.value("epoch", 0);
    d.metadata = p.header.value("metadata", nlohmann::json::object());
    if (auto it = p.sections.find("optimizer"); it != p.sections.end())
        d.optimizerState = std::move(it->second);

    std::map<std::string, torch::Tensor> weights;
    try {
        const std::string& w = p.sections["weights"];
        const torch::IValue v = torch::pickle_load(std::vector<char>(w.begin(), w.end()));
        if (!v.isGenericDict())
            fail(path, "weights section is not a dictionary");
        for (const auto& entry : v.toGenericDict()) {
            if (!entry.key().isString() || !entry.value().isTensor())
                fail(path, "weights section holds a non-tensor entry");
            weights[entry.key().toStringRef()] = entry.value().toTensor();
        }
    } catch (const c10::Error& e) {
        fail(path, std::string("cannot decode weights: ") + e.what_without_backtrace());
    }
    try {
        d.model = FerNet(d.config);
    } catch (const std::invalid_argument& e) {
        fail(path, std::string("cannot build the model it describes: ") + e.what());
    }
    LoadOptions opts;
    opts.source = path;
    StateDictLoader::load(d.model, weights, opts); // StateDictError already names the file
    if (d.model->arm)
        d.model->arm->markRunningGenericValid(p.header.value("running_generic_valid", false));
    try {
        d.model->to(torch::Device(device));
    } catch (const c10::Error& e) {
        fail(path, "cannot move the model to device '" + device + "': " + e.what_without_backtrace());
    }
    d.model->eval();
    return d;
}

} // namespace arm
