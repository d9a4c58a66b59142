#include "app/gui/ClassNames.h"

#include "engine/core/ExpressionClasses.h"

#include <algorithm>
#include <cctype>

namespace arm {

namespace {
// In ExpressionClasses' index order; marked here so that lupdate extracts them.
const char* const kBasic[] = {
    QT_TRANSLATE_NOOP("ClassNames", "Surprise"),  QT_TRANSLATE_NOOP("ClassNames", "Fear"),
    QT_TRANSLATE_NOOP("ClassNames", "Disgust"),   QT_TRANSLATE_NOOP("ClassNames", "Happiness"),
    QT_TRANSLATE_NOOP("ClassNames", "Sadness"),   QT_TRANSLATE_NOOP("ClassNames", "Anger"),
    QT_TRANSLATE_NOOP("ClassNames", "Neutral"),
};
const char* const kContempt = QT_TRANSLATE_NOOP("ClassNames", "Contempt");
static_assert(sizeof(kBasic) / sizeof(kBasic[0]) == ExpressionClasses::kBasicCount, "one name per basic class");
} // namespace

QString ClassNames::display(const std::string& datasetName)
{
    const int basic = ExpressionClasses::fromName(datasetName);
    if (basic >= 0 && basic < ExpressionClasses::kBasicCount)
        return QCoreApplication::translate("ClassNames", kBasic[basic]);
    std::string lower = datasetName;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (lower == "contempt")
        return QCoreApplication::translate("ClassNames", kContempt);
    return QString::fromStdString(datasetName);
}

QStringList ClassNames::display(const std::vector<std::string>& datasetNames)
{
    QStringList out;
    out.reserve(int(datasetNames.size()));
    for (const std::string& n : datasetNames)
        out << display(n);
    return out;
}

} // namespace arm
