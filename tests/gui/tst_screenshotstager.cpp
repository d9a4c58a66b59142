// ScreenshotStager: which sample the inspector screenshots are staged on, and the clear refusal when
// an analysis view has nothing to analyse.
#include "IsolatedSettings.h"
#include "GuiFixtures.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ScreenshotStager.h"

#include <QSettings>
#include <QtTest>

class TstScreenshotStager : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ARM Inspector Tests"));
        fixtures::isolateSettings(m_settings.path(), QStringLiteral("tst_screenshotstager"));
    }

    // The pick is a correctly classified test sample of the lowest class index that has one, and the most
    // confident of that class.
    void picksTheMostConfidentCorrectTestSampleOfTheFirstClass()
    {
        QTemporaryDir dir;
        arm::MainWindow w;
        arm::ScreenshotStager stager(w);
        QCOMPARE(stager.pickInspectorSample(), -1); // no dataset
        guifixtures::populate(*w.workspace(), dir, 120, false);
        const arm::DatasetIndex& data = w.workspace()->dataset();
        const int pick = stager.pickInspectorSample();
        QVERIFY(pick >= 0);
        const arm::EvalRecord* r = w.workspace()->recordFor(pick);
        QVERIFY(r);
        QVERIFY(data.samples[static_cast<std::size_t>(pick)].split == arm::Split::Test);
        QCOMPARE(r->predicted, r->label);
        int correctTest = 0;
        for (const arm::EvalRecord& o : w.workspace()->records()) {
            const bool test = data.samples[static_cast<std::size_t>(o.sampleIndex)].split == arm::Split::Test;
            if (!test || o.predicted != o.label)
                continue;
            ++correctTest;
            QVERIFY2(o.label >= r->label, "a lower class had a correct test sample");
            if (o.label == r->label)
                QVERIFY(o.confidence <= r->confidence);
        }
        QVERIFY2(correctTest > 1, "the fixture must offer a choice");
    }

    // Without correct test records the first test sample is used.
    void fallsBackToTheFirstTestSample()
    {
        QTemporaryDir dir;
        arm::MainWindow w;
        guifixtures::populate(*w.workspace(), dir, 40, false);
        w.workspace()->setRecords({});
        const std::vector<int> test = w.workspace()->dataset().indicesOf(arm::Split::Test);
        QVERIFY(!test.empty());
        QCOMPARE(arm::ScreenshotStager(w).pickInspectorSample(), test.front());
    }

    void analysisViewsWithoutAModelAreRefused_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("inspector") << QStringLiteral("inspector");
        QTest::newRow("internals") << QStringLiteral("internals");
        QTest::newRow("affinity") << QStringLiteral("affinity");
    }
    void analysisViewsWithoutAModelAreRefused()
    {
        QFETCH(QString, view);
        QTemporaryDir dir;
        arm::MainWindow w;
        guifixtures::populate(*w.workspace(), dir, 40, false);
        arm::ScreenshotStager stager(w);
        QVERIFY(!stager.stage(view, 100));
        QVERIFY2(stager.error().contains(QStringLiteral("model")), qPrintable(stager.error()));
        // Views that need nothing are always ready.
        QVERIFY(stager.stage(QStringLiteral("confusion"), 100));
    }
};

QTEST_MAIN(TstScreenshotStager)
#include "tst_screenshotstager.moc"
