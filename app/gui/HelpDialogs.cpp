#include "app/gui/HelpDialogs.h"

#include "engine/runtime/Runtime.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

namespace arm {


void HelpDialogs::showShortcuts(QWidget* parent, bool interactive)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<table cellpadding='3'>"
                   "<tr><td><b>1</b> … <b>7</b></td><td>relabel the sample shown in the Relabel view</td></tr>"
                   "<tr><td><b>J</b> / <b>K</b></td><td>next / previous sample</td></tr>"
                   "<tr><td><b>F</b></td><td>flag or unflag the sample</td></tr>"
                   "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"
                   "<tr><td><b>Esc</b></td><td>show all samples (clear the filter)</td></tr>"
                   "<tr><td><b>Ctrl+O</b> / <b>Ctrl+Shift+O</b></td><td>open a dataset / a model</td></tr>"
                   "<tr><td><b>Ctrl++</b> / <b>Ctrl+-</b></td><td>larger / smaller thumbnails</td></tr>"
                   "</table>"));
    if (interactive)
        box.exec();
}

void HelpDialogs::showAbout(QWidget* parent)
{
    QMessageBox::about(
        parent, tr("About ARM Inspector"),
        tr("<h3>ARM Inspector %1</h3><p>Inspect, relabel and fine-tune facial-expression models built on the "
           "Amend Representation Module (Shi &amp; Zhu, arXiv 2103.10189).</p>"
           "<p>LibTorch %2 · Qt %3 · %n CPU thread(s)</p>",
                                    nullptr, Runtime::threads())
            .arg(QApplication::applicationVersion(), QString::fromStdString(Runtime::torchVersion()),
                 QString::fromLatin1(qVersion())));
}

} // namespace arm
