#include "app/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <vector>

namespace arm {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kAppBaseName = QStringLiteral("arm-inspector");

// The translators installed by the last install() call. QPointer: they are children of the
// application and die with it, so a later call must not touch dangling pointers.
std::vector<QPointer<QTranslator>>& installedTranslators()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

bool isChoice(const QString& code)
{
    const QString c = code.trimmed();
    return !c.isEmpty() && c.compare(QStringLiteral("system"), Qt::CaseInsensitive) != 0;
}
} // namespace

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString Translations::storedLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void Translations::setStoredLanguage(const QString& code)
{
    QSettings().setValue(settingsKey(), code);
}

QStringList Translations::availableLanguages()
{
    QStringList codes;
    const QString prefix = kAppBaseName + QLatin1Char('_');
    const QStringList files = QDir(kResourceDir).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files)
        codes << file.mid(prefix.size(), file.size() - prefix.size() - 3);
    codes.sort();
    return codes;
}

QLocale Translations::resolveLocale(const QString& overrideCode, const QString& storedCode,
                                    const QLocale& systemLocale)
{
    if (isChoice(overrideCode))
        return QLocale(overrideCode.trimmed());
    if (isChoice(storedCode))
        return QLocale(storedCode.trimmed());
    return systemLocale;
}

QString Translations::install(QCoreApplication& app, const QString& overrideCode)
{
    for (const QPointer<QTranslator>& t : installedTranslators()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installedTranslators().clear();

    const QLocale locale = resolveLocale(overrideCode, storedLanguage(), QLocale::system());
    QLocale::setDefault(locale);

    QString loaded = QStringLiteral("en");
    // QTranslator::load(QLocale, ...) walks locale.uiLanguages(): zh_CN tries zh_Hans_CN, zh_CN, zh, so
    // a regional variant falls back to the base language file.
    auto* appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, kAppBaseName, QStringLiteral("_"), kResourceDir)) {
        QCoreApplication::installTranslator(appTranslator);
        installedTranslators().emplace_back(appTranslator);
        const QString file = QFileInfo(appTranslator->filePath()).completeBaseName();
        loaded = file.mid(kAppBaseName.size() + 1);
    } else {
        delete appTranslator;
    }

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installedTranslators().emplace_back(qtTranslator);
    } else {
        delete qtTranslator;
    }
    return loaded;
}

} // namespace arm
