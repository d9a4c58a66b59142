#include "engine/io/PthReader.h"

#include "engine/core/RegularFile.h"
#include "engine/io/PickleValue.h"
#include "engine/io/PthError.h"
#include "engine/io/TorchArchive.h"

#include <cstring>
#include <memory>

namespace arm {

namespace {

using K = PickleValue::Kind;

// Python's legacy (pre-1.6, _use_new_zipfile_serialization=False) files start with a pickled magic long.
bool isLegacyTorchFile(const unsigned char* head, size_t n)
{
    static const unsigned char magic[14] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46,
                                            0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};
    return n >= sizeof magic && std::memcmp(head, magic, sizeof magic) == 0;
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
            keys += (keys.empty() ? "" : ", ") + TorchArchive::keyText(k) + " (" + v->typeName() + ")";
        }
        throw PthError(file, "no state_dict found: the top-level dict is neither a state_dict nor has a "
                             "'model_state_dict'/'state_dict'/'model' entry; its keys are: " +
                                 (keys.empty() ? std::string("(none)") : keys));
    }
    out.tensors = TorchArchive::flattenStateDict(file, stateDict, where);
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
    // Regular files only: a FIFO would block open() forever, /dev/zero would be read forever.
    std::unique_ptr<RegularFile> file;
    try {
        file = std::make_unique<RegularFile>(path);
    } catch (const std::runtime_error& e) {
        const std::string msg = e.what();
        throw PthError(path, msg.rfind(path + ": ", 0) == 0 ? msg.substr(path.size() + 2) : msg);
    }
    if (file->size() == 0)
        throw PthError(path, "file is empty");
    unsigned char head[14] = {};
    size_t got = 0;
    try {
        got = file->readAt(0, head, sizeof head);
    } catch (const std::runtime_error&) {
        throw PthError(path, "cannot read file");
    }
    if (isLegacyTorchFile(head, got))
        throw PthError(path, "legacy (pre-1.6) torch.save format is not supported; convert it in Python: "
                             "torch.save(torch.load('old.pth'), 'new.pth')  (PyTorch >= 1.6 writes the zip "
                             "format by default)");
    if (got < 4 || head[0] != 'P' || head[1] != 'K')
        throw PthError(path, "not a PyTorch zip archive (torch.save from PyTorch >= 1.6)");
    try {
        TorchArchive archive(path, *file);
        if (archive.hasRecord("constants.pkl") || archive.hasRecord("code/__torch__.py"))
            throw PthError(path, "is a TorchScript archive (torch.jit.save), not a torch.save state_dict; in "
                                 "Python save model.state_dict() with torch.save instead");
        PickleArena arena;
        return interpret(path, archive.parse(arena));
    } catch (const PthError&) {
        throw;
    } catch (const c10::Error& e) {
        const std::string what = e.what_without_backtrace();
        throw PthError(path, "cannot read the archive: " + what.substr(0, what.find('\n')));
    } catch (const std::bad_alloc&) {
        throw PthError(path, "out of memory while reading (corrupt sizes?)");
    }
}

} // namespace arm
