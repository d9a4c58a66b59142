#pragma once

#include <array>
#include <string>
#include <vector>

namespace arm {

// The canonical label space: RAF-DB basic order. Index = RAF-DB label - 1. Every dataset format is
// mapped onto these indices; AffectNet's Contempt and unknown folder names become extra classes
// appended after these seven.
class ExpressionClasses {
public:
    static constexpr int kBasicCount = 7;
    enum Index { Surprise = 0, Fear, Disgust, Happiness, Sadness, Anger, Neutral };

    static const std::array<std::string, kBasicCount>& basicNames();
    static std::vector<std::string> basicNameList();
    // Case-insensitive match of common spellings ("happy", "Happiness", "angry", "anger", "sad",
    // "surprised", "fearful", "disgusted", "neutral", "contempt" -> -1 when not a basic class).
    static int fromName(const std::string& name);
    // FER2013 emotion column (0 Angry, 1 Disgust, 2 Fear, 3 Happy, 4 Sad, 5 Surprise, 6 Neutral) -> index.
    static int fromFer2013(int code);
    // AffectNet expression column (0 Neutral, 1 Happy, 2 Sad, 3 Surprise, 4 Fear, 5 Disgust, 6 Anger,
    // 7 Contempt, 8+ not a class). Contempt maps to kBasicCount (the eighth class); 8+ returns -1.
    static int fromAffectNet(int code);
};

} // namespace arm
