#pragma once

#include <QString>

namespace arm {

class MainWindow;

// Puts a view into a state worth a screenshot before `--screenshot` grabs the window: the inspector and
// ARM internals get a current sample (a confidently, correctly classified test face of the first class
// that has one, so the maps show what the model relies on) and wait for its analysis; the affinity view
// computes a stratified batch from the dataset and waits for the matrix; the faces view waits for the
// faces of the photo or video given on the command line and inspects the first one (of the middle
// frame of a video). Other views need nothing.
// Waits by processing events (no busy loop) up to `timeoutMs`. Messages are untranslated command-line
// diagnostics (stderr of --screenshot).
class ScreenshotStager {
public:
    explicit ScreenshotStager(MainWindow& window)
        : m_window(window)
    {
    }
    // Returns false (and sets error()) when the view could not be populated in time.
    bool stage(const QString& view, int timeoutMs);
    QString error() const { return m_error; }
    // The sample the inspector views are staged on (-1 without a dataset); exposed for the tests.
    int pickInspectorSample() const;

private:
    template <typename Ready> bool waitUntil(Ready ready, int timeoutMs);

    MainWindow& m_window;
    QString m_error;
};

} // namespace arm
