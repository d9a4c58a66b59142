#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace arm {

// Class names as the user reads them. The dataset's names stay the data (what is stored, exported and
// matched against a model); only what is shown is translated. A name that spells one of the seven basic
// expressions or Contempt (any of ExpressionClasses' spellings: "happy", "Happiness") is shown as that
// expression in the interface language; any other folder name is shown as it is.
class ClassNames {
    Q_DECLARE_TR_FUNCTIONS(ClassNames)
public:
    static QString display(const std::string& datasetName);
    static QStringList display(const std::vector<std::string>& datasetNames);
};

} // namespace arm
