#include "engine/core/ExpressionClasses.h"

#include <algorithm>
#include <cctype>

namespace arm {

const std::array<std::string, ExpressionClasses::kBasicCount>& ExpressionClasses::basicNames()
{
    static const std::array<std::string, kBasicCount> names{"Surprise", "Fear",  "Disgust", "Happiness",
                                                            "Sadness",  "Anger", "Neutral"};
    return names;
}

std::vector<std::string> ExpressionClasses::basicNameList()
{
    return {basicNames().begin(), basicNames().end()};
}

int ExpressionClasses::fromName(const std::string& name)
{
    std::string n;
    for (char c : name)
        if (std::isalpha(static_cast<unsigned char>(c)))
            n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::array<std::pair<const char*, int>, 22> aliases{{
        {"surprise", Surprise}, {"surprised", Surprise}, {"surprising", Surprise},
        {"fear", Fear},         {"fearful", Fear},       {"afraid", Fear},       {"scared", Fear},
        {"disgust", Disgust},   {"disgusted", Disgust},
        {"happiness", Happiness}, {"happy", Happiness},  {"joy", Happiness},
        {"sadness", Sadness},   {"sad", Sadness},
        {"anger", Anger},       {"angry", Anger},        {"mad", Anger},
        {"neutral", Neutral},   {"calm", Neutral},       {"neutrality", Neutral},
        {"surprize", Surprise}, {"happyness", Happiness},
    }};
    for (const auto& [alias, index] : aliases)
        if (n == alias)
            return index;
    return -1;
}

int ExpressionClasses::fromFer2013(int code)
{
    static const std::array<int, 7> map{Anger, Disgust, Fear, Happiness, Sadness, Surprise, Neutral};
    return code >= 0 && code < 7 ? map[static_cast<std::size_t>(code)] : -1;
}

int ExpressionClasses::fromAffectNet(int code)
{
    static const std::array<int, 8> map{Neutral, Happiness, Sadness, Surprise, Fear, Disgust, Anger, kBasicCount};
    return code >= 0 && code < 8 ? map[static_cast<std::size_t>(code)] : -1;
}

} // namespace arm
