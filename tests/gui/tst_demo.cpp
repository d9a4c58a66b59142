// The embedded demo end to end on a tiny configuration: synthetic data generated, the demo model
// trained, the project created, dataset and model opened; a second run reuses everything.
#include "IsolatedSettings.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Workspace.h"
#include "engine/model/ModelHandle.h"
#include "engine/train/TrainDefaults.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TstDemo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        fixtures::isolateSettings(m_settings.path(), QStringLiteral("tst_demo"));
    }

    void demoGeneratesTrainsAndOpens()
    {
        QTemporaryDir dir;
        qputenv("ARM_DEMO_DIR", dir.path().toUtf8());
        qputenv("ARM_DEMO_COUNT", "70");
        qputenv("ARM_DEMO_EPOCHS", "1");
        const arm::DemoJob::Params params = arm::DemoJob::defaultParams();
        QCOMPARE(params.dir, dir.path());
        QCOMPARE(params.count, 70);
        QCOMPARE(params.epochs, 1);

        arm::MainWindow w;
        w.setInteractive(false);
        QSignalSpy finished(&w, &arm::MainWindow::demoFinished);
        QVERIFY(w.runDemo(params));
        QVERIFY(finished.wait(240000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(w.lastError()));
        QVERIFY(w.demoJob()->result().generated);
        QVERIFY(w.demoJob()->result().trained);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("data/synth_info.json"))));
        QVERIFY(QFileInfo::exists(w.demoJob()->result().checkpoint));
        QCOMPARE(w.workspace()->sampleCount(), 70);
        QVERIFY(w.workspace()->project());
        QVERIFY(w.workspace()->model());
        QCOMPARE(w.workspace()->model()->config().numClasses, 7);
        // Evaluated over every sample, and cached in the demo project.
        QCOMPARE(w.workspace()->records().size(), std::size_t(70));
        const QString fingerprint = QString::fromStdString(w.workspace()->model()->fingerprint());

        // Second run in a new window: nothing regenerated or retrained, the project is reopened.
        arm::MainWindow w2;
        w2.setInteractive(false);
        w.close();
        QSignalSpy finished2(&w2, &arm::MainWindow::demoFinished);
        QVERIFY(w2.runDemo(params));
        QVERIFY(finished2.wait(60000));
        QVERIFY2(finished2.first().first().toBool(), qPrintable(w2.lastError()));
        QVERIFY(!w2.demoJob()->result().generated);
        QVERIFY(!w2.demoJob()->result().trained);
        QCOMPARE(QString::fromStdString(w2.workspace()->model()->fingerprint()), fingerprint);
        QCOMPARE(w2.workspace()->records().size(), std::size_t(70)); // from the project's cache
        QCOMPARE(w2.workspace()->project()->predictions(fingerprint).size(), 70);
        w2.close();

        // A demo killed during training leaves "running" in metrics.json (and a best.ckpt of a partial
        // model): the next start must resume the run, not take that model as the demo model.
        const QString metrics = dir.filePath(QStringLiteral("model/metrics.json"));
        QFile file(metrics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QVERIFY(text.contains("\"status\": \"finished\""));
        // Trained by the engine's demo plan: class-weighted sampling (so Fear, 2 % of the data, is
        // learnt) in the arithmetic this CPU does natively.
        const QJsonObject settings = QJsonDocument::fromJson(text).object().value(QStringLiteral("params")).toObject();
        QCOMPARE(settings.value(QStringLiteral("sampler")).toString(),
                 QString::fromStdString(arm::TrainDefaults::demoPlan().sampler));
        QCOMPARE(settings.value(QStringLiteral("precision")).toString(),
                 QString::fromStdString(arm::toString(arm::TrainDefaults::demoPlan().precision)));
        QCOMPARE(settings.value(QStringLiteral("epochs")).toInt(), 1); // ARM_DEMO_EPOCHS wins over the plan
        text.replace("\"status\": \"finished\"", "\"status\": \"running\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        arm::MainWindow w3;
        w3.setInteractive(false);
        QSignalSpy finished3(&w3, &arm::MainWindow::demoFinished);
        QVERIFY(w3.runDemo(params));
        QVERIFY(finished3.wait(240000));
        QVERIFY2(finished3.first().first().toBool(), qPrintable(w3.lastError()));
        QVERIFY(w3.demoJob()->result().trained);
        QVERIFY(w3.demoJob()->result().resumed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"status\": \"finished\""));
    }
};

QTEST_MAIN(TstDemo)
#include "tst_demo.moc"
