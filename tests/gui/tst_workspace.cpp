#include "app/gui/Workspace.h"
#include "../unit/StoreFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

class TstWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void relabelUndoAndMetricsFollowLabels()
    {
        QTemporaryDir dir;
        auto index = std::make_shared<arm::DatasetIndex>(fixtures::makeRafDb(dir.filePath(QStringLiteral("raf")), 14));
        arm::Workspace ws;
        ws.setDataset(index);
        QCOMPARE(ws.sampleCount(), 14);
        QVERIFY(!ws.relabel(0, 3)); // no project yet: refused, nothing changes
        QCOMPARE(ws.labelOf(0), 0);

        ws.setProject(arm::ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), *index));
        // Records: the model predicts class 3 for sample 0 (labelled 0) and is right on sample 1.
        arm::EvalRecord a;
        a.sampleIndex = 0;
        a.label = 0;
        a.probabilities = {0.1f, 0.0f, 0.0f, 0.9f, 0.0f, 0.0f, 0.0f};
        arm::EvalRecord b = a;
        b.sampleIndex = 1;
        b.label = 1;
        b.probabilities = {0.0f, 1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f};
        ws.setRecords({a, b});
        QCOMPARE(ws.metrics().accuracy, 0.5);

        QSignalSpy changed(&ws, &arm::Workspace::labelChanged);
        QVERIFY(ws.relabel(0, 3));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ws.labelOf(0), 3);
        QVERIFY(ws.isEdited(0));
        QCOMPARE(ws.metrics().accuracy, 1.0);
        QCOMPARE(ws.metrics().confusion[3][3], 1);

        ws.undoStack()->undo();
        QCOMPARE(ws.labelOf(0), 0);
        QVERIFY(!ws.isEdited(0));
        QCOMPARE(ws.metrics().accuracy, 0.5);
        ws.undoStack()->redo();
        QCOMPARE(ws.labelOf(0), 3);

        // A batch is one undo step.
        QVERIFY(ws.relabelMany({{2, 6}, {3, 6}}, arm::EditSource::Suggestion));
        QCOMPARE(ws.labelOf(2), 6);
        ws.undoStack()->undo();
        QCOMPARE(ws.labelOf(2), 2);
        QCOMPARE(ws.labelOf(3), 3);
    }
    void labelsComeBackFromTheStoreOnReopen()
    {
        QTemporaryDir dir;
        auto index = std::make_shared<arm::DatasetIndex>(fixtures::makeRafDb(dir.filePath(QStringLiteral("raf")), 7));
        const QString path = dir.filePath(QStringLiteral("p.armproj"));
        {
            arm::Workspace ws;
            ws.setDataset(index);
            ws.setProject(arm::ProjectStore::create(path, *index));
            QVERIFY(ws.relabel(4, 1));
        }
        arm::Workspace ws;
        ws.setDataset(index);
        ws.setProject(arm::ProjectStore::open(path));
        QCOMPARE(ws.labelOf(4), 1);
        QCOMPARE(ws.originalLabelOf(4), 4);
    }
    void selectionSignals()
    {
        arm::Workspace ws;
        QSignalSpy current(&ws, &arm::Workspace::currentSampleChanged);
        ws.setCurrentSample(5);
        ws.setCurrentSample(5);
        QCOMPARE(current.count(), 1);
    }
};

QTEST_MAIN(TstWorkspace)
#include "tst_workspace.moc"
