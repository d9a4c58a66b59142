#include "IsolatedSettings.h"
#include "GuiFixtures.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RelabelPanel.h"
#include "app/models/GalleryFilterModel.h"
#include "widgets/GalleryRoles.h"

#include <QListView>
#include <QSettings>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

class TstRelabelKeys : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settings;

    static QString nameOf(const arm::Workspace& ws, int s)
    {
        return QString::fromStdString(ws.dataset().samples[static_cast<std::size_t>(s)].name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fixtures::isolateSettings(m_settings.path(), QStringLiteral("tst_relabelkeys"));
    }

    void keysRelabelUndoAndMove()
    {
        QTemporaryDir dir;
        arm::MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 800);
        arm::Workspace& ws = *w.workspace();
        guifixtures::populate(ws, dir, 21);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QListView* view = w.galleryPanel()->listView();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(w.galleryPanel()->filterModel()->index(0, 0));
        QCOMPARE(ws.currentSample(), 0);
        QCOMPARE(ws.labelOf(0), 0);

        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE(ws.labelOf(0), 2);
        QCOMPARE(ws.project()->currentLabel(nameOf(ws, 0)), 2); // in the store, committed

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ws.labelOf(0), 0);
        QCOMPARE(ws.project()->currentLabel(nameOf(ws, 0)), 0);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(ws.project()->currentLabel(nameOf(ws, 0)), 2);

        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(ws.currentSample(), 1);
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(ws.currentSample(), 2);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(ws.currentSample(), 1);
        QTest::keyClick(view, Qt::Key_F);
        QVERIFY(ws.isFlagged(1));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // F is a decision: undoable
        QVERIFY(!ws.isFlagged(1));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(ws.isFlagged(1));
        QTest::keyClick(view, Qt::Key_F); // and F again clears it
        QVERIFY(!ws.isFlagged(1));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(ws.isFlagged(1));
        QTest::keyClick(view, Qt::Key_8); // no class 8: ignored
        QCOMPARE(ws.labelOf(1), 1);
    }

    // The invariant: whatever way a sample comes to be shown in the Relabel view, keys 1-7 edit that
    // sample, and the gallery never keeps another sample highlighted meanwhile.
    void keysEditTheSampleShown_data()
    {
        QTest::addColumn<QString>("way");
        QTest::newRow("gallery click") << QStringLiteral("gallery");
        QTest::newRow("J key") << QStringLiteral("j");
        QTest::newRow("suggestion hidden by the filter") << QStringLiteral("suggestion-hidden");
        QTest::newRow("suggestion shown") << QStringLiteral("suggestion-shown");
    }
    void keysEditTheSampleShown()
    {
        QFETCH(QString, way);
        QTemporaryDir dir;
        arm::MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 800);
        arm::Workspace& ws = *w.workspace();
        guifixtures::populate(ws, dir, 70);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        arm::DatasetGalleryPanel* gallery = w.galleryPanel();
        QListView* view = gallery->listView();
        arm::RelabelPanel* relabel = w.relabelPanel();
        relabel->setMethod(arm::RelabelPanel::Method::ScnRule);
        QVERIFY(!relabel->suggestions().empty());
        const int suggested = relabel->suggestions().front().sampleIndex;

        // The gallery shows only the suggested sample's class ("suggestion-hidden": another class).
        arm::GalleryFilter filter;
        filter.givenLabel = (ws.labelOf(suggested) + (way == QStringLiteral("suggestion-hidden") ? 1 : 0)) % 7;
        gallery->filterModel()->setFilter(filter);
        QVERIFY(gallery->filterModel()->rowCount() >= 2);
        view->setFocus();
        view->setCurrentIndex(gallery->filterModel()->index(0, 0));
        const int galleryFirst = ws.currentSample();

        if (way == QStringLiteral("gallery")) {
            const QModelIndex second = gallery->filterModel()->index(1, 0);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
        } else if (way == QStringLiteral("j")) {
            QTest::keyClick(view, Qt::Key_J);
        } else {
            QTableWidget* table = relabel->suggestionTable();
            table->setFocus();
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
            QCOMPARE(ws.currentSample(), suggested);
        }
        const int shown = ws.currentSample(); // what the Relabel view names
        QVERIFY(shown >= 0);
        QVERIFY(relabel->currentSampleText().contains(nameOf(ws, shown)));
        // The gallery highlights the shown sample, or nothing when the filter hides it.
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            QCOMPARE(current.data(arm::GalleryRoles::SampleIndexRole).toInt(), shown);
        const bool hidden = gallery->filterModel()->rowOfSample(shown) < 0;
        QCOMPARE(!current.isValid(), hidden);
        QCOMPARE(w.findChild<QWidget*>(QStringLiteral("galleryHiddenBar"))->isVisible(), hidden);

        const int before = ws.labelOf(galleryFirst);
        const int target = (ws.labelOf(shown) + 3) % 7;
        view->setFocus();
        QTest::keyClick(view, static_cast<Qt::Key>(Qt::Key_1 + target));
        QCOMPARE(ws.labelOf(shown), target);
        if (galleryFirst != shown)
            QCOMPARE(ws.labelOf(galleryFirst), before);
    }

    void suggestionsAcceptRejectAndBatch()
    {
        QTemporaryDir dir;
        arm::Workspace ws;
        arm::RelabelPanel panel(&ws);
        guifixtures::populate(ws, dir, 70);
        panel.setMethod(arm::RelabelPanel::Method::ScnRule);
        QVERIFY(!panel.suggestions().empty());
        QCOMPARE(panel.suggestionTable()->rowCount(), static_cast<int>(panel.suggestions().size()));
        const arm::LabelSuggestion first = panel.suggestions().front();
        QCOMPARE(first.given, ws.labelOf(first.sampleIndex));
        QVERIFY(first.suggested != first.given);

        QVERIFY(panel.acceptRow(0));
        QCOMPARE(ws.labelOf(first.sampleIndex), first.suggested);
        QTRY_VERIFY(panel.historyTable()->rowCount() == 1);
        const auto history = ws.project()->history();
        QVERIFY(history.back().source == arm::EditSource::Suggestion);

        QTRY_VERIFY(panel.suggestions().empty() || panel.suggestions().front().sampleIndex != first.sampleIndex);
        const int before = static_cast<int>(panel.suggestions().size());
        QVERIFY(before >= 2);
        const int rejected = panel.suggestions().front().sampleIndex;
        panel.rejectRow(0);
        QCOMPARE(static_cast<int>(panel.suggestions().size()), before - 1);
        for (const auto& s : panel.suggestions())
            QVERIFY(s.sampleIndex != rejected);

        const auto shown = panel.suggestions();
        QVERIFY(panel.acceptAllShown());
        for (const auto& s : shown)
            QCOMPARE(ws.labelOf(s.sampleIndex), s.suggested);
        ws.undoStack()->undo(); // one step for the whole batch
        for (const auto& s : shown)
            QCOMPARE(ws.labelOf(s.sampleIndex), s.given);
    }
};

QTEST_MAIN(TstRelabelKeys)
#include "tst_relabelkeys.moc"
