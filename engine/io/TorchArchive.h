#pragma once

#include "engine/io/PickleValue.h"

#include <torch/types.h>

#include <map>
#include <memory>
#include <string>

namespace caffe2::serialize {
class PyTorchStreamReader;
class ReadAdapterInterface;
}

namespace arm {

class RegularFile;

// A zip archive as torch.save (Python) and torch::pickle_save (LibTorch) write it: data.pkl plus one
// data/<key> record per storage. The zip is read by LibTorch's PyTorchStreamReader through an adapter
// that bounds every read by the source's size; the pickle by our own checked Unpickler, never by
// torch::pickle_load (which checks no view against its storage and recurses without limit).
// Every error is a PthError starting with `name` (the file, or "file (section 'weights')").
class TorchArchive {
public:
    // `file` must stay open while this object lives.
    TorchArchive(const std::string& name, const RegularFile& file);
    // `bytes` must outlive this object.
    TorchArchive(const std::string& name, const std::string& bytes);
    ~TorchArchive();
    TorchArchive(const TorchArchive&) = delete;
    TorchArchive& operator=(const TorchArchive&) = delete;

    bool hasRecord(const std::string& record) const;
    // Parses data.pkl (storages from data/<key>, little endian only); values live in `arena`.
    const PickleValue* parse(PickleArena& arena);

    // An archive holding one state dict ({name: tensor}, as torch::pickle_save of a
    // c10::Dict<std::string, Tensor> writes it), decoded and flattened.
    static std::map<std::string, torch::Tensor> readStateDict(const std::string& name, const std::string& bytes);
    // Every value of `dict` must be a tensor under a string key; `where` names the dict in errors.
    static std::map<std::string, torch::Tensor> flattenStateDict(const std::string& name, const PickleValue* dict,
                                                                 const std::string& where);
    // A dict key for messages: the string, the int, or "<type>".
    static std::string keyText(const PickleValue* key);

private:
    void open(std::shared_ptr<caffe2::serialize::ReadAdapterInterface> source);

    std::string m_name;
    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> m_zip;
};

} // namespace arm
