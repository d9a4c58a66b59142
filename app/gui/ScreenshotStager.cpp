#include "app/gui/ScreenshotStager.h"

#include "app/gui/FacesPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Workspace.h"
#include "app/gui/panels/AffinityPanel.h"
#include "app/gui/panels/ArmInternalsPanel.h"
#include "app/gui/panels/ImageInspectorPanel.h"
#include "engine/data/DatasetIndex.h"
#include "engine/eval/EvaluationMetrics.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace arm {

template <typename Ready> bool ScreenshotStager::waitUntil(Ready ready, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready() && timer.elapsed() < timeoutMs) {
        QEventLoop loop; // wakes every 25 ms to re-check, sleeping in between
        QTimer::singleShot(25, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return ready();
}

int ScreenshotStager::pickInspectorSample() const
{
    const Workspace* ws = m_window.workspace();
    if (!ws->hasDataset() || ws->itemCount() == 0)
        return -1;
    if (ws->sampleCount() == 0)
        return 0; // only faces still to label (sample 0 is the first of them)
    const DatasetIndex& data = ws->dataset();
    const int classes = data.numClasses();
    for (int c = 0; c < classes; ++c) {
        const EvalRecord* best = nullptr;
        for (const EvalRecord& r : ws->records()) {
            const auto i = static_cast<std::size_t>(r.sampleIndex);
            if (i >= data.samples.size() || data.samples[i].split != Split::Test || r.label != c ||
                r.predicted != c)
                continue;
            if (!best || r.confidence > best->confidence)
                best = &r;
        }
        if (best)
            return best->sampleIndex;
    }
    const std::vector<int> test = data.indicesOf(Split::Test);
    return test.empty() ? 0 : test.front();
}

bool ScreenshotStager::stage(const QString& view, int timeoutMs)
{
    Workspace* ws = m_window.workspace();
    if (view == QLatin1String("inspector") || view == QLatin1String("internals")) {
        if (!ws->model() || !ws->hasDataset()) {
            m_error = QStringLiteral("the %1 view needs a dataset and a model").arg(view);
            return false;
        }
        if (ws->currentSample() < 0)
            ws->setCurrentSample(pickInspectorSample());
        const bool ok =
            view == QLatin1String("inspector")
                ? waitUntil([this] { return m_window.inspectorPanel()->hasAnalysis(); }, timeoutMs)
                : waitUntil([this] { return m_window.internalsPanel()->hasAnalysis(); }, timeoutMs);
        if (!ok)
            m_error = QStringLiteral("the analysis of sample %1 did not finish in %2 ms")
                          .arg(ws->currentSample())
                          .arg(timeoutMs);
        return ok;
    }
    if (view == QLatin1String("faces")) {
        FacesPanel* panel = m_window.facesPanel();
        if (panel->paths().isEmpty()) {
            m_error = QStringLiteral("the faces view needs a photo or video on the command line");
            return false;
        }
        if (!waitUntil([panel] { return !panel->isBusy(); }, timeoutMs) || !panel->hasResult()) {
            m_error = QStringLiteral("finding the faces did not finish: %1").arg(panel->messageText());
            return false;
        }
        // A video is shown at its middle sampled frame; the first face there goes to the inspector, so
        // the screenshot shows the photo, the timeline and the analysis of the crop together.
        const int frames = int(panel->outcome().frames.size());
        if (frames > 1)
            panel->showFrame(frames / 2);
        if (!ws->model() || !panel->inspectFace(0))
            return true;
        const bool ok = waitUntil([this] { return m_window.inspectorPanel()->hasAnalysis(); }, timeoutMs);
        if (!ok)
            m_error = QStringLiteral("the analysis of the face did not finish in %1 ms").arg(timeoutMs);
        return ok;
    }
    if (view == QLatin1String("affinity")) {
        if (!ws->model() || !ws->hasDataset()) {
            m_error = QStringLiteral("the affinity view needs a dataset and a model");
            return false;
        }
        AffinityPanel* panel = m_window.affinityPanel();
        if (!panel->hasAffinity()) {
            panel->useStratifiedSample();
            panel->compute();
        }
        const bool ok =
            waitUntil([panel] { return panel->hasAffinity() && !panel->isComputing(); }, timeoutMs);
        if (!ok)
            m_error = QStringLiteral("the batch affinity did not finish in %1 ms").arg(timeoutMs);
        return ok;
    }
    return true;
}

} // namespace arm
