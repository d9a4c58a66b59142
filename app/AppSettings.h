#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace arm {

// Typed access to the application's QSettings, so keys and defaults live in one place and no view
// spells a key string itself. Uses the application's organisation/name (tests redirect QSettings).
class AppSettings {
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);

    static QStringList recentFiles();
    // Moves `path` to the front; keeps at most kMaxRecent entries.
    static void addRecentFile(const QString& path);
    static void clearRecentFiles();
    static constexpr int kMaxRecent = 10;

    // Last directory used by a file dialog of the given kind ("dataset", "model", "project", "export").
    static QString lastDirectory(const QString& kind);
    static void setLastDirectory(const QString& kind, const QString& dir);

    static int thumbnailSize(); // 48..256, default 96
    static void setThumbnailSize(int size);

    static QString language(); // same key as Translations::settingsKey()
    static void setLanguage(const QString& code);

    static bool welcomeShown();
    static void setWelcomeShown(bool shown);
};

} // namespace arm
