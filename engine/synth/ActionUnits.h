#pragma once

#include <array>
#include <string>
#include <vector>

namespace arm {

// A small FACS-like set of facial action units. The synthetic faces are driven by these, not by the
// class label directly, so classes that share units (fear/surprise share AU1+2+5, anger/disgust share
// AU4) are genuinely similar in pixel space, as on real data.
enum class AU : int {
    InnerBrowRaise = 0, // AU1
    OuterBrowRaise,     // AU2
    BrowLowerer,        // AU4
    UpperLidRaise,      // AU5
    CheekRaise,         // AU6
    LidTighten,         // AU7
    NoseWrinkle,        // AU9
    UpperLipRaise,      // AU10
    LipCornerPull,      // AU12
    LipCornerDepress,   // AU15
    LipStretch,         // AU20
    LipPress,           // AU23/24 (tightener + presser, drawn as one)
    JawDrop,            // AU26
    Count
};

// Intensities in [0, 1] for every unit (0 = absent).
class ActionUnits {
public:
    static constexpr int kCount = static_cast<int>(AU::Count);

    ActionUnits() { m_values.fill(0.0f); }

    float operator[](AU u) const { return m_values[static_cast<std::size_t>(u)]; }
    float& operator[](AU u) { return m_values[static_cast<std::size_t>(u)]; }
    const std::array<float, kCount>& values() const { return m_values; }

    // Sum of all intensities; 0 for a neutral face.
    float total() const;
    // Every intensity multiplied by s and clamped to [0, 1].
    ActionUnits scaled(float s) const;

    // FACS code ("AU12") and a short description ("lip corner pull").
    static std::string code(AU u);
    static std::string description(AU u);

    // The full-intensity prototype of a basic class (RAF-DB order, ExpressionClasses::Index):
    // 0 Surprise AU1+2+5+26; 1 Fear AU1+2+4+5+20(+26 half); 2 Disgust AU9+10(+4 slight);
    // 3 Happiness AU6+12; 4 Sadness AU1+4+15; 5 Anger AU4+5+7+23/24; 6 Neutral none.
    // Throws std::out_of_range for an index outside 0..6.
    static ActionUnits prototype(int classIndex);
    // The units of a prototype with intensity >= minIntensity, in enum order.
    static std::vector<AU> prototypeUnits(int classIndex, float minIntensity = 0.25f);

private:
    std::array<float, kCount> m_values;
};

} // namespace arm
