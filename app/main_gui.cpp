#include "app/AppSettings.h"
#include "app/Translations.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ScreenshotStager.h"
#include "engine/core/HeapPolicy.h"
#include "engine/runtime/Runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {
// --version, --help and --screenshot must work on a machine without a display (CI, ssh): they get the
// offscreen platform unless the user chose one.
void preferOffscreenForHeadlessOptions(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a.startsWith("--screenshot")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// The translators must be installed before the parser's help texts are translated, so --language is
// read from argv before QCommandLineParser runs (which then only validates it).
QString languageFromArguments(const QStringList& args)
{
    const QString option = QStringLiteral("--language");
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == option && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(option + QLatin1Char('=')))
            return args[i].mid(option.size() + 1);
    }
    return QString();
}
} // namespace

int main(int argc, char* argv[])
{
    // Before any thread exists; background jobs give the memory back when they finish (app/jobs/Job.cpp).
    arm::HeapPolicy::keepFreedMemory();
    preferOffscreenForHeadlessOptions(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("arm-inspector"));
    QApplication::setOrganizationName(QStringLiteral("ARM Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(ARM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.arminspector.ArmInspector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.arminspector.ArmInspector.svg")));
    const QString requestedLanguage = languageFromArguments(QApplication::arguments());
    const QString loadedLanguage = arm::Translations::install(app, requestedLanguage);
    if (!requestedLanguage.isEmpty() && loadedLanguage == QLatin1String("en") &&
        !requestedLanguage.startsWith(QLatin1String("en")) && requestedLanguage != QLatin1String("system")) {
        std::fprintf(stderr,
                     "arm-inspector: no translation for language '%s', using English (available: %s)\n",
                     qPrintable(requestedLanguage),
                     qPrintable(arm::Translations::availableLanguages().join(QStringLiteral(", "))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Inspect, relabel and fine-tune ARM facial-expression models."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to FILE and exit (at the size --size gives)."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size WIDTHxHEIGHT for the screenshot (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOption(size);
    QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Use the user-interface language CODE (for example en, de, zh_CN)."),
        QStringLiteral("CODE"));
    parser.addOption(language);
    QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate(
            "main", "Raise the view NAME before the screenshot (gallery, confusion, relabel, ...)."),
        QStringLiteral("NAME"));
    parser.addOption(view);
    QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the built-in demo: synthetic dataset and demo model "
                                        "(generated and trained on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate(
            "main", "A project (.armproj), dataset folder or CSV, model (.ckpt, .pth), or photo or video (shown "
                    "with its faces) to open."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    arm::Runtime::configureThreads(0);

    // Checked before the window exists, so a typo costs no demo run.
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int width = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
    const int height = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
    if (!okW || !okH || width < 320 || height < 240 || width > 7680 || height > 4320) {
        std::fprintf(stderr, "arm-inspector: --size '%s': expected WIDTHxHEIGHT between 320x240 and 7680x4320\n",
                     qPrintable(parser.value(size)));
        return 2;
    }

    arm::MainWindow window;
    window.resize(width, height);
    const bool headless = parser.isSet(screenshot);
    window.setInteractive(!headless);
    bool opened = true;
    for (const QString& file : parser.positionalArguments())
        opened = window.openPath(file) && opened;
    if (parser.isSet(demo)) {
        // Wait for the demo (generation, training, evaluation) before the screenshot; interactively
        // the window shows the progress in its status bar meanwhile.
        if (headless) {
            QEventLoop loop;
            bool demoOk = false;
            QObject::connect(&window, &arm::MainWindow::demoFinished, &loop, [&](bool ok) {
                demoOk = ok;
                loop.quit();
            });
            if (window.runDemo())
                loop.exec();
            if (!demoOk)
                std::fprintf(stderr, "arm-inspector: demo: %s\n", qPrintable(window.lastError()));
        } else {
            window.runDemo();
        }
    }
    if (parser.isSet(view) && !window.raiseView(parser.value(view))) {
        std::fprintf(stderr, "arm-inspector: unknown view '%s' (available: %s)\n",
                     qPrintable(parser.value(view)),
                     qPrintable(window.viewNames().join(QStringLiteral(", "))));
        return 2;
    }
    if (headless && window.isEvaluating()) {
        // A model given on the command line: grab the evaluated state, not the empty one.
        QEventLoop loop;
        QObject::connect(&window, &arm::MainWindow::evaluationFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (headless && parser.isSet(view)) {
        // The analysis views show nothing until a sample or batch is chosen: choose one and wait for it.
        // Panels analyse only while visible, so show the (off-screen) window first.
        window.setAttribute(Qt::WA_DontShowOnScreen, true);
        window.show();
        arm::ScreenshotStager stager(window);
        if (!stager.stage(parser.value(view), 120000))
            std::fprintf(stderr, "arm-inspector: --view %s: %s\n", qPrintable(parser.value(view)),
                         qPrintable(stager.error()));
    }
    if (headless) {
        if (!opened)
            std::fprintf(stderr, "arm-inspector: %s\n", qPrintable(window.lastError()));
        window.setAttribute(Qt::WA_DontShowOnScreen, true);
        window.show();
        // Let queued refreshes (confusion, suggestions) and the first thumbnails arrive.
        QApplication::processEvents();
        window.waitForThumbnails(3000);
        QApplication::processEvents();
        const QString file = parser.value(screenshot);
        if (!window.grab().save(file, "PNG")) {
            std::fprintf(stderr, "arm-inspector: cannot write screenshot '%s'\n", qPrintable(file));
            return 1;
        }
        return 0;
    }
    window.show();
    if (!parser.isSet(demo) && parser.positionalArguments().isEmpty() && !arm::AppSettings::welcomeShown()) {
        // First run: offer the demo, once.
        arm::AppSettings::setWelcomeShown(true);
        const auto answer = QMessageBox::question(
            &window, QApplication::translate("main", "Welcome to ARM Inspector"),
            QApplication::translate("main",
                                    "Load the demo? It generates a small synthetic expression dataset and "
                                    "trains a demo model on first use (a few minutes on a CPU), then "
                                    "opens both."));
        if (answer == QMessageBox::Yes)
            window.runDemo();
    }
    return app.exec();
}
