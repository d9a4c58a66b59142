#pragma once

#include <QLabel>
#include <QPointer>

namespace arm {

class AnalysisProvider;
class Workspace;

// One line over an analysis view naming what it shows: the file, its label in force (and the dataset's
// label when edited), its split and the model's prediction. It names the sample the analysis was
// computed from, not whatever became current since, so a map is never read as another file's.
class SampleHeading : public QLabel {
    Q_OBJECT
public:
    SampleHeading(Workspace* workspace, AnalysisProvider* provider, QWidget* parent = nullptr);

    // The heading for a sample (empty when out of range); what the label shows after an analysis.
    static QString textFor(const Workspace& workspace, int sampleIndex);

private:
    void refresh();

    Workspace* m_ws;
    QPointer<AnalysisProvider> m_provider;
};

} // namespace arm
