#include "app/undo/BatchRelabelCommand.h"

#include <QObject>

namespace arm {

BatchRelabelCommand::BatchRelabelCommand(ProjectStore* store, std::vector<EditRequest> edits, EditSource source,
                                         const QString& note, QUndoCommand* parent)
    : QUndoCommand(parent), m_store(store), m_edits(std::move(edits)), m_source(source), m_note(note)
{
    setText(QObject::tr("Relabel %n sample(s)", nullptr, static_cast<int>(m_edits.size())));
}

void BatchRelabelCommand::redo()
{
    if (!m_store || m_edits.empty()) {
        setObsolete(true);
        return;
    }
    try {
        m_editIds = m_store->applyEdits(m_edits, m_source, m_note);
    } catch (const std::exception& e) {
        m_editIds.clear();
        setObsolete(true);
        Q_EMIT m_store->writeFailed(QString::fromStdString(e.what()));
    }
}

void BatchRelabelCommand::undo()
{
    if (!m_store || m_editIds.empty()) {
        setObsolete(true);
        return;
    }
    try {
        m_store->revertEdits(m_editIds);
    } catch (const std::exception& e) {
        setObsolete(true);
        Q_EMIT m_store->writeFailed(QString::fromStdString(e.what()));
    }
}

} // namespace arm
