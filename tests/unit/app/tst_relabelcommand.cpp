#include "app/store/ProjectStore.h"
#include "app/undo/BatchRelabelCommand.h"
#include "app/undo/RelabelCommand.h"
#include "tests/unit/StoreFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using arm::EditSource;
using arm::ProjectStore;

class TstRelabelCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_counter;
        m_index = fixtures::makeRafDb(m_dir.filePath(QStringLiteral("data%1").arg(m_counter)), 14);
        m_project = m_dir.filePath(QStringLiteral("p%1.armproj").arg(m_counter));
    }

    void undoRedoMapOntoStore()
    {
        const QString a = QStringLiteral("train_00001"); // original label 0
        {
            auto store = ProjectStore::create(m_project, m_index);
            QUndoStack stack;
            stack.push(new arm::RelabelCommand(store.get(), a, 3, EditSource::Human, QStringLiteral("smiling")));
            stack.push(new arm::RelabelCommand(store.get(), a, 4));
            QCOMPARE(stack.count(), 2); // not merged
            QCOMPARE(store->currentLabel(a), 4);
            QVERIFY(stack.text(0).contains(QStringLiteral("Happiness")));

            stack.undo();
            QCOMPARE(store->currentLabel(a), 3);
            stack.undo();
            QCOMPARE(store->currentLabel(a), 0);
            auto history = store->history();
            QCOMPARE(history.size(), std::size_t(2));
            QVERIFY(history[0].undone && history[1].undone);

            stack.redo(); // recorded as a fresh edit: the log shows edit, undo, edit
            QCOMPARE(store->currentLabel(a), 3);
            history = store->history();
            QCOMPARE(history.size(), std::size_t(3));
            QCOMPARE(history[2].newLabel, 3);
            QCOMPARE(history[2].note, QStringLiteral("smiling"));
            QVERIFY(!history[2].undone);
            QCOMPARE(static_cast<const arm::RelabelCommand*>(stack.command(0))->editId(), history[2].id);
        }
        // The state after undo/redo is in the file, not just in memory.
        auto reopened = ProjectStore::open(m_project);
        QCOMPARE(reopened->currentLabel(a), 3);
        QCOMPARE(reopened->history(false).size(), std::size_t(1));
    }

    void batchIsOneStep()
    {
        auto store = ProjectStore::create(m_project, m_index);
        QUndoStack stack;
        std::vector<arm::EditRequest> edits{{QStringLiteral("train_00002"), 6},
                                            {QStringLiteral("train_00003"), 6},
                                            {QStringLiteral("test_00004"), 0}};
        stack.push(new arm::BatchRelabelCommand(store.get(), edits, EditSource::Suggestion));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00003")), 6);
        QCOMPARE(store->currentLabel(QStringLiteral("test_00004")), 0);
        const auto history = store->history();
        QCOMPARE(history.size(), std::size_t(3));
        QVERIFY(history[1].source == EditSource::Suggestion);
        stack.undo();
        QCOMPARE(store->currentLabel(QStringLiteral("train_00002")), 1);
        QCOMPARE(store->currentLabel(QStringLiteral("train_00003")), 2);
        QCOMPARE(store->currentLabel(QStringLiteral("test_00004")), 3);
        QCOMPARE(store->history(false).size(), std::size_t(0));
        stack.redo();
        QCOMPARE(store->currentLabel(QStringLiteral("train_00002")), 6);
        QCOMPARE(store->history(false).size(), std::size_t(3));
    }

    void failedWriteIsDroppedAndReported()
    {
        auto writer = ProjectStore::create(m_project, m_index);
        auto reader = ProjectStore::open(m_project);
        QVERIFY(reader->isReadOnly());
        QSignalSpy failed(reader.get(), &ProjectStore::writeFailed);
        QUndoStack stack;
        stack.push(new arm::RelabelCommand(reader.get(), QStringLiteral("train_00001"), 2));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("read-only")));
        stack.push(new arm::BatchRelabelCommand(reader.get(), {{QStringLiteral("train_00001"), 2}}));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(failed.count(), 2);
        QVERIFY(writer->history().empty());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_project;
    arm::DatasetIndex m_index;
};

QTEST_GUILESS_MAIN(TstRelabelCommand)
#include "tst_relabelcommand.moc"
