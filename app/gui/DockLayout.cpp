#include "app/gui/DockLayout.h"

#include <QDockWidget>
#include <QFrame>
#include <QMainWindow>
#include <QScrollArea>
#include <QTabBar>
#include <QTimer>

#include <algorithm>

namespace arm {

DockLayout::DockLayout(QMainWindow* window) : QObject(window), m_window(window)
{
}

QDockWidget* DockLayout::add(QWidget* panel, const QString& objectName, const QString& title, int minimumWidth)
{
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName); // saveState/restoreState key
    // Scrollable, so a panel's minimum size never forces the window beyond the screen (1024x700): the
    // dock keeps a readable width and the panel scrolls inside it.
    auto* scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    dock->setMinimumWidth(minimumWidth);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    m_docks.append(dock);
    return dock;
}

void DockLayout::arrange(double share)
{
    m_share = share;
    // One tab group: the panels' minimum heights stacked would not fit a 1280x800 window.
    for (int i = 1; i < m_docks.size(); ++i)
        m_window->tabifyDockWidget(m_docks[i - 1], m_docks[i]);
    if (!m_docks.isEmpty())
        m_docks.first()->raise();
    fitTabBars();
    resizeColumn();
    m_defaultState = m_window->saveState();
}

void DockLayout::restore(const QByteArray& state)
{
    if (!state.isEmpty())
        m_window->restoreState(state);
    fitTabBars();
}

void DockLayout::reset()
{
    m_window->restoreState(m_defaultState);
    for (QDockWidget* d : m_docks)
        d->show();
    if (!m_docks.isEmpty())
        m_docks.first()->raise();
    fitTabBars();
    resizeColumn();
}

void DockLayout::resizeColumn() const
{
    if (m_docks.isEmpty())
        return;
    // The share of the window's current width; the dock's minimum wins on a small window. Queued as
    // well, because before the first show the window's width is not final yet.
    auto apply = [this] {
        const int width = std::max(m_docks.first()->minimumWidth(), int(m_window->width() * m_share));
        m_window->resizeDocks({m_docks.first()}, {width}, Qt::Horizontal);
    };
    apply();
    QTimer::singleShot(0, this, apply);
}

void DockLayout::fitTabBars() const
{
    // QMainWindow creates its dock tab bars lazily and elides their titles ("Confus… R… Imag…"):
    // full titles with scroll buttons instead, on every tab bar that exists now or after the next
    // layout pass.
    auto fit = [this] {
        for (QTabBar* bar : m_window->findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
            bar->setExpanding(false);
        }
    };
    fit();
    QTimer::singleShot(0, this, fit);
}

QDockWidget* DockLayout::dock(const QString& name) const
{
    for (QDockWidget* d : m_docks)
        if (d->objectName() == name || d->objectName() == name + QStringLiteral("Dock"))
            return d;
    return nullptr;
}

QStringList DockLayout::viewNames() const
{
    QStringList names{QStringLiteral("gallery")};
    for (QDockWidget* d : m_docks) {
        QString n = d->objectName();
        n.chop(4); // "Dock"
        names << n;
    }
    return names;
}

bool DockLayout::raise(const QString& name) const
{
    QDockWidget* d = dock(name);
    if (!d)
        return false;
    d->show();
    d->raise();
    return true;
}

} // namespace arm
