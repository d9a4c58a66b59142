#pragma once

#include <torch/types.h>

#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace arm {

// One value of the Python object graph a torch.save pickle describes. Values live in a PickleArena
// and point at each other with raw pointers: a hostile pickle can build cycles (via the memo) or
// million-deep nesting, which shared_ptr ownership would leak or destroy recursively (stack overflow).
struct PickleValue {
    enum class Kind {
        None, Bool, Int, Float, String, Bytes, Tuple, List, Dict,
        Global,   // a class or function named by GLOBAL / STACK_GLOBAL (module, name)
        Storage,  // a persistent-id storage: a 1-D tensor holding the whole record
        Tensor,   // result of torch._utils._rebuild_tensor_v2 / _rebuild_parameter
        Object    // result of calling an unsupported global: kept opaque, an error only if it is needed
    };
    Kind kind = Kind::None;
    bool boolean = false;
    int64_t integer = 0;
    double real = 0.0;
    std::string text;    // String/Bytes content; Global/Object: "module.name"
    std::vector<const PickleValue*> items;                               // Tuple/List
    std::vector<std::pair<const PickleValue*, const PickleValue*>> entries;  // Dict, in insertion order
    torch::Tensor tensor;  // Storage/Tensor
    int depth = 0;         // container nesting depth, bounded by the unpickler

    bool isString() const { return kind == Kind::String; }
    bool isScalar() const
    {
        return kind == Kind::Bool || kind == Kind::Int || kind == Kind::Float || kind == Kind::String;
    }
    // Dict lookup by string key; the last assignment wins as in Python. nullptr when absent.
    const PickleValue* get(const std::string& key) const;
    // Python-like type name for error messages ("int", "OrderedDict", "collections.Counter" ...).
    std::string typeName() const;
};

// Owns every value of one unpickled document; std::deque keeps addresses stable while growing.
class PickleArena {
public:
    PickleValue* make(PickleValue::Kind kind)
    {
        m_values.emplace_back();
        m_values.back().kind = kind;
        return &m_values.back();
    }
    size_t size() const { return m_values.size(); }

private:
    std::deque<PickleValue> m_values;
};

} // namespace arm
