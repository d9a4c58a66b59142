#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace arm {

// Chooses the user-interface language and installs the matching translators. The application's own
// .qm files are embedded as resources under :/i18n (built from translations/*.ts); Qt's own strings
// (standard dialogs, buttons) come from qtbase_*.qm in QLibraryInfo::TranslationsPath when the system
// has them (Debian: qt6-translations-l10n).
class Translations {
public:
    // QSettings key that stores the user's choice; empty or "system" means "follow the system".
    static QString settingsKey();
    static QString storedLanguage();
    static void setStoredLanguage(const QString& code);

    // The language codes with an embedded translation, e.g. {"de", "en", "zh_CN"}, sorted.
    static QStringList availableLanguages();

    // Precedence: an explicit override (command line) > the stored setting > the system locale.
    // Empty strings and "system" do not count as a choice. Pure, so it is testable.
    static QLocale resolveLocale(const QString& overrideCode, const QString& storedCode,
                                 const QLocale& systemLocale);

    // Removes the translators this function installed before (so the language can be switched at run
    // time and in tests), installs the application translator and Qt's own for the resolved locale,
    // and makes that locale the default. Returns the code of the loaded application translation
    // ("zh_CN", "de", ...), or "en" when the source strings are used.
    static QString install(QCoreApplication& app, const QString& overrideCode = QString());
};

} // namespace arm
