#include "engine/synth/ActionUnits.h"

#include "engine/core/ExpressionClasses.h"

#include <algorithm>
#include <stdexcept>

namespace arm {

float ActionUnits::total() const
{
    float s = 0.0f;
    for (float v : m_values)
        s += v;
    return s;
}

ActionUnits ActionUnits::scaled(float s) const
{
    ActionUnits out;
    for (int i = 0; i < kCount; ++i)
        out.m_values[static_cast<std::size_t>(i)] = std::clamp(m_values[static_cast<std::size_t>(i)] * s, 0.0f, 1.0f);
    return out;
}

std::string ActionUnits::code(AU u)
{
    static const std::array<const char*, kCount> codes{"AU1", "AU2",  "AU4",  "AU5",  "AU6",     "AU7", "AU9",
                                                       "AU10", "AU12", "AU15", "AU20", "AU23/24", "AU26"};
    const int i = static_cast<int>(u);
    return i >= 0 && i < kCount ? codes[static_cast<std::size_t>(i)] : "AU?";
}

std::string ActionUnits::description(AU u)
{
    static const std::array<const char*, kCount> names{
        "inner brow raise", "outer brow raise", "brow lowerer",   "upper lid raise",      "cheek raise",
        "lid tighten",      "nose wrinkle",     "upper lip raise", "lip corner pull",     "lip corner depressor",
        "lip stretch",      "lip press",        "jaw drop"};
    const int i = static_cast<int>(u);
    return i >= 0 && i < kCount ? names[static_cast<std::size_t>(i)] : "unknown";
}

ActionUnits ActionUnits::prototype(int classIndex)
{
    ActionUnits a;
    switch (classIndex) {
    case ExpressionClasses::Surprise:
        a[AU::InnerBrowRaise] = 1.0f;
        a[AU::OuterBrowRaise] = 1.0f;
        a[AU::UpperLidRaise] = 1.0f;
        a[AU::JawDrop] = 1.0f;
        break;
    case ExpressionClasses::Fear:
        // Surprise's brows and eyes, but the brows are also drawn together and the lips stretched;
        // the jaw opens less. This is what makes fear/surprise the classic confusion pair.
        a[AU::InnerBrowRaise] = 1.0f;
        a[AU::OuterBrowRaise] = 0.7f;
        a[AU::BrowLowerer] = 0.6f;
        a[AU::UpperLidRaise] = 1.0f;
        a[AU::LipStretch] = 1.0f;
        a[AU::JawDrop] = 0.5f;
        break;
    case ExpressionClasses::Disgust:
        a[AU::NoseWrinkle] = 1.0f;
        a[AU::UpperLipRaise] = 1.0f;
        a[AU::BrowLowerer] = 0.3f;
        break;
    case ExpressionClasses::Happiness:
        a[AU::CheekRaise] = 1.0f;
        a[AU::LipCornerPull] = 1.0f;
        break;
    case ExpressionClasses::Sadness:
        a[AU::InnerBrowRaise] = 1.0f;
        a[AU::BrowLowerer] = 0.7f;
        a[AU::LipCornerDepress] = 1.0f;
        break;
    case ExpressionClasses::Anger:
        a[AU::BrowLowerer] = 1.0f;
        a[AU::UpperLidRaise] = 0.5f;
        a[AU::LidTighten] = 0.7f;
        a[AU::LipPress] = 1.0f;
        break;
    case ExpressionClasses::Neutral:
        break;
    default:
        throw std::out_of_range("ActionUnits::prototype: class index " + std::to_string(classIndex) +
                                " is not a basic class (0..6)");
    }
    return a;
}

std::vector<AU> ActionUnits::prototypeUnits(int classIndex, float minIntensity)
{
    const ActionUnits p = prototype(classIndex);
    std::vector<AU> units;
    for (int i = 0; i < kCount; ++i)
        if (p[static_cast<AU>(i)] >= minIntensity && p[static_cast<AU>(i)] > 0.0f)
            units.push_back(static_cast<AU>(i));
    return units;
}

} // namespace arm
