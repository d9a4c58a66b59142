#include "GuiFixtures.h"
#include "app/gui/DatasetGalleryPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RelabelPanel.h"
#include "app/models/GalleryFilterModel.h"

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
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setApplicationName(QStringLiteral("tst_relabelkeys"));
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
        QTest::keyClick(view, Qt::Key_8); // no class 8: ignored
        QCOMPARE(ws.labelOf(1), 1);
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
