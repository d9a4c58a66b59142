#include "app/gui/panels/AnalysisProvider.h"

#include "app/gui/Workspace.h"
#include "app/gui/jobs/EngineRunners.h"
#include "engine/model/ModelHandle.h"

namespace arm {

AnalysisProvider* AnalysisProvider::of(Workspace* workspace)
{
    if (auto* existing = workspace->findChild<AnalysisProvider*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new AnalysisProvider(workspace);
}

AnalysisProvider::AnalysisProvider(Workspace* workspace)
    : QObject(workspace), m_ws(workspace), m_runner(EngineRunners::inspect())
{
    connect(m_ws, &Workspace::currentSampleChanged, this, [this]() {
        m_outside = false; // choosing a sample leaves the outside image
        refresh();
    });
    connect(m_ws, &Workspace::modelChanged, this, &AnalysisProvider::refresh);
    connect(m_ws, &Workspace::datasetChanged, this, [this]() {
        m_outside = false;
        clear();
        refresh();
    });
}

AnalysisProvider::~AnalysisProvider()
{
    delete m_job; // waits for its worker
}

void AnalysisProvider::setRunner(InspectRunner runner)
{
    m_runner = std::move(runner);
    delete m_job; // the job holds the old runner
    m_job = nullptr;
    refresh();
}

void AnalysisProvider::setGradCamClass(int classIndex)
{
    if (classIndex == m_gradCamClass)
        return;
    m_gradCamClass = classIndex;
    m_sample = -1; // the cached analysis is for another class
    refresh();
}

void AnalysisProvider::setClientVisible(QObject* client, bool visible)
{
    const bool had = !m_visibleClients.isEmpty();
    if (visible)
        m_visibleClients.insert(client);
    else
        m_visibleClients.remove(client);
    if (!had && visible)
        refresh();
}

void AnalysisProvider::inspectImage(const cv::Mat& image, const QString& title)
{
    m_outside = true;
    m_outsideImage = image;
    m_outsideTitle = title;
    ++m_outsideRequest;
    refresh();
}

int AnalysisProvider::wanted() const
{
    return m_outside ? kOutsideImage : m_ws->currentSample();
}

bool AnalysisProvider::isComputing() const
{
    return m_job && m_job->isRunning();
}

void AnalysisProvider::setAnalysis(int sampleIndex, const ImageAnalysis& analysis, const QImage& face)
{
    m_sample = sampleIndex;
    m_generation = m_ws->inputGeneration();
    m_analysis = analysis;
    m_face = face;
    m_error.clear();
    Q_EMIT analysisReady(sampleIndex);
}

void AnalysisProvider::clear()
{
    m_sample = -1;
    m_analysis = {};
    m_face = {};
    Q_EMIT cleared();
}

void AnalysisProvider::refresh()
{
    const int current = wanted();
    const bool haveInput = m_outside ? !m_outsideImage.empty() : (m_ws->hasDataset() && current >= 0);
    if (!haveInput || !m_ws->model() || !m_runner) {
        if (m_job && m_job->isRunning())
            m_job->cancel();
        if (m_sample != -1)
            clear();
        return;
    }
    if (m_visibleClients.isEmpty())
        return;
    if (m_sample == current && m_generation == m_ws->inputGeneration() && !(m_job && m_job->isRunning())
        && (!m_outside || m_shownRequest == m_outsideRequest))
        return; // already showing this image from this model
    if (m_job && m_job->isRunning()) {
        const InspectParams& running = m_job->params();
        if (!m_pending && !isStale(running)
            && running.options.gradCamClass == m_gradCamClass)
            return; // already being computed
        // Only the newest request matters: drop the running one's result, start again when it returns.
        m_job->cancel();
        m_pending = true;
        return;
    }
    startNext();
}

void AnalysisProvider::startNext()
{
    m_pending = false;
    const int current = wanted();
    const bool haveInput = m_outside ? !m_outsideImage.empty()
                                     : (m_ws->hasDataset() && m_ws->sampleAt(current) != nullptr);
    if (!haveInput || !m_ws->model() || !m_runner)
        return;
    if (!m_job) {
        m_job = new InspectJob(m_runner, this);
        connect(m_job, &Job::succeeded, this, &AnalysisProvider::onJobSucceeded);
        connect(m_job, &Job::failed, this, [this](const QString& message) {
            if (m_pending || isStale(m_job->params()))
                return; // about an image nobody looks at any more
            m_error = message;
            Q_EMIT analysisFailed(m_job->params().sampleIndex, message);
        });
        connect(m_job, &Job::finished, this, &AnalysisProvider::onJobFinished);
    }
    InspectParams params;
    params.model = m_ws->model();
    if (m_outside) {
        params.image = m_outsideImage;
        params.request = m_outsideRequest;
    } else {
        params.sample = *m_ws->sampleAt(current); // labelled, or a face still to label
    }
    params.sampleIndex = current;
    params.generation = m_ws->inputGeneration();
    params.inputSize = params.model->config().inputSize;
    params.options.gradCamClass = m_gradCamClass;
    Q_EMIT computing(current);
    m_job->start(std::move(params));
}

bool AnalysisProvider::isStale(const InspectParams& params) const
{
    // The generation, not the model's address: a freed model's address can be reused by the next one.
    return params.sampleIndex != wanted() || params.generation != m_ws->inputGeneration()
           || (m_outside && params.request != m_outsideRequest);
}

void AnalysisProvider::onJobSucceeded()
{
    const InspectJob* job = m_job;
    if (m_pending || isStale(job->params()))
        return;
    m_sample = job->result().sampleIndex;
    m_generation = job->params().generation;
    m_shownRequest = job->params().request;
    m_analysis = job->result().analysis;
    m_face = job->result().face;
    m_error.clear();
    Q_EMIT analysisReady(m_sample);
}

void AnalysisProvider::onJobFinished()
{
    if (m_pending || isStale(m_job->params()))
        startNext();
}

} // namespace arm
