// Settings ▸ Arithmetic Precision: the user's choice is stored, shown in the status bar, and reaches the
// evaluations and training runs the GUI starts (the engine does the arithmetic; tst_inferenceoptimizer
// and tst_trainer check that bf16 really runs in bf16).
#include "GuiFixtures.h"
#include "IsolatedSettings.h"

#include "app/AppSettings.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Workspace.h"
#include "app/gui/panels/TrainingPanel.h"
#include "engine/core/CpuFeatures.h"
#include "engine/model/ModelHandle.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

Q_DECLARE_METATYPE(arm::Precision)

class TstPrecisionSetting : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settings;

    static QString name(arm::Precision p) { return QString::fromStdString(arm::toString(p)); }

    static QAction* choice(arm::MainWindow& w, const char* name)
    {
        auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fixtures::isolateSettings(m_settings.path(), QStringLiteral("tst_precisionsetting"));
    }

    void init() { QSettings().clear(); }

    void defaultIsTheEnginesDefaultForReportedNumbers()
    {
        QCOMPARE(name(arm::AppSettings::precision()), name(arm::PrecisionDefaults::eval));
        arm::MainWindow w;
        QAction* fp32 = choice(w, "precisionFp32");
        QVERIFY(fp32);
        QCOMPARE(fp32->isChecked(), arm::PrecisionDefaults::eval == arm::Precision::Fp32);
        // The automatic choice says what it resolves to on this CPU.
        QAction* autoChoice = choice(w, "precisionAuto");
        QVERIFY(autoChoice);
        const std::string native = arm::CpuFeatures::host().bf16Support();
        QVERIFY2(autoChoice->text().contains(native == "none" ? QStringLiteral("fp32") : QString::fromStdString(native)),
                 qPrintable(autoChoice->text()));
    }

    void unknownStoredValueFallsBackToTheDefault()
    {
        QSettings().setValue(QStringLiteral("compute/precision"), QStringLiteral("fp8"));
        QCOMPARE(name(arm::AppSettings::precision()), name(arm::PrecisionDefaults::eval));
    }

    void choiceReachesEvaluationTrainingAndStatusBar_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<arm::Precision>("expected");
        QTest::newRow("bf16") << QStringLiteral("precisionBf16") << arm::Precision::Bf16;
        QTest::newRow("fp32") << QStringLiteral("precisionFp32") << arm::Precision::Fp32;
        QTest::newRow("auto") << QStringLiteral("precisionAuto") << arm::Precision::Auto;
    }

    void choiceReachesEvaluationTrainingAndStatusBar()
    {
        QFETCH(QString, action);
        QFETCH(arm::Precision, expected);
        // Start from a different stored choice, so the test sees the menu change it.
        arm::AppSettings::setPrecision(expected == arm::Precision::Fp32 ? arm::Precision::Bf16 : arm::Precision::Fp32);

        QTemporaryDir dir;
        fixtures::makeRafDb(dir.filePath(QStringLiteral("raf")), 8);
        arm::MainWindow w;
        w.setInteractive(false);
        std::atomic<int> seen{-1};
        w.setEvaluateRunner([&seen](arm::ModelHandle&, const arm::DatasetIndex&, const std::vector<int>&,
                                    const arm::EvalOptions& options, const arm::Evaluator::Progress&,
                                    const std::atomic<bool>*) {
            seen = static_cast<int>(options.precision);
            return arm::EvalResult{};
        });
        QVERIFY2(w.openPath(dir.filePath(QStringLiteral("raf"))), qPrintable(w.lastError()));
        arm::ModelConfig config;
        config.inputSize = 64;
        w.workspace()->setModel(arm::ModelHandle::create(config));

        QAction* a = w.findChild<QAction*>(action);
        QVERIFY(a);
        QVERIFY(!a->isChecked());
        a->trigger();
        QVERIFY(a->isChecked());
        QCOMPARE(name(arm::AppSettings::precision()), name(expected));

        // The status bar names the arithmetic the next evaluation uses, resolved for this CPU.
        auto* device = w.findChild<QLabel*>(QStringLiteral("statusDevice"));
        QVERIFY(device);
        const arm::Precision resolved = arm::resolvePrecision(expected, "cpu");
        QVERIFY2(device->text().contains(QString::fromStdString(arm::toString(resolved))), qPrintable(device->text()));
        const QString other = QString::fromStdString(
            arm::toString(resolved == arm::Precision::Bf16 ? arm::Precision::Fp32 : arm::Precision::Bf16));
        QVERIFY2(!device->text().contains(other), qPrintable(device->text()));

        QVERIFY(w.startEvaluation());
        QTRY_COMPARE_WITH_TIMEOUT(seen.load(), static_cast<int>(expected), 10000);
        QCOMPARE(name(w.trainingPanel()->currentParams().precision), name(expected));

        // Stored: a new window starts with the same choice checked.
        QTRY_VERIFY(!w.isEvaluating());
        arm::MainWindow again;
        QVERIFY(again.findChild<QAction*>(action)->isChecked());
    }
};

QTEST_MAIN(TstPrecisionSetting)
#include "tst_precisionsetting.moc"
