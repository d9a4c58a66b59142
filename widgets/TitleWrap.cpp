#include "widgets/TitleWrap.h"

#include <QStringList>

namespace arm {

QString TitleWrap::wrap(const QString& text, const QFontMetrics& metrics, int width, int maxLines)
{
    if (width <= 0 || maxLines < 1 || metrics.horizontalAdvance(text) <= width)
        return text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    int i = 0;
    for (; i < words.size() && lines.size() < maxLines - 1; ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            if (metrics.horizontalAdvance(line) > width) { // one word wider than the view
                lines << metrics.elidedText(line, Qt::ElideRight, width);
                line.clear();
            }
        } else {
            lines << line;
            line = words[i];
        }
    }
    // The rest goes on the last line, elided when it still does not fit.
    QStringList rest;
    if (!line.isEmpty())
        rest << line;
    for (; i < words.size(); ++i)
        rest << words[i];
    if (!rest.isEmpty())
        lines << metrics.elidedText(rest.join(QLatin1Char(' ')), Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

} // namespace arm
