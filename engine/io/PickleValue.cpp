#include "engine/io/PickleValue.h"

namespace arm {

const PickleValue* PickleValue::get(const std::string& key) const
{
    const PickleValue* found = nullptr;
    for (const auto& [k, v] : entries)
        if (k->kind == Kind::String && k->text == key)
            found = v;
    return found;
}

std::string PickleValue::typeName() const
{
    switch (kind) {
    case Kind::None: return "None";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::String: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::Tuple: return "tuple";
    case Kind::List: return "list";
    case Kind::Dict: return "dict";
    case Kind::Global: return "global " + text;
    case Kind::Storage: return "storage";
    case Kind::Tensor: return "Tensor";
    case Kind::Object: return "object of " + text;
    }
    return "?";
}

} // namespace arm
