#pragma once

#include "app/store/ProjectStore.h"

#include <QPointer>
#include <QUndoCommand>

#include <vector>

namespace arm {

// Several label changes (batch-accepting suggestions) as ONE undoable step. redo() applies all edits in
// one store transaction (all or nothing); undo() reverts them in one transaction. Failure handling as
// RelabelCommand: the command becomes obsolete and ProjectStore::writeFailed is emitted.
class BatchRelabelCommand : public QUndoCommand {
public:
    BatchRelabelCommand(ProjectStore* store, std::vector<EditRequest> edits,
                        EditSource source = EditSource::Suggestion, const QString& note = {},
                        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const std::vector<qint64>& editIds() const { return m_editIds; }
    const std::vector<EditRequest>& edits() const { return m_edits; }

private:
    QPointer<ProjectStore> m_store;
    std::vector<EditRequest> m_edits;
    EditSource m_source;
    QString m_note;
    std::vector<qint64> m_editIds;
};

} // namespace arm
