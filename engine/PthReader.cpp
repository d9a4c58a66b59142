#include "engine/PthReader.h"

#include "engine/PickleValue.h"
#include "engine/PthError.h"
#include "engine/Unpickler.h"

#include <caffe2/serialize/inline_container.h>

#include <cstring>
#include <filesystem>
#include <fstream>

namespace arm {

namespace {

using K = PickleValue::Kind;

// Python's legacy (pre-1.6, _use_new_zipfile_serialization=False) files start with a pickled magic long.
bool isLegacyTorchFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char head[14] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    static const unsigned char magic[14] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46,
                                            0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};
    return in.gcount() == 14 && std::memcmp(head, magic, sizeof head) == 0;
}

bool looksLikeZip(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char head[4] = {};
    in.read(head, 4);
    return in.gcount() == 4 && head[0] == 'P' && head[1] == 'K';
}

std::string firstLine(const std::string& s)
{
    const auto nl = s.find('\n');
    return nl == std::string::npos ? s : s.substr(0, nl);
}

// A bare state_dict: only tensors (and opaque objects, which flattening then reports by name).
bool looksLikeStateDict(const PickleValue* d)
{
    bool anyTensor = false;
    for (const auto& [k, v] : d->entries) {
        if (v->kind != K::Tensor && v->kind != K::Object)
            return false;
        anyTensor = anyTensor || v->kind == K::Tensor;
    }
    return anyTensor || !d->entries.empty();
}

std::string keyText(const PickleValue* k)
{
    if (k->kind == K::String)
        return k->text;
    if (k->kind == K::Int)
        return std::to_string(k->integer);
    return "<" + k->typeName() + ">";
}

// Flattens a state_dict: every value must be a tensor with a string key.
std::map<std::string, torch::Tensor> flattenStateDict(const std::string& file, const PickleValue* d,
                                                      const std::string& where)
{
    if (d->kind != K::Dict)
        throw PthError(file, where + " is a " + d->typeName() + ", not a state_dict");
    std::map<std::string, torch::Tensor> out;
    for (const auto& [k, v] : d->entries) {
        if (k->kind != K::String)
            throw PthError(file, where + " has a non-string key " + keyText(k));
        if (v->kind == K::Object)
            throw PthError(file, where + " key '" + k->text + "' holds an unsupported global " + v->text);
        if (v->kind != K::Tensor)
            throw PthError(file, where + " key '" + k->text + "' is a " + v->typeName() + ", not a tensor");
        out[k->text] = v->tensor;
    }
    return out;
}

PthContents interpret(const std::string& file, const PickleValue* root)
{
    if (root->kind == K::Object)
        throw PthError(file, "holds a pickled Python object of class " + root->text +
                                 " (torch.save(model)?), not a state_dict; in Python re-save it with "
                                 "torch.save(model.state_dict(), 'weights.pth')");
    if (root->kind != K::Dict)
        throw PthError(file, "top-level object is a " + root->typeName() + ", not a dict or state_dict");
    PthContents out;
    const PickleValue* stateDict = nullptr;
    std::string where;
    if ((stateDict = root->get("model_state_dict"))) {
        out.layout = PthLayout::AuthorsWrapper;
        where = "'model_state_dict'";
    } else if ((stateDict = root->get("state_dict"))) {
        out.layout = PthLayout::StateDictWrapper;
        where = "'state_dict'";
    } else if ((stateDict = root->get("model")) && stateDict->kind == K::Dict) {
        out.layout = PthLayout::ModelWrapper;
        where = "'model'";
    } else if (looksLikeStateDict(root)) {
        out.layout = PthLayout::BareStateDict;
        stateDict = root;
        where = "state_dict";
    } else {
        std::string keys;
        for (const auto& [k, v] : root->entries) {
            if (keys.size() > 200) {
                keys += ", ...";
                break;
            }
            keys += (keys.empty() ? "" : ", ") + keyText(k) + " (" + v->typeName() + ")";
        }
        throw PthError(file, "no state_dict found: the top-level dict is neither a state_dict nor has a "
                             "'model_state_dict'/'state_dict'/'model' entry; its keys are: " +
                                 (keys.empty() ? std::string("(none)") : keys));
    }
    out.tensors = flattenStateDict(file, stateDict, where);
    if (out.layout != PthLayout::BareStateDict) {
        for (const auto& [k, v] : root->entries) {
            if (k->kind != K::String)
                continue;
            switch (v->kind) {
            case K::Bool: out.metadata[k->text] = v->boolean; break;
            case K::Int: out.metadata[k->text] = v->integer; break;
            case K::Float: out.metadata[k->text] = v->real; break;
            case K::String: out.metadata[k->text] = v->text; break;
            default: break;
            }
        }
        if (const PickleValue* it = root->get("iter"); it && it->kind == K::Int)
            out.iter = it->integer;
    }
    out.hasModulePrefix = !out.tensors.empty();
    for (const auto& [name, t] : out.tensors)
        if (name.rfind("module.", 0) != 0)
            out.hasModulePrefix = false;
    return out;
}

} // namespace

const char* pthLayoutName(PthLayout layout)
{
    switch (layout) {
    case PthLayout::BareStateDict: return "bare state_dict";
    case PthLayout::AuthorsWrapper: return "authors' wrapper (model_state_dict)";
    case PthLayout::StateDictWrapper: return "wrapper (state_dict)";
    case PthLayout::ModelWrapper: return "wrapper (model)";
    }
    return "?";
}

PthContents PthReader::read(const std::string& path)
{
    {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec))
            throw PthError(path, "is a directory, not a .pth file");
        std::ifstream probe(path, std::ios::binary);
        if (!probe)
            throw PthError(path, "cannot open file");
        if (probe.peek() == std::char_traits<char>::eof())
            throw PthError(path, "file is empty");
    }
    if (isLegacyTorchFile(path))
        throw PthError(path, "legacy (pre-1.6) torch.save format is not supported; convert it in Python: "
                             "torch.save(torch.load('old.pth'), 'new.pth')  (PyTorch >= 1.6 writes the zip "
                             "format by default)");
    if (!looksLikeZip(path))
        throw PthError(path, "not a PyTorch zip archive (torch.save from PyTorch >= 1.6)");
    try {
        caffe2::serialize::PyTorchStreamReader zip(path);
        if (zip.hasRecord("constants.pkl") || zip.hasRecord("code/__torch__.py"))
            throw PthError(path, "is a TorchScript archive (torch.jit.save), not a torch.save state_dict; in "
                                 "Python save model.state_dict() with torch.save instead");
        if (!zip.hasRecord("data.pkl"))
            throw PthError(path, "zip archive has no data.pkl record (not written by torch.save)");
        if (zip.hasRecord("byteorder")) {
            auto [ptr, n] = zip.getRecord("byteorder");
            const std::string order(static_cast<const char*>(ptr.get()), n);
            if (order.rfind("little", 0) != 0)
                throw PthError(path, "stores tensors in '" + order + "' byte order; only little endian is read");
        }
        auto [pkl, pklSize] = zip.getRecord("data.pkl");
        auto loader = [&](const std::string& key, c10::ScalarType dtype) -> torch::Tensor {
            const std::string record = "data/" + key;
            if (key.find('/') != std::string::npos || key.find("..") != std::string::npos ||
                !zip.hasRecord(record))
                throw PthError(path, "missing storage record " + record);
            auto [data, bytes] = zip.getRecord(record);
            const size_t elem = c10::elementSize(dtype);
            if (bytes % elem != 0)
                throw PthError(path, "storage record " + record + " has " + std::to_string(bytes) +
                                         " bytes, not a multiple of " + std::to_string(elem));
            torch::Tensor t = torch::empty({int64_t(bytes / elem)}, torch::TensorOptions().dtype(dtype));
            if (bytes > 0)
                std::memcpy(t.data_ptr(), data.get(), bytes);
            return t;
        };
        PickleArena arena;
        Unpickler unpickler(path, static_cast<const uint8_t*>(pkl.get()), pklSize, loader, arena);
        return interpret(path, unpickler.parse());
    } catch (const PthError&) {
        throw;
    } catch (const c10::Error& e) {
        throw PthError(path, "cannot read the archive: " + firstLine(e.what_without_backtrace()));
    } catch (const std::bad_alloc&) {
        throw PthError(path, "out of memory while reading (corrupt sizes?)");
    }
}

} // namespace arm
