#include "IsolatedSettings.h"
#include "GuiFixtures.h"
#include "app/gui/ConfusionPanel.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/gui/MainWindow.h"
#include "app/models/GalleryFilterModel.h"
#include "app/models/GalleryModel.h"
#include "widgets/MatrixPlot.h"

#include <QSettings>
#include <QTableWidget>
#include <QComboBox>
#include <QLabel>
#include <QtTest>

#include <set>

class TstConfusionPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        fixtures::isolateSettings(m_settings.path(), QStringLiteral("tst_confusionpanel"));
    }

    void clickingACellFiltersTheGallery_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("col");
        QTest::newRow("off-diagonal 3->2") << 3 << 2;
        QTest::newRow("diagonal 0->0") << 0 << 0;
        QTest::newRow("off-diagonal 5->1") << 5 << 1;
    }
    void clickingACellFiltersTheGallery()
    {
        QFETCH(int, row);
        QFETCH(int, col);
        QTemporaryDir dir;
        arm::MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 800);
        guifixtures::populate(*w.workspace(), dir, 70);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        arm::MatrixPlot* plot = w.confusionPanel()->matrixPlot();
        QTRY_COMPARE(plot->rowCount(), 7);
        // The matrix shows the test split by default, and a cell shows that split's samples.
        QCOMPARE(w.confusionPanel()->split(), QStringLiteral("test"));
        const arm::EvaluationMetrics m = w.workspace()->metrics(QStringLiteral("test"));
        QCOMPARE(plot->rawValue(row, col), double(m.confusion[row][col]));
        QVERIFY2(m.confusion[row][col] > 0, "fixture leaves the cell empty");

        const QPoint centre = plot->cellCenter(row, col).toPoint();
        QCOMPARE(plot->cellAt(centre), QPoint(col, row));
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, centre);

        const arm::GalleryFilterModel* proxy = w.galleryPanel()->filterModel();
        QTRY_COMPARE(proxy->rowCount(), m.confusion[row][col]);
        std::set<int> shown, want;
        for (int r = 0; r < proxy->rowCount(); ++r)
            shown.insert(proxy->sampleAt(r));
        for (const arm::EvalRecord& rec : w.workspace()->records())
            if (w.workspace()->labelOf(rec.sampleIndex) == row && rec.predicted == col &&
                w.workspace()->dataset().samples[std::size_t(rec.sampleIndex)].split == arm::Split::Test)
                want.insert(rec.sampleIndex);
        QCOMPARE(shown, want);
    }

    // Issue 19 item 5: the matrix mixed train and test. It shows the test split by default, says so,
    // and the user can switch; a new dataset starts on its test split again.
    void defaultSplitIsTestAndNamed()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        arm::ConfusionPanel panel(&ws);
        guifixtures::populate(ws, dir, 70);
        panel.show();
        QTRY_COMPARE(panel.matrixPlot()->rowCount(), 7);
        auto* combo = panel.findChild<QComboBox*>(QStringLiteral("confusionSplit"));
        QVERIFY(combo);
        QCOMPARE(panel.split(), QStringLiteral("test"));
        int testRecords = 0;
        for (const arm::EvalRecord& r : ws.records())
            testRecords += ws.dataset().samples[std::size_t(r.sampleIndex)].split == arm::Split::Test;
        QVERIFY(testRecords > 0 && testRecords < int(ws.records().size()));
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("confusionSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Test split: %1 samples").arg(testRecords)),
                 qPrintable(summary->text()));
        double total = 0;
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c)
                total += panel.matrixPlot()->rawValue(r, c);
        QCOMPARE(int(total), testRecords);
        // The user picks "All splits" with the keyboard.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End);
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("All splits: %1 samples").arg(ws.records().size())));
    }

    void recomputedAfterRelabelling()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        arm::ConfusionPanel panel(&ws);
        guifixtures::populate(ws, dir, 70);
        QTRY_COMPARE(panel.matrixPlot()->rowCount(), 7);
        panel.setSplit(QString()); // sample 1 is a train sample: count all splits
        // Sample 1: label 1, predicted 3.
        const double before13 = panel.matrixPlot()->rawValue(1, 3);
        const double before33 = panel.matrixPlot()->rawValue(3, 3);
        QVERIFY(ws.relabel(1, 3));
        QTRY_COMPARE(panel.matrixPlot()->rawValue(1, 3), before13 - 1);
        QCOMPARE(panel.matrixPlot()->rawValue(3, 3), before33 + 1);
        QCOMPARE(panel.classTable()->rowCount(), 7);
        panel.setRowNormalized(true);
        double sum = 0;
        for (int c = 0; c < 7; ++c)
            sum += panel.matrixPlot()->displayedValue(3, c);
        QCOMPARE(qRound(sum * 1000), 1000);
    }
};

QTEST_MAIN(TstConfusionPanel)
#include "tst_confusionpanel.moc"
