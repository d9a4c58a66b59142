#pragma once

#include <QDateTime>
#include <QString>

namespace arm {

// The one time format of project files: UTC, ISO 8601 with milliseconds and a 'Z' suffix, so times
// sort as text and survive time-zone changes between sessions.
class ProjectTime {
public:
    static QString now();
    static QString toText(const QDateTime& time);
    static QDateTime parse(const QString& text); // invalid for an empty text
};

} // namespace arm
