#pragma once

#include "app/store/ProjectStore.h"

#include <QPointer>
#include <QUndoCommand>

namespace arm {

// One label change as an undoable step. redo() records an edit in the store (committed before it
// returns); undo() marks that edit undone in the store, so the history shows both and the state after
// undo persists. A redo after an undo records a fresh edit. Not mergeable: every human decision is its
// own history entry. QUndoStack cannot report errors, so a failed store write (read-only project, disk
// full) makes the command obsolete (QUndoStack drops it) and emits ProjectStore::writeFailed.
class RelabelCommand : public QUndoCommand {
public:
    RelabelCommand(ProjectStore* store, const QString& sample, int newLabel,
                   EditSource source = EditSource::Human, const QString& note = {},
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // The store's id of the edit the latest redo() recorded (0 before the first redo or after a failure).
    qint64 editId() const { return m_editId; }
    QString sample() const { return m_sample; }
    int newLabel() const { return m_newLabel; }

private:
    QPointer<ProjectStore> m_store;
    QString m_sample;
    int m_newLabel;
    EditSource m_source;
    QString m_note;
    qint64 m_editId = 0;
};

} // namespace arm
