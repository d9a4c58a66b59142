#include "app/AppSettings.h"

#include "app/Translations.h"

#include <QSettings>

#include <algorithm>
#include <stdexcept>

namespace arm {

namespace {
QString key(const char* k)
{
    return QString::fromLatin1(k);
}
} // namespace

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(key("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(key("window/geometry"), geometry);
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(key("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    QSettings().setValue(key("window/state"), state);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(key("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    if (path.isEmpty())
        return;
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(key("files/recent"), files);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(key("files/recent"));
}

QString AppSettings::lastDirectory(const QString& kind)
{
    return QSettings().value(key("files/lastDir/") + kind).toString();
}

void AppSettings::setLastDirectory(const QString& kind, const QString& dir)
{
    QSettings().setValue(key("files/lastDir/") + kind, dir);
}

int AppSettings::thumbnailSize()
{
    return std::clamp(QSettings().value(key("gallery/thumbnailSize"), 96).toInt(), 48, 256);
}

void AppSettings::setThumbnailSize(int size)
{
    QSettings().setValue(key("gallery/thumbnailSize"), std::clamp(size, 48, 256));
}

QString AppSettings::language()
{
    return Translations::storedLanguage();
}

void AppSettings::setLanguage(const QString& code)
{
    Translations::setStoredLanguage(code);
}

Precision AppSettings::precision()
{
    const QString stored = QSettings().value(key("compute/precision")).toString();
    try {
        return stored.isEmpty() ? PrecisionDefaults::eval : precisionFromString(stored.toStdString());
    } catch (const std::invalid_argument&) {
        return PrecisionDefaults::eval; // a hand-edited or future value: the default, not a failure
    }
}

void AppSettings::setPrecision(Precision precision)
{
    QSettings().setValue(key("compute/precision"), QString::fromStdString(toString(precision)));
}

bool AppSettings::welcomeShown()
{
    return QSettings().value(key("ui/welcomeShown"), false).toBool();
}

void AppSettings::setWelcomeShown(bool shown)
{
    QSettings().setValue(key("ui/welcomeShown"), shown);
}

} // namespace arm
