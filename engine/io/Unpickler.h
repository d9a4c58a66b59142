#pragma once

#include "engine/io/PickleValue.h"

#include <cstdint>
#include <functional>
#include <map>
#include <unordered_map>
#include <string>

namespace arm {

// A small, bounds-checked unpickler for the subset of pickle (protocols 2-5) that torch.save and
// torch::pickle_save emit: containers, scalars, strings, collections.OrderedDict, tensors rebuilt by
// torch._utils, TorchScript type tags and persistent-id storages. It never executes anything: known globals are interpreted, any other
// callable yields an opaque Object so that e.g. an exotic optimizer state does not prevent loading
// the weights. Errors are PthError naming `fileName`, the opcode and its byte offset.
class Unpickler {
public:
    // Returns the 1-D tensor holding storage `key` with the given dtype (called once per key).
    using StorageLoader = std::function<torch::Tensor(const std::string& key, c10::ScalarType dtype)>;

    Unpickler(const std::string& fileName, const uint8_t* data, size_t size, StorageLoader loader,
              PickleArena& arena);
    const PickleValue* parse();

    // "torch.FloatStorage" -> kFloat; returns false for an unknown storage class.
    static bool storageDtype(const std::string& qualifiedName, c10::ScalarType& out);

private:
    [[noreturn]] void fail(const std::string& what) const;
    const uint8_t* take(size_t n);
    uint64_t readLE(size_t n);
    std::string readLine();
    const PickleValue* pop();
    const PickleValue* top() const;
    size_t popMark();
    PickleValue* mutableTarget(const PickleValue* v, PickleValue::Kind kind, const char* op) const;
    void bumpDepth(PickleValue* container, const PickleValue* child) const;
    const PickleValue* makeInt(int64_t v);
    const PickleValue* makeString(PickleValue::Kind kind, size_t n);
    const PickleValue* makeTuple(size_t fromIndex);
    const PickleValue* reduce(const PickleValue* callable, const PickleValue* args);
    const PickleValue* persistentLoad(const PickleValue* pid);
    const PickleValue* rebuildTensor(const PickleValue* args);
    int64_t asInt(const PickleValue* v, const char* what) const;
    std::vector<int64_t> asIntTuple(const PickleValue* v, const char* what) const;

    std::string m_file;
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
    size_t m_opStart = 0;
    StorageLoader m_loader;
    PickleArena& m_arena;
    std::vector<const PickleValue*> m_stack;
    std::vector<size_t> m_marks;
    std::unordered_map<uint32_t, const PickleValue*> m_memo;
    std::map<std::string, torch::Tensor> m_storages;
};

} // namespace arm
