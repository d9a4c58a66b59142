#include "app/gui/FacesPanel.h"

#include "app/gui/ClassNames.h"
#include "app/gui/Workspace.h"
#include "app/gui/jobs/EngineRunners.h"
#include "app/gui/panels/AnalysisProvider.h"
#include "engine/faces/FaceScanner.h"
#include "engine/faces/VideoReader.h"
#include "engine/model/ModelHandle.h"
#include "widgets/FaceOverlayView.h"
#include "widgets/TimelinePlot.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace arm {

bool FacesPanel::isSourceFile(const QString& path)
{
    const std::string p = path.toStdString();
    return QFileInfo(path).isFile() && (FaceScanner::isPhotoPath(p) || VideoReader::isVideoPath(p));
}

FacesPanel::FacesPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_classifier(EngineRunners::faceClassifier())
{
    // Faces from 60 px: the HOG window is 80 px, so this costs (80/60)^2 = 1.8x the pixels and finds the
    // faces of group photos that 80 would miss. Videos at 5 frames/s: expressions change over a few
    // hundred milliseconds, and the slider stays usable on a long video.
    m_options.detector.minFaceSize = 60;
    m_options.sampling.fps = 5.0;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("facesHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("facesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_view = new FaceOverlayView(this);
    m_view->setToolTip(tr("Click a face to inspect its aligned crop"));
    layout->addWidget(m_view, 3);
    connect(m_view, &FaceOverlayView::faceClicked, this, [this](int face) { inspectFace(face); });

    m_frameRow = new QWidget(this);
    auto* row = new QHBoxLayout(m_frameRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto* frameName = new QLabel(tr("&Frame:"), m_frameRow);
    m_slider = new QSlider(Qt::Horizontal, m_frameRow);
    m_slider->setAccessibleName(tr("Frame"));
    m_slider->setPageStep(5);
    frameName->setBuddy(m_slider);
    m_frameLabel = new QLabel(m_frameRow);
    m_frameLabel->setObjectName(QStringLiteral("facesFrameLabel"));
    row->addWidget(frameName);
    row->addWidget(m_slider, 1);
    row->addWidget(m_frameLabel);
    layout->addWidget(m_frameRow);
    connect(m_slider, &QSlider::valueChanged, this, &FacesPanel::showFrame);

    m_timelineTitle = new QLabel(this);
    layout->addWidget(m_timelineTitle);
    m_timeline = new TimelinePlot(this);
    m_timeline->setMinimumHeight(200);
    layout->addWidget(m_timeline, 2);
    connect(m_timeline, &TimelinePlot::timeClicked, this, &FacesPanel::onTimeClicked);

    m_frameRow->setVisible(false);
    m_timelineTitle->setVisible(false);
    m_timeline->setVisible(false);
    setMessage(tr("Open photos or a video (File > Open Photos or Video…) to see the faces in them and the "
                  "expression the open model predicts for each."));

    // The shown expressions are the old model's: find them again with the new one.
    connect(m_ws, &Workspace::modelChanged, this, [this] {
        if (!m_paths.isEmpty())
            open(m_paths);
    });
}

FacesPanel::~FacesPanel()
{
    delete m_job; // waits for its worker
}

void FacesPanel::setClassifier(FaceClassifierFactory classifier)
{
    m_classifier = std::move(classifier);
    delete m_job; // the job holds the old classifier
    m_job = nullptr;
}

void FacesPanel::setScanOptions(const FaceScanOptions& options)
{
    m_options = options;
}

bool FacesPanel::isBusy() const
{
    return (m_job && m_job->isRunning()) || m_pending;
}

QString FacesPanel::messageText() const
{
    return m_message->text();
}

void FacesPanel::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FacesPanel::open(const QStringList& paths)
{
    m_paths = paths;
    ++m_request;
    QStringList names;
    for (const QString& p : paths)
        names << QFileInfo(p).fileName();
    m_heading->setText(names.join(QStringLiteral(", ")));
    setMessage(tr("Finding faces…"));
    if (m_job && m_job->isRunning()) {
        // Only the newest request matters: drop the running one, start again when it returns.
        m_job->cancel();
        m_pending = true;
        return;
    }
    startJob();
}

void FacesPanel::startJob()
{
    m_pending = false;
    if (!m_job) {
        m_job = new FacesJob(m_classifier, this);
        connect(m_job, &Job::progress, this, &FacesPanel::progress);
        connect(m_job, &Job::succeeded, this, &FacesPanel::onSucceeded);
        connect(m_job, &Job::failed, this, &FacesPanel::onFailed);
        connect(m_job, &Job::finished, this, &FacesPanel::onFinished);
        connect(m_job, &Job::cancelled, this, [this] {
            if (!m_pending && m_job->params().request == m_request)
                setMessage(tr("Cancelled."));
        });
    }
    FacesParams params;
    params.paths = m_paths;
    params.model = m_ws->model();
    params.options = m_options;
    params.generation = m_ws->inputGeneration();
    params.request = m_request;
    m_job->start(std::move(params));
}

void FacesPanel::onSucceeded()
{
    const FacesParams& p = m_job->params();
    if (m_pending || p.request != m_request || p.generation != m_ws->inputGeneration())
        return; // for files or a model the user has left
    m_outcome = m_job->result();
    m_has = true;
    m_displayNames.clear();
    for (const QString& name : m_outcome.classNames)
        m_displayNames << ClassNames::display(name.toStdString());
    m_track = -1;
    QStringList notes;
    if (m_outcome.faces == 0)
        notes << tr("No face found. Faces must be near-frontal and at least %1 pixels wide.")
                     .arg(m_options.detector.minFaceSize);
    else if (!p.model)
        notes << tr("%n face(s) found. Open a model to see their expressions.", nullptr, m_outcome.faces);
    else
        notes << tr("%n face(s) found. Click a face to inspect its aligned crop.", nullptr, m_outcome.faces);
    for (const QString& problem : m_outcome.problems)
        notes << problem;
    setMessage(notes.join(QLatin1Char('\n')));
    const int frames = int(m_outcome.frames.size());
    m_frameRow->setVisible(frames > 1);
    m_frame = -1;
    m_slider->blockSignals(true);
    m_slider->setRange(0, std::max(0, frames - 1));
    m_slider->setValue(0);
    m_slider->blockSignals(false);
    showFrame(0);
    Q_EMIT finished(true);
}

void FacesPanel::onFailed(const QString& message)
{
    if (m_pending || m_job->params().request != m_request)
        return;
    m_has = false;
    m_outcome = {};
    m_view->clear();
    m_frameRow->setVisible(false);
    m_timelineTitle->setVisible(false);
    m_timeline->setVisible(false);
    setMessage(tr("Cannot find faces: %1").arg(message));
    Q_EMIT finished(false);
}

void FacesPanel::onFinished()
{
    Q_EMIT progress(0, -1, QString());
    if (m_pending)
        startJob();
}

QString FacesPanel::caption(const FoundFace& face) const
{
    if (face.predicted < 0 || face.predicted >= face.probabilities.size())
        return face.error.isEmpty() ? QString() : tr("no prediction");
    const QString name = face.predicted < m_displayNames.size() ? m_displayNames[face.predicted]
                                                                : tr("class %1").arg(face.predicted);
    return tr("%1 %2%").arg(name).arg(std::lround(face.probabilities[face.predicted] * 100.0));
}

void FacesPanel::showFrame(int index)
{
    if (!m_has || index < 0 || index >= m_outcome.frames.size())
        return;
    m_frame = index;
    if (m_slider->value() != index) {
        m_slider->blockSignals(true);
        m_slider->setValue(index);
        m_slider->blockSignals(false);
    }
    const FoundFrame& f = m_outcome.frames[index];
    QVector<FaceOverlayView::Face> marks;
    int selected = -1;
    for (const FoundFace& face : f.faces) {
        if (m_track >= 0 && face.track == m_track)
            selected = int(marks.size());
        marks << FaceOverlayView::Face{face.box, face.landmarks, caption(face)};
    }
    m_view->setImage(f.decoded(), f.sourceSize);
    m_view->setFaces(marks);
    m_view->setSelected(selected);
    const QString name = QFileInfo(f.source).fileName();
    const QString where = f.video ? tr("%1 · frame %2 · %3 s").arg(name).arg(f.frame).arg(f.seconds, 0, 'f', 2) : name;
    m_frameLabel->setText(tr("%1 (%2 of %3)").arg(where).arg(index + 1).arg(m_outcome.frames.size()));
    if (m_track < 0 && f.video && !f.faces.isEmpty()) {
        m_track = f.faces.front().track; // a video opens on its first face's track
        m_view->setSelected(0);
    }
    updateTimeline();
}

void FacesPanel::updateTimeline()
{
    const bool video = m_frame >= 0 && m_outcome.frames[m_frame].video;
    QVector<double> times;
    QVector<QVector<double>> probabilities;
    if (video && m_track >= 0) {
        for (const FoundFrame& f : std::as_const(m_outcome.frames))
            for (const FoundFace& face : f.faces)
                if (face.track == m_track && !face.probabilities.isEmpty()) {
                    times << f.seconds;
                    probabilities << face.probabilities;
                }
    }
    const bool show = video && !times.isEmpty();
    m_timeline->setVisible(show);
    m_timelineTitle->setVisible(video);
    if (video)
        m_timelineTitle->setText(show ? tr("Expression probabilities of track %1 over time (click to see that frame)")
                                            .arg(m_track)
                                      : m_displayNames.isEmpty()
                                            ? tr("Open a model to see the expressions over time.")
                                            : tr("No face in this frame: click a face to see its track over time."));
    if (!show)
        return;
    m_timeline->setTimeline(m_displayNames, times, probabilities);
    m_timeline->setCursorTime(m_outcome.frames[m_frame].seconds);
}

void FacesPanel::onTimeClicked(double seconds)
{
    if (m_frame < 0)
        return;
    // The nearest frame of the same video, preferring those where the selected track is seen.
    const QString source = m_outcome.frames[m_frame].source;
    int best = -1;
    bool bestHasTrack = false;
    double bestGap = std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_outcome.frames.size(); ++i) {
        const FoundFrame& f = m_outcome.frames[i];
        if (f.source != source)
            continue;
        bool hasTrack = false;
        for (const FoundFace& face : f.faces)
            hasTrack = hasTrack || face.track == m_track;
        const double gap = std::abs(f.seconds - seconds);
        if ((hasTrack && !bestHasTrack) || (hasTrack == bestHasTrack && gap < bestGap)) {
            best = i;
            bestGap = gap;
            bestHasTrack = hasTrack;
        }
    }
    if (best >= 0)
        showFrame(best);
}

QString FacesPanel::faceTitle(int frame, int face) const
{
    if (frame < 0 || frame >= m_outcome.frames.size() || face < 0 || face >= m_outcome.frames[frame].faces.size())
        return {};
    const FoundFrame& f = m_outcome.frames[frame];
    const QString name = QFileInfo(f.source).fileName();
    if (f.video)
        return tr("%1 · frame %2 (%3 s) · face %4 of track %5 · aligned crop")
            .arg(name)
            .arg(f.frame)
            .arg(f.seconds, 0, 'f', 2)
            .arg(face + 1)
            .arg(f.faces[face].track);
    return tr("%1 · face %2 · aligned crop").arg(name).arg(face + 1);
}

bool FacesPanel::inspectFace(int face)
{
    if (m_frame < 0 || face < 0 || face >= m_outcome.frames[m_frame].faces.size())
        return false;
    const FoundFace& found = m_outcome.frames[m_frame].faces[face];
    if (found.crop.empty())
        return false;
    m_view->setSelected(face);
    if (found.track >= 0 && found.track != m_track) {
        m_track = found.track;
        updateTimeline();
    }
    AnalysisProvider::of(m_ws)->inspectImage(found.crop, faceTitle(m_frame, face));
    Q_EMIT faceInspected();
    return true;
}

} // namespace arm
