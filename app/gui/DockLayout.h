#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace arm {

// The dockable views of the main window: created in their first-start places, found by name, shown
// and raised, and put back by View > Reset Layout. Every dock scrolls its panel, keeps a minimum width
// and shows full tab titles, so a small window or a restored narrow layout scrolls instead of clipping.
class DockLayout : public QObject {
    Q_OBJECT
public:
    explicit DockLayout(QMainWindow* window);

    // A dock for `panel` in the right-hand area; objectName is the saveState key ("confusionDock").
    QDockWidget* add(QWidget* panel, const QString& objectName, const QString& title, int minimumWidth);
    // The first-start arrangement: the docks added so far as one tab group, the first raised, the group
    // given `share` of the window's width. Remembered for reset().
    void arrange(double share);
    // Restores a saved state (ignored when empty or not ours) and applies the minimum widths again.
    void restore(const QByteArray& state);
    void reset();

    const QList<QDockWidget*>& docks() const { return m_docks; }
    // By object name ("confusionDock") or short view name ("confusion").
    QDockWidget* dock(const QString& name) const;
    QStringList viewNames() const; // short names, "gallery" first
    bool raise(const QString& name) const;

private:
    void fitTabBars() const;
    void resizeColumn() const;

    QMainWindow* m_window;
    QList<QDockWidget*> m_docks;
    QByteArray m_defaultState;
    double m_share = 0.5;
};

} // namespace arm
