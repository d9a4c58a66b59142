#include "app/undo/FlagCommand.h"

#include <QObject>

namespace arm {

FlagCommand::FlagCommand(ProjectStore* store, const QString& sample, const QString& kind, bool on,
                         QUndoCommand* parent)
    : QUndoCommand(parent), m_store(store), m_sample(sample), m_kind(kind), m_on(on)
{
    setText(on ? QObject::tr("Flag %1").arg(sample) : QObject::tr("Unflag %1").arg(sample));
}

void FlagCommand::redo()
{
    set(m_on);
}

void FlagCommand::undo()
{
    set(!m_on);
}

void FlagCommand::set(bool on)
{
    if (!m_store) {
        setObsolete(true);
        return;
    }
    try {
        m_store->setFlag(m_sample, m_kind, on);
    } catch (const std::exception& e) {
        setObsolete(true);
        Q_EMIT m_store->writeFailed(QString::fromStdString(e.what()));
    }
}

} // namespace arm
