#include "app/store/ProjectTime.h"

namespace arm {

QString ProjectTime::now()
{
    return toText(QDateTime::currentDateTimeUtc());
}

QString ProjectTime::toText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ProjectTime::parse(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace arm
