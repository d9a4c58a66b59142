#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace arm {

// Optional keys of a JSON object read into typed fields, with errors in plain words ("model config key
// 'input_size': expected an integer, found a string") instead of nlohmann's "[json.exception.type_error.302]
// ...". One reader for the checkpoint's model config and the trainer's saved parameters.
class JsonValue {
public:
    // Leaves `into` unchanged when `key` is missing or null. `what` names the key's kind in errors
    // ("model config key", "training parameter").
    template <typename T>
    static void read(const nlohmann::json& object, const char* key, T& into, const char* what)
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return;
        try {
            it->get_to(into);
        } catch (const nlohmann::json::exception&) {
            throw std::invalid_argument(std::string(what) + " '" + key + "': expected " + expected<T>() +
                                        ", found " + found(*it));
        }
    }

    template <typename T> static std::string expected()
    {
        if constexpr (std::is_same_v<T, bool>)
            return "true or false";
        else if constexpr (std::is_integral_v<T>)
            return "an integer";
        else if constexpr (std::is_floating_point_v<T>)
            return "a number";
        else if constexpr (std::is_same_v<T, std::string>)
            return "a string";
        else if constexpr (std::is_same_v<T, std::vector<std::string>>)
            return "a list of strings";
        else if constexpr (std::is_same_v<T, std::vector<float>> || std::is_same_v<T, std::vector<double>>)
            return "a list of numbers";
        else if constexpr (std::is_same_v<T, std::array<float, 3>>)
            return "a list of 3 numbers";
        else
            return "a value of the documented type";
    }

    // "a string", "a list", ... for the value that was found.
    static std::string found(const nlohmann::json& value)
    {
        switch (value.type()) {
        case nlohmann::json::value_t::object: return "an object";
        case nlohmann::json::value_t::array: return "a list";
        case nlohmann::json::value_t::string: return "a string";
        case nlohmann::json::value_t::boolean: return "true or false";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned: return "an integer";
        case nlohmann::json::value_t::number_float: return "a number";
        default: return "a value of another type";
        }
    }
};

} // namespace arm
