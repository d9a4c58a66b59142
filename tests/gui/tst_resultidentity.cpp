// Results carry the identity of the inputs they were computed from: an evaluation of model A that is
// still running when the user switches to model B must neither show A's predictions as B's nor store
// them in the project under B's fingerprint.
#include "GuiFixtures.h"

#include "app/gui/MainWindow.h"
#include "app/gui/Workspace.h"
#include "engine/model/ModelHandle.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

namespace {

// Peaked probabilities: every sample predicted as `cls`.
std::vector<float> peaked(int cls)
{
    std::vector<float> p(7, 0.05f);
    p[static_cast<std::size_t>(cls)] = 0.7f;
    return p;
}

} // namespace

class TstResultIdentity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void switchingModelsMidEvaluationKeepsTheCacheHonest()
    {
        QTemporaryDir dir;
        fixtures::makeRafDb(dir.filePath(QStringLiteral("raf")), 14);
        arm::MainWindow w;
        w.setInteractive(false);
        std::atomic<bool> started{false};
        // A slow evaluation that predicts class 1 for every sample (it honours cancel, as the real one).
        w.setEvaluateRunner([&started](arm::ModelHandle&, const arm::DatasetIndex& data, const std::vector<int>& indices,
                                       const arm::EvalOptions&, const arm::Evaluator::Progress&,
                                       const std::atomic<bool>* cancel) {
            started = true;
            arm::EvalResult result;
            for (int i : indices) {
                for (int t = 0; t < 10 && !(cancel && *cancel); ++t)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                if (cancel && *cancel) {
                    result.cancelled = true;
                    return result;
                }
                arm::EvalRecord r;
                r.sampleIndex = i;
                r.label = data.samples[static_cast<std::size_t>(i)].label;
                r.probabilities = peaked(1);
                arm::EvaluationMetrics::completeRecord(r);
                result.records.push_back(r);
            }
            return result;
        });
        QVERIFY2(w.openPath(dir.filePath(QStringLiteral("raf"))), qPrintable(w.lastError()));
        QVERIFY2(w.createProject(dir.filePath(QStringLiteral("p.armproj"))), qPrintable(w.lastError()));
        arm::ModelConfig config;
        config.inputSize = 64;
        auto modelA = arm::ModelHandle::create(config);
        auto modelB = arm::ModelHandle::create(config);
        const QString fpA = QString::fromStdString(modelA->fingerprint());
        const QString fpB = QString::fromStdString(modelB->fingerprint());
        QVERIFY(fpA != fpB);
        // Model B was evaluated before: its predictions (class 5 everywhere) are in the project.
        QHash<QString, arm::CachedPrediction> cacheB;
        for (const auto& s : w.workspace()->dataset().samples)
            cacheB.insert(QString::fromStdString(s.name), arm::CachedPrediction{peaked(5), 0.5});
        w.workspace()->project()->putPredictions(fpB, cacheB);

        QSignalSpy finished(&w, &arm::MainWindow::evaluationFinished);
        w.workspace()->setModel(modelA);
        QVERIFY(w.startEvaluation());
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        QVERIFY(w.isEvaluating());
        // Mid-run, the user switches to B: B's cached predictions are restored.
        w.workspace()->setModel(modelB);
        QVERIFY(w.restoreCachedPredictions());
        QTest::qWait(600); // longer than A's whole evaluation would have taken
        QCoreApplication::processEvents();

        QVERIFY(!w.isEvaluating());
        QCOMPARE(w.workspace()->model(), modelB);
        QCOMPARE(w.workspace()->records().size(), std::size_t(14));
        for (int i = 0; i < 14; ++i)
            QCOMPARE(w.workspace()->recordFor(i)->predicted, 5);
        // Nothing of A's run was stored, under A's fingerprint or B's.
        QVERIFY(w.workspace()->project()->predictions(fpA).isEmpty());
        const auto storedB = w.workspace()->project()->predictions(fpB);
        QCOMPARE(storedB.size(), 14);
        for (const auto& p : storedB)
            QCOMPARE(p.probabilities, peaked(5));
    }

    void inputGenerationChangesWithEveryInput()
    {
        arm::Workspace ws;
        const quint64 g0 = ws.inputGeneration();
        arm::ModelConfig config;
        config.inputSize = 64;
        ws.setModel(arm::ModelHandle::create(config));
        const quint64 g1 = ws.inputGeneration();
        QVERIFY(g1 != g0);
        ws.setDataset(std::make_shared<arm::DatasetIndex>());
        QVERIFY(ws.inputGeneration() != g1);
    }
};

QTEST_MAIN(TstResultIdentity)
#include "tst_resultidentity.moc"
