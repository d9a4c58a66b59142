#include "PanelFixtures.h"

#include "app/gui/Workspace.h"
#include "app/gui/panels/AffinityPanel.h"
#include "engine/model/ModelHandle.h"
#include "widgets/MatrixPlot.h"
#include "widgets/SideBySideView.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#include <mutex>

using arm::AffinityPanel;

namespace {
QVector<QImage> images(int n)
{
    QVector<QImage> out;
    for (int i = 0; i < n; ++i) {
        QImage im(64, 64, QImage::Format_RGB888);
        im.fill(QColor::fromHsv(40 * i, 200, 200));
        out << im;
    }
    return out;
}
} // namespace

class TstAffinityPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init() { QSettings().clear(); }

    void clickingACellOpensThePair()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 7));
        AffinityPanel panel(&ws);
        panel.resize(900, 700);
        const std::vector<int> labels = {0, 3, 3, 5};
        const arm::AffinityResult r = fixtures::affinity(labels);
        const QStringList names = {QStringLiteral("a.png"), QStringLiteral("b.png"), QStringLiteral("c.png"), QStringLiteral("d.png")};
        panel.setView(AffinityPanel::View::ExpressionCosine);
        panel.setAffinity(r, names, images(4));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        arm::MatrixPlot* m = panel.matrixPlot();
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(m->rawValue(1, 2), double(r.expressionCosine.at(1, 2)));
        QSignalSpy opened(&panel, &AffinityPanel::pairOpened);
        QTest::mouseClick(m, Qt::LeftButton, {}, m->cellCenter(1, 3).toPoint());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toInt(), 1);
        QCOMPARE(opened.at(0).at(1).toInt(), 3);
        arm::SideBySideView* pair = panel.pairView();
        // Image 1: given happiness, alone happiness, in batch sadness (the fixture flips image 1).
        const QString left = pair->caption(0), right = pair->caption(1);
        QVERIFY2(left.startsWith(QStringLiteral("b.png")), qPrintable(left));
        QVERIFY2(left.contains(QStringLiteral("given: Happiness")), qPrintable(left));
        QVERIFY2(right.startsWith(QStringLiteral("d.png")), qPrintable(right));
        QVERIFY2(right.contains(QStringLiteral("given: Anger")), qPrintable(right));
        // The predictions alone / in batch are listed under the pair, one line per side.
        const QStringList details = panel.pairDetailsText().split(QLatin1Char('\n'));
        QCOMPARE(details.size(), 2);
        QVERIFY2(details[0].contains(QStringLiteral("b.png: given Happiness, predicted alone: Happiness, in batch: Sadness (changes")),
                 qPrintable(details[0]));
        QVERIFY2(details[1].contains(QStringLiteral("d.png: given Anger, predicted alone: Anger, in batch: Anger")), qPrintable(details[1]));
        QVERIFY(!details[1].contains(QStringLiteral("changes")));
        QVERIFY2(pair->title().contains(QString::number(r.expressionCosine.at(1, 3), 'f', 3)), qPrintable(pair->title()));
        QCOMPARE(pair->image(0).pixelColor(5, 5), images(4)[1].pixelColor(5, 5));
        QCOMPARE(pair->image(1).pixelColor(5, 5), images(4)[3].pixelColor(5, 5));
    }

    void viewsAndTable()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 7));
        AffinityPanel panel(&ws);
        const std::vector<int> labels = {0, 3, 3, 5, 6};
        const arm::AffinityResult r = fixtures::affinity(labels);
        panel.setAffinity(r, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}, images(5));
        panel.viewCombo()->setCurrentIndex(panel.viewCombo()->findData(int(AffinityPanel::View::UniqueCosine)));
        QCOMPARE(panel.matrixPlot()->rawValue(0, 4), double(r.uniqueCosine.at(0, 4)));
        panel.viewCombo()->setCurrentIndex(panel.viewCombo()->findData(int(AffinityPanel::View::ClassAffinity)));
        QCOMPARE(panel.matrixPlot()->rowCount(), 7);
        QCOMPARE(panel.matrixPlot()->rawValue(2, 5), double(r.classAffinity.at(2, 5)));
        QCOMPARE(QSettings().value(QStringLiteral("panels/affinity/view")).toInt(), int(AffinityPanel::View::ClassAffinity));
        QTableWidget* t = panel.table();
        QCOMPARE(t->rowCount(), 5);
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("Happiness")); // alone (shown as the expression, whatever the spelling)
        QCOMPARE(t->item(1, 3)->text(), QStringLiteral("Sadness"));   // in batch
        QVERIFY(t->item(1, 0)->font().bold());                        // prediction changes: marked
        QVERIFY(!t->item(0, 0)->font().bold());
        QCOMPARE(t->item(2, 5)->text(), QString::number(r.sharedShare[2], 'f', 3));
        QVERIFY2(panel.statusText().contains(QStringLiteral("1 predictions change")), qPrintable(panel.statusText()));
    }

    // Held-out faces: with a test split, the stratified batch is drawn from it (it took train images).
    void stratifiedSampleTakesNPerClassFromTheTestSplit()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        ws.setDataset(fixtures::dataset(dir.filePath(QStringLiteral("d")), 70)); // every 4th sample is test
        const QVector<int> sample = AffinityPanel::stratifiedSample(ws, 2);
        QVector<int> perClass(7, 0), testPerClass(7, 0);
        for (int i = 0; i < ws.sampleCount(); ++i)
            if (ws.dataset().samples[std::size_t(i)].split == arm::Split::Test)
                ++testPerClass[ws.labelOf(i)];
        for (int i : sample) {
            QVERIFY(ws.dataset().samples[std::size_t(i)].split == arm::Split::Test);
            ++perClass[ws.labelOf(i)];
        }
        for (int c = 0; c < 7; ++c)
            QCOMPARE(perClass[c], std::min(2, testPerClass[c]));
        QCOMPARE(AffinityPanel::stratifiedSample(ws, 64).size(), 17); // capped by the 17 test images
    }

    void stratifiedSampleWithoutTestSplitUsesAll()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        auto index = fixtures::dataset(dir.filePath(QStringLiteral("d")), 35); // 5 per class
        for (arm::Sample& s : index->samples)
            s.split = arm::Split::Train;
        ws.setDataset(index);
        const QVector<int> sample = AffinityPanel::stratifiedSample(ws, 2);
        QCOMPARE(sample.size(), 14);
        QVector<int> perClass(7, 0);
        for (int i : sample)
            ++perClass[ws.labelOf(i)];
        QCOMPARE(perClass, QVector<int>(7, 2));
        QCOMPARE(AffinityPanel::stratifiedSample(ws, 9).size(), 35); // capped by what exists
    }

    void gallerySelectionIsTheBatch()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        fixtures::openDatasetAndModel(ws, dir, 10, 112);
        AffinityPanel panel(&ws);
        std::mutex mutex;
        std::vector<int> seenLabels;
        int seenImages = 0;
        panel.setRunner([&](const std::shared_ptr<arm::ModelHandle>&, const std::vector<cv::Mat>& ims, const std::vector<int>& labels) {
            std::lock_guard<std::mutex> lock(mutex);
            seenLabels = labels;
            seenImages = int(ims.size());
            return fixtures::affinity(labels);
        });
        ws.setSelectedSamples({1});
        panel.selectionButton()->click();
        QVERIFY(panel.statusText().contains(QStringLiteral("at least two"))); // one image is no batch
        ws.setSelectedSamples({2, 5, 9});
        QSignalSpy computed(&panel, &AffinityPanel::computed);
        QTest::mouseClick(panel.selectionButton(), Qt::LeftButton);
        QVERIFY(computed.wait(10000));
        {
            std::lock_guard<std::mutex> lock(mutex);
            QCOMPARE(seenImages, 3);
            QCOMPARE(seenLabels, (std::vector<int>{ws.labelOf(2), ws.labelOf(5), ws.labelOf(9)}));
        }
        QCOMPARE(panel.matrixPlot()->rowCount(), 3);
        QCOMPARE(panel.table()->item(2, 0)->text(), QStringLiteral("img_009"));
        QTRY_VERIFY(panel.selectionButton()->isEnabled());
    }

    // Issue 19 item 7: the view is not empty until a button is pressed; shown with a model and a
    // dataset, it computes the stratified batch by itself, once.
    void showingTheViewComputesTheStratifiedBatch()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        fixtures::openDatasetAndModel(ws, dir, 14, 112);
        AffinityPanel panel(&ws);
        std::atomic<int> runs{0};
        panel.setRunner([&](const std::shared_ptr<arm::ModelHandle>&, const std::vector<cv::Mat>&, const std::vector<int>& labels) {
            ++runs;
            return fixtures::affinity(labels);
        });
        QSignalSpy computed(&panel, &AffinityPanel::computed);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() == 1, 10000); // may already have come while exposing
        QVERIFY(panel.matrixPlot()->rowCount() >= 2);
        panel.hide();
        panel.show(); // shown again: the result stays, nothing recomputed
        QTest::qWait(50);
        QCOMPARE(runs.load(), 1);
    }
};

QTEST_MAIN(TstAffinityPanel)
#include "tst_affinitypanel.moc"
