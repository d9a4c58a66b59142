#pragma once

#include <QFontMetrics>
#include <QString>

namespace arm {

// Titles of the analysis views in a narrow dock (1024x700) break at spaces onto further lines instead of
// being cut mid-word: "De-albino coverage: weight each backbone cell receives…" hid what the map shows.
// Only the last allowed line is elided. One rule for every view that draws a title.
class TitleWrap {
public:
    // `text` broken into at most `maxLines` lines of at most `width` pixels ('\n' between lines).
    static QString wrap(const QString& text, const QFontMetrics& metrics, int width, int maxLines = 2);
};

} // namespace arm
