// Checks the translation machinery and that the main window has no untranslated visible string.
// The window check is generic: it walks the whole widget tree (labels, buttons, actions, menus, tabs,
// docks, headers, tool tips, accessible names, plot axes, ...) so strings added later by the GUI are
// covered without editing this test. A string counts as untranslated when it is shown unchanged in
// the translated window although it is an English source string: either it appears identically in
// the English window, or it is a <source> of the .ts files.
#include "IsolatedSettings.h"
#include "app/Translations.h"
#include "app/gui/ClassNames.h"
#include "app/gui/MainWindow.h"
#include "widgets/ColorBar.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <memory>
#include <set>

namespace {

struct TsMessage {
    QString translation;
    bool finished = false;
};

// context-free view of a .ts file: source text -> translation. Sources repeated in several contexts
// count as finished only if they are finished everywhere.
std::map<QString, TsMessage> readTs(const QString& path, QString* error)
{
    std::map<QString, TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            TsMessage m;
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            m.finished = type.isEmpty() && !m.translation.isEmpty();
            auto it = messages.find(source);
            if (it == messages.end())
                messages.emplace(source, m);
            else
                it->second.finished = it->second.finished && m.finished;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(ARM_SOURCE_DIR "/translations/arm-inspector_%1.ts").arg(language);
}

// Product names, formats and units that stay the same in every language. Matched as whole words,
// case-insensitively; a text made only of these, digits and punctuation is never "untranslated".
const QStringList& untranslatableTerms()
{
    static const QStringList terms = {
        QStringLiteral("ARM Inspector"), QStringLiteral("ARM"), QStringLiteral("arm-cli"),
        QStringLiteral("arm-inspector"), QStringLiteral("RAF-DB"), QStringLiteral("FER2013"),
        QStringLiteral("FER"), QStringLiteral("AffectNet"), QStringLiteral("ResNet"),
        QStringLiteral("LibTorch"), QStringLiteral("PyTorch"), QStringLiteral("Qt"),
        QStringLiteral("CPU"), QStringLiteral("CUDA"), QStringLiteral("GPU"), QStringLiteral("Grad-CAM"),
        QStringLiteral("MRR"), QStringLiteral("Adam"), QStringLiteral("SGD"), QStringLiteral("JSON"),
        QStringLiteral("CSV"), QStringLiteral("PNG"), QStringLiteral("ckpt"), QStringLiteral("pth"),
        QStringLiteral("armproj"), QStringLiteral("F_unique"), QStringLiteral("F_generic"),
        QStringLiteral("F_expression"), QStringLiteral("px"), QStringLiteral("ms"),
        QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Esc"),
    };
    return terms;
}

bool needsTranslation(QString text)
{
    text.remove(QLatin1Char('&'));
    for (const QString& term : untranslatableTerms()) {
        const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])")
                                        .arg(QRegularExpression::escape(term)),
                                    QRegularExpression::CaseInsensitiveOption);
        text.remove(re);
    }
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return text.contains(latin);
}

// Qt's own helper widgets and actions (tab scroll buttons, dock title buttons, line-edit actions)
// carry Qt's strings, translated by qtbase_*.qm, not by us.
bool isQtInternal(const QObject* o)
{
    const QString name = o->objectName();
    if (name.startsWith(QLatin1String("qt_")) || name.startsWith(QLatin1String("_q_")))
        return true;
    return qobject_cast<const QToolButton*>(o) && qobject_cast<const QTabBar*>(o->parent());
}

// Widgets showing data (file names, sample names) opt out with setProperty("armNoTranslate", true).
bool optedOut(const QWidget* w)
{
    for (; w; w = w->parentWidget())
        if (w->property("armNoTranslate").toBool())
            return true;
    return false;
}

struct VisibleText {
    QString where;
    QString text;
};

class TextCollector {
public:
    QList<VisibleText> texts;

    void add(const QObject* o, const char* what, const QString& text)
    {
        QString t = text;
        if (Qt::mightBeRichText(t))
            t = QTextDocumentFragment::fromHtml(t).toPlainText();
        t = t.trimmed();
        if (t.isEmpty())
            return;
        const QString name = o->objectName().isEmpty() ? QStringLiteral("<unnamed>") : o->objectName();
        texts.append({QStringLiteral("%1 \"%2\" %3").arg(QString::fromLatin1(o->metaObject()->className()),
                                                           name, QString::fromLatin1(what)),
                      t});
    }

    void addAction(const QAction* a)
    {
        if (isQtInternal(a) || a->isSeparator())
            return;
        add(a, "text", a->text());
        add(a, "toolTip", a->toolTip());
        add(a, "statusTip", a->statusTip());
        add(a, "whatsThis", a->whatsThis());
        if (const QMenu* menu = a->menu()) {
            add(menu, "title", menu->title());
            for (const QAction* sub : menu->actions())
                addAction(sub);
        }
    }

    void addWidget(const QWidget* w)
    {
        if (isQtInternal(w) || optedOut(w))
            return;
        add(w, "windowTitle", w->windowTitle());
        add(w, "toolTip", w->toolTip());
        add(w, "statusTip", w->statusTip());
        add(w, "whatsThis", w->whatsThis());
        add(w, "accessibleName", w->accessibleName());
        add(w, "accessibleDescription", w->accessibleDescription());
        if (auto* l = qobject_cast<const QLabel*>(w))
            add(w, "text", l->text());
        if (auto* b = qobject_cast<const QAbstractButton*>(w))
            add(w, "text", b->text());
        if (auto* e = qobject_cast<const QLineEdit*>(w))
            add(w, "placeholderText", e->placeholderText());
        if (auto* e = qobject_cast<const QTextEdit*>(w))
            add(w, "placeholderText", e->placeholderText());
        if (auto* e = qobject_cast<const QPlainTextEdit*>(w))
            add(w, "placeholderText", e->placeholderText());
        if (auto* g = qobject_cast<const QGroupBox*>(w))
            add(w, "title", g->title());
        if (auto* m = qobject_cast<const QMenu*>(w))
            add(w, "title", m->title());
        if (auto* s = qobject_cast<const QStatusBar*>(w))
            add(w, "currentMessage", s->currentMessage());
        if (auto* s = qobject_cast<const QAbstractSpinBox*>(w))
            add(w, "specialValueText", s->specialValueText());
        if (auto* s = qobject_cast<const QSpinBox*>(w)) {
            add(w, "prefix", s->prefix());
            add(w, "suffix", s->suffix());
        }
        if (auto* s = qobject_cast<const QDoubleSpinBox*>(w)) {
            add(w, "prefix", s->prefix());
            add(w, "suffix", s->suffix());
        }
        if (auto* t = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                add(w, "tabText", t->tabText(i));
                add(w, "tabToolTip", t->tabToolTip(i));
            }
        }
        if (auto* c = qobject_cast<const QComboBox*>(w); c && !c->isEditable()) {
            for (int i = 0; i < c->count(); ++i)
                add(w, "itemText", c->itemText(i));
        }
        if (auto* h = qobject_cast<const QHeaderView*>(w); h && h->model()) {
            const int n = h->orientation() == Qt::Horizontal ? h->model()->columnCount(h->rootIndex())
                                                             : h->model()->rowCount(h->rootIndex());
            for (int i = 0; i < n; ++i) {
                add(w, "headerData", h->model()->headerData(i, h->orientation(), Qt::DisplayRole).toString());
                add(w, "headerToolTip", h->model()->headerData(i, h->orientation(), Qt::ToolTipRole).toString());
            }
        }
        if (auto* bar = qobject_cast<const arm::ColorBar*>(w))
            add(w, "title", bar->title());
        // QCustomPlot's axes, text elements and plottables are QObject children of the plot with Qt
        // properties (label, text, name): read them through the meta-object system, so this test
        // needs no QCustomPlot header (which cannot be compiled with QT_NO_KEYWORDS).
        if (w->inherits("QCustomPlot")) {
            for (const QObject* o : w->findChildren<QObject*>()) {
                const QByteArray cls(o->metaObject()->className());
                // Layer names ("background", "grid", "main", ...) are QCustomPlot's internal keys,
                // never shown.
                if (o->isWidgetType() || !cls.startsWith("QCP") || cls == "QCPLayer")
                    continue;
                for (const char* property : {"label", "text", "name"}) {
                    const QVariant v = o->property(property);
                    if (v.metaType().id() == QMetaType::QString)
                        add(o, property, v.toString());
                }
            }
        }
        for (const QAction* a : w->actions())
            addAction(a);
    }

    void collect(const QWidget* root)
    {
        addWidget(root);
        for (const QWidget* w : root->findChildren<QWidget*>())
            addWidget(w);
        for (const QAction* a : root->findChildren<QAction*>())
            addAction(a);
    }
};

// The texts of `shown` that are English source strings left as they were: shown identically in the
// English window or listed as a .ts source. Non-strict mode accepts a finished identical translation.
QStringList untranslatedTexts(const QList<VisibleText>& shown, const std::set<QString>& englishTexts,
                              const std::set<QString>& sources, const std::map<QString, TsMessage>& translated,
                              bool strict, int* checked)
{
    QStringList untranslated;
    *checked = 0;
    for (const VisibleText& t : shown) {
        if (!needsTranslation(t.text))
            continue;
        ++*checked;
        QString plain = t.text;
        plain.remove(QLatin1Char('&'));
        const bool isSource = englishTexts.count(t.text) || sources.count(t.text) || sources.count(plain);
        if (!isSource)
            continue;
        if (!strict) {
            const auto it = translated.find(t.text);
            if (it != translated.end() && it->second.finished && it->second.translation == t.text)
                continue;
        }
        untranslated << QStringLiteral("%1: \"%2\"").arg(t.where, t.text);
    }
    return untranslated;
}

QList<VisibleText> collectMainWindowTexts()
{
    arm::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    TextCollector collector;
    collector.collect(&window);
    return collector.texts;
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        // Never read or write the developer's real settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ARM Inspector Tests"));
        fixtures::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_translations"));
    }

    void cleanup() { arm::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); }

    void embeddedLanguages()
    {
        const QStringList languages = arm::Translations::availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
        QVERIFY2(languages.contains(QStringLiteral("zh_CN")), qPrintable(languages.join(u',')));
        QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(u',')));
    }

    void resolveLocale_data()
    {
        QTest::addColumn<QString>("overrideCode");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("override wins") << "de" << "zh_CN" << "en_US" << "de_DE";
        QTest::newRow("stored when no override") << "" << "zh_CN" << "de_DE" << "zh_CN";
        QTest::newRow("system when nothing chosen") << "" << "" << "de_AT" << "de_AT";
        QTest::newRow("'system' is not a choice") << "system" << "system" << "zh_CN" << "zh_CN";
        QTest::newRow("blank override ignored") << "  " << "de" << "en_GB" << "de_DE";
    }
    void resolveLocale()
    {
        QFETCH(QString, overrideCode);
        QFETCH(QString, stored);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(arm::Translations::resolveLocale(overrideCode, stored, QLocale(system)).name(), expected);
    }

    void installSwitchesLanguage()
    {
        auto& app = *QCoreApplication::instance();
        const QString source = QStringLiteral("Ready");
        QCOMPARE(arm::Translations::install(app, QStringLiteral("de")), QStringLiteral("de"));
        const QString german = QCoreApplication::translate("arm::MainWindow", "Ready");
        QVERIFY2(german != source, qPrintable(german));
        QCOMPARE(QLocale().language(), QLocale::German);

        QCOMPARE(arm::Translations::install(app, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const QString chinese = QCoreApplication::translate("arm::MainWindow", "Ready");
        QVERIFY2(chinese != source && chinese != german, qPrintable(chinese));

        // The previous translators are removed: back to the source strings.
        QCOMPARE(arm::Translations::install(app, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("arm::MainWindow", "Ready"), source);

        // A language without a translation falls back to the source strings.
        QCOMPARE(arm::Translations::install(app, QStringLiteral("fr")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("arm::MainWindow", "Ready"), source);
    }

    void storedSettingIsUsed()
    {
        auto& app = *QCoreApplication::instance();
        arm::Translations::setStoredLanguage(QStringLiteral("de"));
        QCOMPARE(arm::Translations::storedLanguage(), QStringLiteral("de"));
        QCOMPARE(arm::Translations::install(app), QStringLiteral("de"));
        QCOMPARE(arm::Translations::install(app, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        arm::Translations::setStoredLanguage(QString());
    }

    // Every message of every .ts file is translated (lupdate adds new strings as "unfinished"), and
    // the three files list the same source strings (lupdate was run for all of them).
    void tsFilesComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("de") << "de";
    }
    void tsFilesComplete()
    {
        QFETCH(QString, language);
        QString error;
        const auto english = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.empty());
        QStringList problems;
        for (const auto& [source, m] : messages) {
            if (!m.finished)
                problems << QStringLiteral("unfinished: \"%1\"").arg(source);
            if (english.find(source) == english.end())
                problems << QStringLiteral("not in arm-inspector_en.ts: \"%1\"").arg(source);
        }
        for (const auto& [source, m] : english) {
            (void)m;
            if (messages.find(source) == messages.end())
                problems << QStringLiteral("missing: \"%1\"").arg(source);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 (run the update_translations target, then translate; see "
                                           "translations/README.md):\n  %2")
                                .arg(tsPath(language), problems.join(QStringLiteral("\n  ")))));
    }

    // The walker and the rule catch what they should: run them on a hand-made tree, in English, as if
    // it were the translated window.
    void walkerFlagsUntranslatedStrings()
    {
        QWidget root;
        root.setWindowTitle(QStringLiteral("ARM Inspector"));          // whitelisted product name
        auto* label = new QLabel(QStringLiteral("Open a dataset"), &root);
        label->setToolTip(QStringLiteral("<b>Choose</b> a folder"));   // rich text is reduced to plain
        auto* tabs = new QTabBar(&root);
        tabs->addTab(QStringLiteral("Gallery"));
        auto* count = new QLabel(QStringLiteral("1280 × 800"), &root); // no letters: nothing to do
        auto* data = new QLabel(QStringLiteral("train_00001.jpg"), &root);
        data->setProperty("armNoTranslate", true);
        auto* menu = new QMenu(QStringLiteral("&File"), &root);
        menu->addAction(QStringLiteral("&Save"));
        root.addAction(menu->menuAction());
        auto* done = new QLabel(QStringLiteral("Bereit"), &root);      // a translated text
        (void)count;
        (void)done;

        TextCollector collector;
        collector.collect(&root);
        std::set<QString> english;
        for (const VisibleText& t : collector.texts)
            if (t.text != QStringLiteral("Bereit"))
                english.insert(t.text);
        int checked = 0;
        const QStringList flagged = untranslatedTexts(collector.texts, english, {}, {}, true, &checked);
        const QString all = flagged.join(u'\n');
        for (const char* expected : {"\"Open a dataset\"", "\"Choose a folder\"", "\"Gallery\"",
                                     "\"&File\"", "\"&Save\""})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + QStringLiteral(" not flagged in:\n") + all));
        QVERIFY2(!all.contains(QStringLiteral("ARM Inspector")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("train_00001")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("Bereit")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("1280")), qPrintable(all));

        // Non-strict mode accepts an identical translation only when the .ts marks it finished.
        std::map<QString, TsMessage> ts;
        ts[QStringLiteral("Gallery")] = {QStringLiteral("Gallery"), true};
        ts[QStringLiteral("Open a dataset")] = {QStringLiteral("Open a dataset"), false};
        const QString lenient = untranslatedTexts(collector.texts, english, {}, ts, false, &checked).join(u'\n');
        QVERIFY2(!lenient.contains(QStringLiteral("\"Gallery\"")), qPrintable(lenient));
        QVERIFY2(lenient.contains(QStringLiteral("\"Open a dataset\"")), qPrintable(lenient));
    }

    // Class names are what an annotator reads most: every expression, in every spelling a dataset uses,
    // is shown in the interface language; a name that is no expression stays as the dataset has it.
    void classNamesTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("zh_CN") << "zh_CN";
    }
    void classNamesTranslated()
    {
        QFETCH(QString, language);
        auto& app = *QCoreApplication::instance();
        QCOMPARE(arm::Translations::install(app, QStringLiteral("en")), QStringLiteral("en"));
        const std::vector<std::string> names = {"Surprise", "Fear", "Disgust", "Happiness", "Sadness",
                                                "Anger", "Neutral", "Contempt"};
        const QStringList english = arm::ClassNames::display(names);
        QCOMPARE(english.size(), 8);
        for (std::size_t i = 0; i < names.size(); ++i)
            QCOMPARE(english[int(i)], QString::fromStdString(names[i]));
        QCOMPARE(arm::Translations::install(app, language), language);
        const QStringList shown = arm::ClassNames::display(names);
        // German writes "Neutral" as English does; every other name differs in both languages.
        const bool sameWord = language == QStringLiteral("de");
        for (int i = 0; i < shown.size(); ++i)
            QVERIFY2(!shown[i].isEmpty() && (shown[i] != english[i] || (sameWord && english[i] == QStringLiteral("Neutral"))),
                     qPrintable(english[i] + QStringLiteral(" -> ") + shown[i]));
        QCOMPARE(arm::ClassNames::display(std::string("happy")), shown[3]); // FER folder spelling
        QCOMPARE(arm::ClassNames::display(std::string("angry")), shown[5]);
        QCOMPARE(arm::ClassNames::display(std::string("tmp-folder")), QStringLiteral("tmp-folder"));
    }

    void mainWindowFullyTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("strict");
        // zh_CN shares no words with English: only the whitelisted terms may stay. German does share
        // some ("Name", "Export"), so there a translator's finished identical translation is accepted.
        QTest::newRow("zh_CN") << "zh_CN" << true;
        QTest::newRow("de") << "de" << false;
    }
    void mainWindowFullyTranslated()
    {
        QFETCH(QString, language);
        QFETCH(bool, strict);
        auto& app = *QCoreApplication::instance();
        QString error;
        std::set<QString> sources;
        for (const auto& [source, m] : readTs(tsPath(QStringLiteral("en")), &error)) {
            (void)m;
            sources.insert(source);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto translated = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QCOMPARE(arm::Translations::install(app, QStringLiteral("en")), QStringLiteral("en"));
        std::set<QString> englishTexts;
        const QList<VisibleText> english = collectMainWindowTexts();
        QVERIFY2(!english.isEmpty(), "the English main window shows no text at all");
        int englishTranslatable = 0;
        for (const VisibleText& t : english) {
            englishTexts.insert(t.text);
            englishTranslatable += needsTranslation(t.text) ? 1 : 0;
        }
        // Guards the walker itself: the English window must show something that needs translating.
        QVERIFY2(englishTranslatable > 0, "no translatable text found in the English window: the walker is broken");

        QCOMPARE(arm::Translations::install(app, language), language);
        const QList<VisibleText> shown = collectMainWindowTexts();
        QVERIFY(!shown.isEmpty());

        int checked = 0;
        const QStringList untranslated =
            untranslatedTexts(shown, englishTexts, sources, translated, strict, &checked);
        qInfo("%s: %d texts shown (%d translatable in English), %d still in Latin script checked",
              qPrintable(language), int(shown.size()), englishTranslatable, checked);
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("untranslated in %1 (wrap in tr(), run update_translations, "
                                           "translate; or mark data widgets with armNoTranslate):\n  %2")
                                .arg(language, untranslated.join(QStringLiteral("\n  ")))));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
