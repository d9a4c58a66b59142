#include "app/undo/RelabelCommand.h"

#include <QObject>

namespace arm {

RelabelCommand::RelabelCommand(ProjectStore* store, const QString& sample, int newLabel, EditSource source,
                               const QString& note, QUndoCommand* parent)
    : QUndoCommand(parent), m_store(store), m_sample(sample), m_newLabel(newLabel), m_source(source), m_note(note)
{
    const QStringList names = store ? store->classNames() : QStringList();
    const QString label = newLabel >= 0 && newLabel < names.size() ? names[newLabel] : QString::number(newLabel);
    setText(QObject::tr("Relabel %1 as %2").arg(sample, label));
}

void RelabelCommand::redo()
{
    if (!m_store) {
        setObsolete(true);
        return;
    }
    try {
        m_editId = m_store->applyEdit(m_sample, m_newLabel, m_source, m_note);
    } catch (const std::exception& e) {
        m_editId = 0;
        setObsolete(true);
        Q_EMIT m_store->writeFailed(QString::fromStdString(e.what()));
    }
}

void RelabelCommand::undo()
{
    if (!m_store || m_editId == 0) {
        setObsolete(true);
        return;
    }
    try {
        m_store->revertEdit(m_editId);
    } catch (const std::exception& e) {
        setObsolete(true);
        Q_EMIT m_store->writeFailed(QString::fromStdString(e.what()));
    }
}

} // namespace arm
