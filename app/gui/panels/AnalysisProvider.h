#pragma once

#include "app/gui/jobs/InspectJob.h"
#include "engine/analysis/ImageAnalysis.h"

#include <QImage>
#include <QObject>
#include <QSet>

namespace arm {

class ModelHandle;
class Workspace;

// The per-image analysis of the workspace's current sample, shared by the image inspector and the ARM
// internals panels so that one image is analysed once. Lives as a child of the Workspace (of()).
// Computes only while some client panel is visible. When the current sample changes while a job runs,
// that job is cancelled (its result dropped) and the newest sample is analysed when it returns, so
// scrolling through the gallery never queues up work. An image from outside the dataset (a face found
// in a photo or video, aligned) is analysed the same way through inspectImage(), so the views run
// every analysis on exactly the crop the model classified.
class AnalysisProvider : public QObject {
    Q_OBJECT
public:
    // sampleIndex() of an analysis of an outside image (inspectImage).
    static constexpr int kOutsideImage = -2;

    // The provider of this workspace, created on first use.
    static AnalysisProvider* of(Workspace* workspace);
    explicit AnalysisProvider(Workspace* workspace);
    ~AnalysisProvider() override;

    void setRunner(InspectRunner runner); // default: EngineRunners::inspect()
    bool isAvailable() const { return static_cast<bool>(m_runner); }

    // -1 = the predicted class. Recomputes the current sample.
    void setGradCamClass(int classIndex);
    int gradCamClass() const { return m_gradCamClass; }

    // Panels register while visible; nothing is computed without a visible client.
    void setClientVisible(QObject* client, bool visible);

    // Analyses `image` (BGR) instead of the current sample, named `title` in the views' headings, until
    // another sample becomes current or another dataset opens. Needs a model, not a dataset.
    void inspectImage(const cv::Mat& image, const QString& title);
    bool isOutside() const { return m_outside; }
    QString outsideTitle() const { return m_outsideTitle; }

    bool isComputing() const;
    bool hasAnalysis() const { return m_sample != -1; }
    int sampleIndex() const { return m_sample; }
    const ImageAnalysis& analysis() const { return m_analysis; }
    QImage face() const { return m_face; }
    QString lastError() const { return m_error; }

    // Injects a finished analysis (screenshots, tests) as if it had been computed for `sampleIndex`.
    void setAnalysis(int sampleIndex, const ImageAnalysis& analysis, const QImage& face);

public Q_SLOTS:
    void refresh(); // (re)analyse the current sample

Q_SIGNALS:
    void computing(int sampleIndex);
    void analysisReady(int sampleIndex);
    void analysisFailed(int sampleIndex, const QString& message);
    void cleared();

private:
    void clear();
    void startNext();
    void onJobSucceeded();
    void onJobFinished();
    bool isStale(const InspectParams& params) const;
    int wanted() const; // the sample to show: the current one, or kOutsideImage

    Workspace* m_ws;
    InspectRunner m_runner;
    InspectJob* m_job = nullptr;
    bool m_pending = false;
    int m_gradCamClass = -1;
    QSet<QObject*> m_visibleClients;
    int m_sample = -1;
    quint64 m_generation = 0; // Workspace::inputGeneration() that m_analysis was computed for
    ImageAnalysis m_analysis;
    QImage m_face;
    QString m_error;
    bool m_outside = false;
    cv::Mat m_outsideImage;
    QString m_outsideTitle;
    quint64 m_outsideRequest = 0; // numbers inspectImage() calls: a result is for the newest only
    quint64 m_shownRequest = 0;   // the request m_analysis answers
};

} // namespace arm
