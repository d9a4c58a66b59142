#include "app/cli/JsonOutput.h"

#include "engine/core/Utf8.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace arm::cli {

std::string jsonText(std::string_view text)
{
    return Utf8::displayable(text);
}

std::vector<std::string> jsonTexts(const std::vector<std::string>& texts)
{
    std::vector<std::string> out;
    out.reserve(texts.size());
    for (const std::string& t : texts)
        out.push_back(Utf8::displayable(t));
    return out;
}

std::string dumpJson(const nlohmann::json& doc, int indent)
{
    return doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void printJson(const nlohmann::json& doc, int indent)
{
    std::cout << dumpJson(doc, indent) << std::endl;
}

} // namespace arm::cli
