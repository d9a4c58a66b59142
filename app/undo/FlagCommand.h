#pragma once

#include "app/store/ProjectStore.h"

#include <QPointer>
#include <QUndoCommand>

namespace arm {

// Setting or clearing a flag as an undoable step, like RelabelCommand: an annotator's F is a decision
// too, and Ctrl+Z must take it back. The store writes at once (committed before redo() returns); a
// failed write makes the command obsolete and emits ProjectStore::writeFailed.
class FlagCommand : public QUndoCommand {
public:
    FlagCommand(ProjectStore* store, const QString& sample, const QString& kind, bool on,
                QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void set(bool on);

    QPointer<ProjectStore> m_store;
    QString m_sample;
    QString m_kind;
    bool m_on;
};

} // namespace arm
