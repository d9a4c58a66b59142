#include "app/gui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace arm {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("ARM Inspector"));
    auto* placeholder = new QLabel(tr("Open a dataset and a model to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

} // namespace arm
