#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace arm {

class Workspace;

// The main window's permanent status fields: progress of the running job, the dataset (name and split
// counts), the model (file, evaluated samples, format in the tooltip) and device/threads.
class MainStatusBar : public QObject {
    Q_OBJECT
public:
    MainStatusBar(QStatusBar* bar, Workspace* workspace);

    // total < 0 hides the bar; total 0 is a busy indicator until the total is known.
    void showProgress(int done, int total, const QString& text = QString());
    void hideProgress();
    void update(const QString& datasetPath);

private:
    QStatusBar* m_bar;
    Workspace* m_ws;
    QProgressBar* m_progress;
    QLabel* m_datasetLabel;
    QLabel* m_modelLabel;
    QLabel* m_deviceLabel;
};

} // namespace arm
