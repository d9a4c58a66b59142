#pragma once

#include "engine/core/Precision.h"

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

    // The number format of the GUI's evaluations and training runs (Settings menu). Unset: the engine's
    // default for reported numbers (PrecisionDefaults::eval), because the GUI shows accuracy and confusion
    // counts from these runs. The per-image analyses stay fp32 whatever this says.
    static Precision precision();
    static void setPrecision(Precision precision);

    static bool welcomeShown();
    static void setWelcomeShown(bool shown);
};

} // namespace arm
